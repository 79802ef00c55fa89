import type { KeyValue, MvccEvent } from '../../etcd/mvcc/types.ts';
import type { MemberInfo } from '../../etcd/server/membership.ts';
import type { MemberStatus, ResponseHeader } from '../../etcd/server/requests.ts';
import { base64, goJsonString } from './goFormat.ts';

/**
 * The JSON etcdctl prints with `-w json`: Go's encoding/json over the gRPC response structs, so
 * zero values are left out (omitempty), bytes are base64 and 64-bit IDs are plain decimals.
 */
type Field = [name: string, json: string | undefined];

function object(fields: Field[]): string {
  return '{' + fields.filter(([, v]) => v !== undefined).map(([k, v]) => `${goJsonString(k)}:${v}`).join(',') + '}';
}

const num = (n: number | bigint): string | undefined => (n === 0 || n === 0n ? undefined : String(n));
const bytes = (s: string): string | undefined => (s === '' ? undefined : goJsonString(base64(s)));
const idDecimal = (hexId: string): string => BigInt('0x' + hexId).toString();

export function headerJson(h: ResponseHeader): string {
  return object([
    ['cluster_id', num(BigInt('0x' + h.clusterId))],
    ['member_id', num(BigInt('0x' + h.memberId))],
    ['revision', num(h.revision)],
    ['raft_term', num(h.raftTerm)],
  ]);
}

export function kvJson(kv: KeyValue): string {
  return object([
    ['key', bytes(kv.key)],
    ['create_revision', num(kv.createRevision)],
    ['mod_revision', num(kv.modRevision)],
    ['version', num(kv.version)],
    ['value', bytes(kv.value)],
    ['lease', num(kv.lease)],
  ]);
}

export function rangeJson(h: ResponseHeader, kvs: KeyValue[], more: boolean, count: number): string {
  return object([
    ['header', headerJson(h)],
    ['kvs', kvs.length ? `[${kvs.map(kvJson).join(',')}]` : undefined],
    ['more', more ? 'true' : undefined],
    ['count', num(count)],
  ]);
}

export function putJson(h: ResponseHeader, prevKv?: KeyValue): string {
  return object([
    ['header', headerJson(h)],
    ['prev_kv', prevKv ? kvJson(prevKv) : undefined],
  ]);
}

export function deleteJson(h: ResponseHeader, deleted: number, prevKvs?: KeyValue[]): string {
  return object([
    ['header', headerJson(h)],
    ['deleted', num(deleted)],
    ['prev_kvs', prevKvs && prevKvs.length ? `[${prevKvs.map(kvJson).join(',')}]` : undefined],
  ]);
}

function eventJson(e: MvccEvent): string {
  return object([
    ['type', e.type === 'DELETE' ? '1' : undefined],
    ['kv', kvJson(e.kv)],
    ['prev_kv', e.prevKv ? kvJson(e.prevKv) : undefined],
  ]);
}

/** clientv3.WatchResponse marshals with Go field names (Header, Events, ...) and no omitempty on its own fields. */
export function watchJson(h: ResponseHeader, events: MvccEvent[], compactRevision: number, canceled: boolean, created: boolean): string {
  return object([
    ['Header', headerJson(h)],
    ['Events', `[${events.map(eventJson).join(',')}]`],
    ['CompactRevision', String(compactRevision)],
    ['Canceled', String(canceled)],
    ['Created', String(created)],
  ]);
}

export function memberListJson(h: ResponseHeader, members: MemberInfo[]): string {
  // The member list header carries no revision (etcd fills only cluster, member and term).
  return object([
    ['header', headerJson({ ...h, revision: 0 })],
    [
      'members',
      `[${members
        .map((m) =>
          object([
            ['ID', idDecimal(m.id)],
            ['name', m.name ? goJsonString(m.name) : undefined],
            ['peerURLs', m.peerURLs.length ? `[${m.peerURLs.map(goJsonString).join(',')}]` : undefined],
            ['clientURLs', m.clientURLs.length ? `[${m.clientURLs.map(goJsonString).join(',')}]` : undefined],
            ['isLearner', m.isLearner ? 'true' : undefined],
          ]),
        )
        .join(',')}]`,
    ],
  ]);
}

export function statusJson(endpoint: string, h: ResponseHeader, s: MemberStatus): string {
  return object([
    ['Endpoint', goJsonString(endpoint)],
    [
      'Status',
      object([
        ['header', headerJson(h)],
        ['version', goJsonString(s.version)],
        ['dbSize', num(s.dbSize)],
        ['leader', s.leader === '0' ? undefined : idDecimal(s.leader)],
        ['raftIndex', num(s.raftIndex)],
        ['raftTerm', num(s.raftTerm)],
        ['raftAppliedIndex', num(s.raftAppliedIndex)],
        ['errors', s.errors.length ? `[${s.errors.map(goJsonString).join(',')}]` : undefined],
        ['dbSizeInUse', num(s.dbSizeInUse)],
        ['isLearner', s.isLearner ? 'true' : undefined],
      ]),
    ],
  ]);
}

export function healthJson(endpoint: string, health: boolean, took: string, error?: string): string {
  return object([
    ['endpoint', goJsonString(endpoint)],
    ['health', String(health)],
    ['took', goJsonString(took)],
    ['error', error ? goJsonString(error) : undefined],
  ]);
}
