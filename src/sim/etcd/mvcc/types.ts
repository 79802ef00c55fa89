/**
 * The data model of etcd's MVCC store (etcd `api/mvccpb/kv.proto`): every key carries the revision
 * that created it, the revision of its last change and a per-generation version counter.
 */
export interface KeyValue {
  key: string;
  value: string;
  /** Store revision of the put that created this generation of the key. */
  createRevision: number;
  /** Store revision of the last put (or, for a delete event, of the delete). */
  modRevision: number;
  /** Puts since creation: 1 on create, reset to 0 by a delete. */
  version: number;
  /** Attached lease ID, 0n when none. */
  lease: bigint;
}

export type EventType = 'PUT' | 'DELETE';

export interface MvccEvent {
  type: EventType;
  /** For a DELETE: only key and modRevision (the deletion revision) are meaningful, as in etcd. */
  kv: KeyValue;
  prevKv?: KeyValue;
}

/**
 * A key range as etcd encodes it: no rangeEnd = the single key; rangeEnd '\0' = every key >= key;
 * otherwise the half-open interval [key, rangeEnd).
 */
export interface KeyRange {
  key: string;
  rangeEnd?: string;
}

export type SortTarget = 'KEY' | 'VERSION' | 'CREATE' | 'MODIFY' | 'VALUE';
export type SortOrder = 'NONE' | 'ASCEND' | 'DESCEND';

export interface RangeOptions {
  /** 0 = unlimited. */
  limit?: number;
  /** 0 = the current revision. */
  revision?: number;
  keysOnly?: boolean;
  countOnly?: boolean;
  sortTarget?: SortTarget;
  sortOrder?: SortOrder;
}

export interface RangeResult {
  kvs: KeyValue[];
  /** Number of keys in the range (before the limit). */
  count: number;
  /** True when the limit cut the result. */
  more: boolean;
}

export interface PutOp {
  op: 'put';
  key: string;
  value: string;
  lease?: bigint;
  prevKv?: boolean;
}

export interface RangeOp extends KeyRange, RangeOptions {
  op: 'range';
}

export interface DeleteRangeOp extends KeyRange {
  op: 'deleteRange';
  prevKv?: boolean;
}

export interface TxnOp {
  op: 'txn';
  compare: Compare[];
  success: RequestOp[];
  failure: RequestOp[];
}

export type RequestOp = PutOp | RangeOp | DeleteRangeOp | TxnOp;

export type CompareTarget = 'version' | 'create' | 'mod' | 'value' | 'lease';
export type CompareResult = '=' | '!=' | '<' | '>';

/** One guard of a transaction (etcd `etcdserverpb.Compare`). */
export interface Compare extends KeyRange {
  target: CompareTarget;
  result: CompareResult;
  /** A number for version/create/mod, a string for value, a bigint for lease. */
  value: number | string | bigint;
}

export type ResponseOp =
  | { op: 'put'; prevKv?: KeyValue }
  | ({ op: 'range' } & RangeResult)
  | { op: 'deleteRange'; deleted: number; prevKvs?: KeyValue[] }
  | { op: 'txn'; succeeded: boolean; responses: ResponseOp[] };

export interface TxnResult {
  succeeded: boolean;
  responses: ResponseOp[];
  /** Store revision after the transaction (unchanged when nothing was written). */
  revision: number;
  /** Events produced, in order, all at `revision`. */
  events: MvccEvent[];
}
