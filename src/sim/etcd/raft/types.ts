/**
 * Raft messages and log entries, shaped after etcd-io/raft's `raftpb` (simplified: no snapshots,
 * no pre-vote, no learners, fixed membership bootstrapped from the initial cluster).
 */
export type NodeId = string; // etcd member ID as 16 lowercase hex digits

export type EntryType = 'normal' | 'confChange';

export interface Entry<T = unknown> {
  term: number;
  index: number;
  type: EntryType;
  /** undefined = the empty entry a new leader appends to commit entries of earlier terms. */
  data?: T;
}

export type MessageType =
  | 'MsgProp'
  | 'MsgApp'
  | 'MsgAppResp'
  | 'MsgVote'
  | 'MsgVoteResp'
  | 'MsgHeartbeat'
  | 'MsgHeartbeatResp'
  | 'MsgReadIndex'
  | 'MsgReadIndexResp';

export interface Message<T = unknown> {
  type: MessageType;
  from: NodeId;
  to: NodeId;
  term: number;
  /** MsgApp: term of the entry before `entries`; MsgVote: candidate's last log term. */
  logTerm?: number;
  /** MsgApp: index of the entry before `entries`; MsgAppResp: last matching index; MsgVote: last log index; MsgReadIndexResp: read index. */
  index?: number;
  entries?: Entry<T>[];
  commit?: number;
  reject?: boolean;
  /** MsgAppResp rejection: the follower's last index, so the leader can jump back. */
  rejectHint?: number;
  /** Read-index request id, echoed in heartbeats and responses. */
  context?: string;
}

export type StateType = 'follower' | 'candidate' | 'leader';

export interface HardState {
  term: number;
  vote: NodeId | null;
  commit: number;
}

/** A completed read-index request: reads are linearizable once the state machine has applied `index`. */
export interface ReadState {
  index: number;
  context: string;
}

/** What the host must act on after a tick/step/propose (etcd-io/raft `Ready`). */
export interface Ready<T = unknown> {
  messages: Message<T>[];
  committedEntries: Entry<T>[];
  readStates: ReadState[];
}

/** What a member keeps on disk (WAL + hard state): survives stop/start. */
export interface RaftStorage<T = unknown> {
  hardState: HardState;
  entries: Entry<T>[];
  applied: number;
}

export const NONE: NodeId | null = null;
