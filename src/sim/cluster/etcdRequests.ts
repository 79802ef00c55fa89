import { prefixRangeEnd } from '../etcd/mvcc/keyRange.ts';
import type { ClientRequest, ClientResponse } from '../etcd/server/requests.ts';
import type { KeyValue as EtcdKeyValue } from '../etcd/mvcc/types.ts';
import type { KeyValue, StorageRequest, StorageResponse } from '../apiserver/storage.ts';

/**
 * The API server's storage intents as etcd v3 requests (the etcd3 storage backend's use of the KV
 * API: creates and guarded updates are transactions comparing the key's mod_revision).
 */
export function toClientRequest(req: StorageRequest): ClientRequest {
  switch (req.op) {
    case 'range':
      return req.prefix ? { type: 'range', key: req.key, rangeEnd: prefixRangeEnd(req.key) } : { type: 'range', key: req.key };
    case 'put': {
      const expect = req.expect;
      if (!expect) return { type: 'put', key: req.key, value: req.value, prevKv: true };
      const value = 'absent' in expect ? 0 : expect.modRevision;
      return {
        type: 'txn',
        compare: [{ key: req.key, target: 'mod', result: '=', value }],
        success: [{ op: 'put', key: req.key, value: req.value, prevKv: true }],
        failure: [{ op: 'range', key: req.key }],
      };
    }
    case 'compact':
      return { type: 'compact', revision: req.revision };
    case 'delete':
      return {
        type: 'txn',
        compare: req.expect ? [{ key: req.key, target: 'mod', result: '=', value: req.expect.modRevision }] : [{ key: req.key, target: 'create', result: '>', value: 0 }],
        success: [{ op: 'deleteRange', key: req.key, prevKv: true }],
        failure: [{ op: 'range', key: req.key }],
      };
  }
}

function kv(k: EtcdKeyValue): KeyValue {
  return { key: k.key, value: k.value, createRevision: k.createRevision, modRevision: k.modRevision, version: k.version };
}

export function fromClientResponse(req: StorageRequest, res: ClientResponse): StorageResponse {
  if (!res.ok) return { ok: false, revision: 0, error: 'unavailable', message: res.error };
  const revision = res.header.revision;
  const result = res.result;
  if (result.type === 'range') return { ok: true, revision, kvs: result.kvs.map(kv) };
  if (result.type === 'put') {
    const prev = result.prevKv;
    const value = req.op === 'put' ? req.value : '';
    return { ok: true, revision, prevKv: prev && kv(prev), kv: { key: req.key, value, createRevision: prev ? prev.createRevision : revision, modRevision: revision, version: prev ? prev.version + 1 : 1 } };
  }
  if (result.type === 'txn') {
    const first = result.responses[0];
    if (!result.succeeded) {
      const current = first && first.op === 'range' ? first.kvs[0] : undefined;
      if (req.op === 'delete' && !current) return { ok: false, revision, error: 'not-found' };
      if (req.op === 'put' && req.expect && 'modRevision' in req.expect && !current) return { ok: false, revision, error: 'not-found' };
      return { ok: false, revision, error: 'compare-failed', current: current && kv(current) };
    }
    if (req.op === 'put') {
      const prev = first && first.op === 'put' ? first.prevKv : undefined;
      return { ok: true, revision, prevKv: prev && kv(prev), kv: { key: req.key, value: req.value, createRevision: prev ? prev.createRevision : revision, modRevision: revision, version: prev ? prev.version + 1 : 1 } };
    }
    const prevs = first && first.op === 'deleteRange' ? first.prevKvs : undefined;
    return { ok: true, revision, prevKv: prevs?.[0] && kv(prevs[0]) };
  }
  return { ok: true, revision };
}
