// The controller work queue: deduplicated keys, never two syncs of one key at once, a key dirtied
// during its sync is synced again, rate-limited retries double.
import { describe, expect, it } from 'vitest';
import type { ControllerHost } from '../../../src/sim/controllers/manager/controllerPlugin.ts';
import { WorkQueue } from '../../../src/sim/controllers/manager/workQueue.ts';

/** A host whose timers run when the test says so. */
function fakeHost() {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void; background: boolean }>();
  const host = {
    nowMs: () => now,
    setTimer: (ms: number, _c: unknown, fn: () => void, opts?: { background?: boolean }) => {
      const id = seq++;
      timers.set(id, { at: now + ms, fn, background: !!opts?.background });
      return { id };
    },
    clearTimer: (h: { id: number } | undefined) => h && timers.delete(h.id),
    setBusy: () => {},
  } as unknown as ControllerHost;
  const runDue = (until: number) => {
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at || a[0] - b[0]);
      if (!due.length) break;
      const [id, t] = due[0];
      timers.delete(id);
      now = t.at;
      t.fn();
    }
    now = until;
  };
  return { host, runDue, timers };
}

const retry = { id: 'controller.retry-sync', params: { controller: 'replicaset-controller', name: 'a' } } as const;

describe('WorkQueue', () => {
  it('coalesces adds of one key and never syncs a key twice concurrently', () => {
    const { host, runDue } = fakeHost();
    const syncs: string[] = [];
    const pending: (() => void)[] = [];
    const q = new WorkQueue(host, 'replicaset-controller', (key, done) => {
      syncs.push(key);
      pending.push(done);
    }, 'replicasets');
    q.add('a');
    q.add('a');
    q.add('b');
    runDue(0);
    expect(syncs).toEqual(['a', 'b']);
    q.add('a'); // dirty while syncing
    runDue(10);
    expect(syncs).toEqual(['a', 'b']);
    pending.shift()!(); // a done -> synced again
    runDue(20);
    expect(syncs).toEqual(['a', 'b', 'a']);
  });

  it('rate-limited retries back off exponentially from 5 ms and reset on success', () => {
    const { host, timers } = fakeHost();
    const q = new WorkQueue(host, 'replicaset-controller', (_k, done) => done(), 'replicasets');
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      q.addRateLimited('a', retry);
      delays.push([...timers.values()].at(-1)!.at);
    }
    expect(delays).toEqual([5, 10, 20, 40]);
    q.succeeded('a');
    q.addRateLimited('a', retry);
    expect([...timers.values()].at(-1)!.at).toBe(5);
  });
});
