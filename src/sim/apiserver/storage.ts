/**
 * What kube-apiserver asks etcd (the etcd3 storage backend's use of the KV API, reduced to the
 * operations it needs): a guarded put (create = "key absent", update = "mod_revision unchanged"),
 * a guarded delete, and ranges. Requests and responses travel as kernel messages.
 */
export interface KeyValue {
  key: string;
  value: string;
  createRevision: number;
  modRevision: number;
  version: number;
}

export type StorageRequest =
  | { op: 'put'; key: string; value: string; expect?: { absent: true } | { modRevision: number } }
  | { op: 'delete'; key: string; expect?: { modRevision: number } }
  | { op: 'range'; key: string; prefix?: boolean }
  /** Drops history older than revision (the API server's periodic compaction). */
  | { op: 'compact'; key: string; revision: number };

export type StorageResponse =
  | { ok: true; revision: number; kv?: KeyValue; kvs?: KeyValue[]; prevKv?: KeyValue }
  | { ok: false; revision: number; error: 'compare-failed' | 'not-found' | 'unavailable'; message?: string; current?: KeyValue };

export interface StorageEnvelope {
  storageId: number;
  request: StorageRequest;
  background?: boolean;
}

export interface StorageReplyEnvelope {
  storageId: number;
  response: StorageResponse;
}

/** The minimal synchronous store contract the etcd host needs from an etcd member's state machine. */
export interface KvBackend {
  revision(): number;
  apply(req: StorageRequest): StorageResponse;
  /** All keys and values at the current revision, for the keyspace panel and etcdctl. */
  entries(): KeyValue[];
}
