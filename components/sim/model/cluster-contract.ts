// The part of the engine's public API (src/sim/index.ts, issue 3) that the player uses, written as
// structural types so the player's pure model can be tested against a small fake as well as the engine.

import type { Narration } from '../../../src/i18n/narration/messages.ts';

export interface LogEntryView {
  seq: number;
  time: number;
  from: string;
  to: string;
  kind: string;
  object?: string;
  /** What happened, as a message id and parameters (rendered by narrate(), src/i18n/narration). */
  narration: Narration;
}

export interface ExecResultView {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface ExecOptionsView {
  files?: Record<string, string>;
  stdin?: string;
}

export interface PodView {
  namespace: string;
  name: string;
  phase: string;
  status: string;
  ready: string;
  restarts: number;
}

export interface NodeView {
  name: string;
  /** Comma-joined roles as kubectl's ROLES column ('<none>' when empty). */
  roles: string;
  ready: string;
  pods: PodView[];
}

export interface ComponentView {
  id: string;
  kind: string;
  node?: string;
  up: boolean;
  state: string;
}

export interface EtcdMemberView {
  name: string;
  id: string;
  role: string;
  term: number;
  up: boolean;
  commitIndex: number;
  lastIndex?: number;
  /** The member's last Raft log entries, oldest first. */
  log?: { index: number; term: number; op: string; key?: string }[];
}

export interface ClusterViewData {
  time: number;
  components: ComponentView[];
  nodes: NodeView[];
  /** Pods not yet bound to a node. */
  pendingPods: PodView[];
  etcd: { members: EtcdMemberView[]; revision: number };
}

export interface MachineGraphView {
  nodes: { id: string; label?: string }[];
  edges: { source: string; target: string; label?: string }[];
  current: string;
}

/** What the player's session needs to drive a run. */
export interface PlayerCluster {
  /** The shell's prompt (`root@node01:~# ` after ssh, a container shell's inside kubectl exec -it). */
  prompt?(): string;
  exec(line: string, opts?: ExecOptionsView): ExecResultView;
  submit(line: string, opts?: ExecOptionsView): { id: number | string };
  result(id: number | string): ExecResultView | undefined;
  step(): LogEntryView | undefined;
  settle(): unknown;
  now(): number;
  readonly log: readonly LogEntryView[];
  /** Absolute position of log[0] (the engine keeps a window of the latest entries); 0 when absent. */
  readonly logStart?: number;
  stopKubelet(node: string): unknown;
  startKubelet(node: string): unknown;
  stopEtcdMember(name: string): unknown;
  startEtcdMember(name: string): unknown;
  deletePod(namespace: string, name: string): unknown;
  /** The editor a submitted line waits on (vi FILE, kubectl edit); absent in engines without files. */
  pendingEdit?(): EditRequestView | undefined;
  /** The open editor's answer: the saved text, or null (quit without writing). */
  answerEdit?(answer: string | null): boolean;
  /** The terminal session's files (a copy). */
  files?(): Record<string, string>;
  /** Writes files into the terminal session (the note's titled blocks, files kept from a visit). */
  writeFiles?(files: Record<string, string>): void;
}

/** An editor session the engine waits on (src/sim/cli/editor/editRequest.ts). */
export interface EditRequestView {
  path: string;
  text: string;
  keys: 'vi' | 'nano';
  purpose: 'file' | 'object';
  language: 'yaml' | 'json' | 'text';
}

export interface ClusterOptionsView {
  seed: number;
  nodes?: { name: string; controlPlane?: boolean; cpu?: string; memory?: string; pods?: number }[];
  etcdMembers?: 1 | 3 | 5;
}
