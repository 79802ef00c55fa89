import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MvccStore } from '../../../src/sim/etcd/mvcc/kvStore.ts';
import { prefixRangeEnd } from '../../../src/sim/etcd/mvcc/keyRange.ts';
import { ERR_COMPACTED, ERR_FUTURE_REV, EtcdError } from '../../../src/sim/etcd/mvcc/errors.ts';
import { WatchHub } from '../../../src/sim/etcd/mvcc/watchHub.ts';

const prefix = (p: string) => ({ key: p, rangeEnd: prefixRangeEnd(p) });

describe('MvccStore revisions and versions', () => {
  it('starts at revision 1 and counts one revision per modifying transaction', () => {
    const s = new MvccStore();
    expect(s.revision()).toBe(1);
    s.put('a', '1');
    s.put('a', '2');
    s.put('b', '1');
    expect(s.revision()).toBe(4);
    expect(s.range({ key: 'a' }).kvs[0]).toMatchObject({ createRevision: 2, modRevision: 3, version: 2, value: '2' });
  });

  it('resets version on delete and starts a new generation on re-create', () => {
    const s = new MvccStore();
    s.put('a', '1'); // rev 2
    s.put('a', '2'); // rev 3
    s.deleteRange({ key: 'a' }); // rev 4
    expect(s.range({ key: 'a' }).count).toBe(0);
    s.put('a', '3'); // rev 5
    expect(s.range({ key: 'a' }).kvs[0]).toMatchObject({ createRevision: 5, modRevision: 5, version: 1 });
  });

  it('does not bump the revision for a delete that matches nothing', () => {
    const s = new MvccStore();
    s.put('a', '1');
    s.deleteRange({ key: 'zzz' });
    expect(s.revision()).toBe(2);
  });

  it('reads past revisions and rejects future and compacted ones with etcd errors', () => {
    const s = new MvccStore();
    s.put('a', '1'); // 2
    s.put('a', '2'); // 3
    s.put('a', '3'); // 4
    expect(s.range({ key: 'a' }, { revision: 2 }).kvs[0].value).toBe('1');
    expect(s.range({ key: 'a' }, { revision: 1 }).kvs).toEqual([]);
    expect(() => s.range({ key: 'a' }, { revision: 5 })).toThrow(ERR_FUTURE_REV);
    s.compact(3);
    expect(() => s.range({ key: 'a' }, { revision: 2 })).toThrow(ERR_COMPACTED);
    expect(s.range({ key: 'a' }, { revision: 3 }).kvs[0].value).toBe('2');
    expect(() => s.compact(3)).toThrow(ERR_COMPACTED);
    expect(() => s.compact(99)).toThrow(ERR_FUTURE_REV);
  });

  it('ranges by prefix, sorted, with limit, count, keys-only and sort options', () => {
    const s = new MvccStore();
    for (const k of ['/registry/pods/default/b', '/registry/pods/default/a', '/registry/minions/n1', '/registry/podsx']) s.put(k, `v-${k}`);
    const r = s.range(prefix('/registry/pods/'), { limit: 1 });
    expect(r.kvs.map((kv) => kv.key)).toEqual(['/registry/pods/default/a']);
    expect(r.count).toBe(2);
    expect(r.more).toBe(true);
    expect(s.range(prefix('/registry/'), { keysOnly: true }).kvs.every((kv) => kv.value === '')).toBe(true);
    expect(s.range(prefix('/registry/'), { countOnly: true })).toMatchObject({ kvs: [], count: 4 });
    const desc = s.range(prefix('/registry/'), { sortTarget: 'MODIFY', sortOrder: 'DESCEND' }).kvs.map((kv) => kv.modRevision);
    expect(desc).toEqual([5, 4, 3, 2]);
    expect(s.range({ key: '\0', rangeEnd: '\0' }).count).toBe(4);
  });

  it('runs transactions with compares (the API server optimistic concurrency)', () => {
    const s = new MvccStore();
    const create = () => s.txn([{ key: 'k', target: 'mod', result: '=', value: 0 }], [{ op: 'put', key: 'k', value: 'v1' }], [{ op: 'range', key: 'k' }]);
    expect(create().succeeded).toBe(true);
    const again = create();
    expect(again.succeeded).toBe(false);
    expect(s.revision()).toBe(2);
    const update = s.txn([{ key: 'k', target: 'mod', result: '=', value: 2 }], [{ op: 'put', key: 'k', value: 'v2' }], []);
    expect(update.succeeded).toBe(true);
    const stale = s.txn([{ key: 'k', target: 'mod', result: '=', value: 2 }], [{ op: 'put', key: 'k', value: 'v3' }], []);
    expect(stale.succeeded).toBe(false);
    expect(s.range({ key: 'k' }).kvs[0].value).toBe('v2');
    expect(s.txn([{ key: 'k', target: 'value', result: '=', value: 'v2' }], [], []).succeeded).toBe(true);
    expect(s.txn([{ key: 'k', target: 'version', result: '>', value: 1 }], [], []).succeeded).toBe(true);
  });

  it('gives all writes of one transaction the same revision and rejects duplicate keys without changing anything', () => {
    const s = new MvccStore();
    const r = s.txn([], [{ op: 'put', key: 'a', value: '1' }, { op: 'put', key: 'b', value: '2' }], []);
    expect(r.events.map((e) => e.kv.modRevision)).toEqual([2, 2]);
    expect(() => s.txn([], [{ op: 'put', key: 'c', value: '1' }, { op: 'put', key: 'c', value: '2' }], [])).toThrow(EtcdError);
    expect(s.revision()).toBe(2);
    expect(s.range({ key: 'c' }).count).toBe(0);
  });

  it('keeps the latest version of live keys when compacting and drops deleted ones', () => {
    const s = new MvccStore();
    s.put('live', '1'); // 2
    s.put('gone', '1'); // 3
    s.deleteRange({ key: 'gone' }); // 4
    s.compact(4);
    expect(s.range({ key: 'live' }, { revision: 4 }).kvs[0].value).toBe('1');
    expect(s.range({ key: 'gone' }, { revision: 4 }).count).toBe(0);
    expect(() => s.eventsSince({ key: 'live' }, 3)).toThrow(ERR_COMPACTED);
  });

  it('agrees with a simple model on random puts and deletes (property)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), key: fc.constantFrom('a', 'b', 'c', 'ab'), value: fc.string({ maxLength: 3 }) }),
      fc.record({ kind: fc.constant('del' as const), key: fc.constantFrom('a', 'b', 'c', 'ab') }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const s = new MvccStore();
        const model = new Map<string, { value: string; version: number; create: number; mod: number }>();
        const snapshots: Map<string, string>[] = [new Map()];
        let rev = 1;
        for (const o of ops) {
          if (o.kind === 'put') {
            s.put(o.key, o.value);
            rev++;
            const prev = model.get(o.key);
            model.set(o.key, { value: o.value, version: (prev?.version ?? 0) + 1, create: prev?.create ?? rev, mod: rev });
          } else {
            s.deleteRange({ key: o.key });
            if (model.has(o.key)) {
              rev++;
              model.delete(o.key);
            }
          }
          while (snapshots.length < rev) snapshots.push(new Map([...model].map(([k, v]) => [k, v.value])));
        }
        expect(s.revision()).toBe(rev);
        for (const [k, v] of model) expect(s.range({ key: k }).kvs[0]).toMatchObject({ value: v.value, version: v.version, createRevision: v.create, modRevision: v.mod });
        // Every past revision reads as the model did then.
        for (let r = 1; r <= rev; r++) {
          const got = new Map(s.range({ key: '\0', rangeEnd: '\0' }, { revision: r }).kvs.map((kv) => [kv.key, kv.value]));
          expect(got).toEqual(snapshots[r - 1]);
        }
      }),
    );
  });
});

