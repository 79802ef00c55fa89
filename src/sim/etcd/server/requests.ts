import type { Compare, KeyValue, MvccEvent, RangeOptions, RequestOp, ResponseOp } from '../mvcc/types.ts';
import type { V2NodeView, V2Write } from '../v2store/v2Store.ts';
import type { MemberInfo } from './membership.ts';

/** What a client (etcdctl, kube-apiserver) can ask one member, after etcd's v3 gRPC services. */
export type ClientRequest =
  | ({ type: 'range'; key: string; rangeEnd?: string; serializable?: boolean } & RangeOptions)
  | { type: 'put'; key: string; value: string; lease?: bigint; prevKv?: boolean }
  | { type: 'deleteRange'; key: string; rangeEnd?: string; prevKv?: boolean }
  | { type: 'txn'; compare: Compare[]; success: RequestOp[]; failure: RequestOp[] }
  | { type: 'compact'; revision: number }
  | { type: 'leaseGrant'; ttl: number; id?: bigint }
  | { type: 'leaseRevoke'; id: bigint }
  | { type: 'leaseKeepAlive'; id: bigint }
  | { type: 'leaseTimeToLive'; id: bigint; keys?: boolean }
  | { type: 'leaseList' }
  | { type: 'memberList' }
  | { type: 'status' }
  | { type: 'snapshot' }
  | { type: 'watch'; key: string; rangeEnd?: string; startRevision?: number; prevKv?: boolean }
  | { type: 'watchCancel'; watchId: number }
  /** v2 keys API (only with enableV2): writes go through Raft, reads are served locally as etcdctl v2 does by default. */
  | { type: 'v2Write'; write: V2Write }
  | { type: 'v2Get'; key: string; recursive?: boolean };

/** Requests that change state go through Raft; the others are answered by the member itself. */
export type WriteRequest = Extract<ClientRequest, { type: 'put' | 'deleteRange' | 'txn' | 'compact' | 'leaseGrant' | 'leaseRevoke' | 'v2Write' }>;

export interface ResponseHeader {
  clusterId: string;
  memberId: string;
  revision: number;
  raftTerm: number;
}

export interface MemberStatus {
  version: string;
  dbSize: number;
  dbSizeInUse: number;
  /** Leader's member ID, '0' when there is none. */
  leader: string;
  raftIndex: number;
  raftTerm: number;
  raftAppliedIndex: number;
  errors: string[];
  isLearner: boolean;
}

export type ClientResult =
  | { type: 'range'; kvs: KeyValue[]; count: number; more: boolean }
  | { type: 'put'; prevKv?: KeyValue }
  | { type: 'deleteRange'; deleted: number; prevKvs?: KeyValue[] }
  | { type: 'txn'; succeeded: boolean; responses: ResponseOp[] }
  | { type: 'compact' }
  | { type: 'leaseGrant'; id: bigint; ttl: number }
  | { type: 'leaseRevoke' }
  | { type: 'leaseKeepAlive'; id: bigint; ttl: number }
  | { type: 'leaseTimeToLive'; id: bigint; ttl: number; grantedTtl: number; keys: string[] }
  | { type: 'leaseList'; ids: bigint[] }
  | { type: 'memberList'; members: MemberInfo[] }
  | ({ type: 'status' } & MemberStatus)
  | { type: 'snapshot'; size: number; revision: number; kvs: KeyValue[] }
  | { type: 'watch'; watchId: number }
  | { type: 'watchCancel'; watchId: number }
  | { type: 'v2'; node: V2NodeView; prevNode?: V2NodeView };

export type ClientResponse =
  | { ok: true; header: ResponseHeader; result: ClientResult }
  | { ok: false; error: string; grpcCode: string };

/** One message of a watch stream (etcd `WatchResponse`). */
export interface WatchResponse {
  /** The client request that created the watch. */
  requestId: number;
  watchId: number;
  header: ResponseHeader;
  events: MvccEvent[];
  created?: boolean;
  canceled?: boolean;
  cancelReason?: string;
  compactRevision?: number;
}

export function isWriteRequest(req: ClientRequest): req is WriteRequest {
  return (
    req.type === 'put' ||
    req.type === 'deleteRange' ||
    req.type === 'txn' ||
    req.type === 'compact' ||
    req.type === 'leaseGrant' ||
    req.type === 'leaseRevoke' ||
    req.type === 'v2Write'
  );
}
