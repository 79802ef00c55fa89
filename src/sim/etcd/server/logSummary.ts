import type { Entry } from '../raft/types.ts';
import type { LogData } from './etcdMember.ts';

/** One Raft log entry as the player's etcd panel shows it: where it sits, its term, what it carries. */
export interface RaftEntryView {
  index: number;
  term: number;
  /** etcd's name for the request (put, delete, txn, compact, lease-grant, ...), or the membership
   *  entries (publish, add-member, cluster-version); `empty` is the entry a new leader appends. */
  op: string;
  /** The key written, when there is one (a txn shows the key of its first operation). */
  key?: string;
}

export function summarizeEntry(entry: Entry<LogData>): RaftEntryView {
  const base = { index: entry.index, term: entry.term };
  const data = entry.data;
  if (!data) return { ...base, op: 'empty' };
  switch (data.kind) {
    case 'publish':
      return { ...base, op: 'publish', key: data.name };
    case 'addMember':
      return { ...base, op: 'add-member' };
    case 'clusterVersion':
      return { ...base, op: 'cluster-version', key: data.version };
    case 'request': {
      const r = data.request;
      switch (r.type) {
        case 'put':
          return { ...base, op: 'put', key: r.key };
        case 'deleteRange':
          return { ...base, op: 'delete', key: r.key };
        case 'txn': {
          const first = r.success[0] ?? r.failure[0];
          const key = first && 'key' in first ? String(first.key) : r.compare[0]?.key;
          return { ...base, op: 'txn', key };
        }
        case 'compact':
          return { ...base, op: 'compact', key: String(r.revision) };
        case 'leaseGrant':
          return { ...base, op: 'lease-grant' };
        case 'leaseRevoke':
          return { ...base, op: 'lease-revoke' };
        case 'v2Write':
          return { ...base, op: 'v2-write' };
      }
    }
  }
  return { ...base, op: 'unknown' };
}