describe('WatchHub', () => {
  it('replays history from a start revision and then delivers new events in range', () => {
    const s = new MvccStore();
    const hub = new WatchHub(s);
    s.put('w/a', '1'); // 2
    s.put('x', '1'); // 3
    s.put('w/a', '2'); // 4
    const { watchId, catchUp } = hub.watch({ ...prefix('w/'), startRevision: 2, prevKv: true });
    expect(catchUp.events.map((e) => [e.type, e.kv.value, e.prevKv?.value])).toEqual([
      ['PUT', '1', undefined],
      ['PUT', '2', '1'],
    ]);
    const del = s.deleteRange({ key: 'w/a' });
    const out = hub.notify(del.events);
    expect(out).toHaveLength(1);
    expect(out[0].watchId).toBe(watchId);
    expect(out[0].events[0]).toMatchObject({ type: 'DELETE', kv: { key: 'w/a', modRevision: 5, version: 0 }, prevKv: { value: '2' } });
    expect(hub.notify(s.put('y', '1').events)).toEqual([]);
  });

  it('reports a compacted start revision instead of events', () => {
    const s = new MvccStore();
    s.put('a', '1');
    s.put('a', '2');
    s.compact(3);
    const { catchUp } = new WatchHub(s).watch({ key: 'a', startRevision: 2 });
    expect(catchUp.compactRevision).toBe(3);
  });
});
