import type { Lessor } from '../lease/lessor.ts';
import { ERR_LEASE_NOT_FOUND, EtcdError } from '../mvcc/errors.ts';
import type { MvccStore } from '../mvcc/kvStore.ts';
import type { MvccEvent, RequestOp } from '../mvcc/types.ts';
import { viewOf, type V2Store } from '../v2store/v2Store.ts';
import type { ClientResult, WriteRequest } from './requests.ts';

export interface ApplyOutcome {
  result: ClientResult;
  events: MvccEvent[];
}

/**
 * Applies one committed write to a member's state machine (etcd `etcdserver/apply.go`). Every
 * check happens before the store changes, so a rejected request leaves the store untouched.
 */
export function applyWrite(store: MvccStore, lessor: Lessor, v2: V2Store, req: WriteRequest, nowMs: number): ApplyOutcome {
  switch (req.type) {
    case 'v2Write': {
      const r = v2.apply(req.write);
      return { result: { type: 'v2', node: viewOf(r.node, false), prevNode: r.prevNode ? viewOf(r.prevNode, false) : undefined }, events: [] };
    }
    case 'put': {
      checkLeases(lessor, [{ op: 'put', key: req.key, value: req.value, lease: req.lease }]);
      const r = store.txn([], [{ op: 'put', key: req.key, value: req.value, lease: req.lease ?? 0n, prevKv: req.prevKv }], []);
      const put = r.responses[0];
      return { result: { type: 'put', prevKv: put.op === 'put' ? put.prevKv : undefined }, events: r.events };
    }
    case 'deleteRange': {
      const r = store.txn([], [{ op: 'deleteRange', key: req.key, rangeEnd: req.rangeEnd, prevKv: req.prevKv }], []);
      const del = r.responses[0];
      return {
        result: { type: 'deleteRange', deleted: del.op === 'deleteRange' ? del.deleted : 0, prevKvs: del.op === 'deleteRange' ? del.prevKvs : undefined },
        events: r.events,
      };
    }
    case 'txn': {
      checkLeases(lessor, [...req.success, ...req.failure]);
      const r = store.txn(req.compare, req.success, req.failure);
      return { result: { type: 'txn', succeeded: r.succeeded, responses: r.responses }, events: r.events };
    }
    case 'compact':
      store.compact(req.revision);
      return { result: { type: 'compact' }, events: [] };
    case 'leaseGrant': {
      const lease = lessor.grant(req.id ?? 0n, req.ttl, nowMs);
      return { result: { type: 'leaseGrant', id: lease.id, ttl: lease.ttl }, events: [] };
    }
    case 'leaseRevoke': {
      if (!lessor.has(req.id)) throw new EtcdError(ERR_LEASE_NOT_FOUND, 'NotFound');
      const keys = store.keysWithLease(req.id);
      // All attached keys go in one transaction, i.e. one revision, as etcd's lessor does.
      const r = store.txn([], keys.map((key) => ({ op: 'deleteRange' as const, key })), []);
      lessor.revoke(req.id);
      return { result: { type: 'leaseRevoke' }, events: r.events };
    }
  }
}

function checkLeases(lessor: Lessor, ops: RequestOp[]): void {
  for (const op of ops) {
    if (op.op === 'put' && op.lease && op.lease !== 0n && !lessor.has(op.lease)) throw new EtcdError(ERR_LEASE_NOT_FOUND, 'NotFound');
    if (op.op === 'txn') checkLeases(lessor, [...op.success, ...op.failure]);
  }
}
