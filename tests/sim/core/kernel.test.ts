import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Kernel } from '../../../src/sim/kernel/kernel.ts';
import { EventQueue } from '../../../src/sim/kernel/eventQueue.ts';
import { createRng } from '../../../src/sim/kernel/rng.ts';

const cap = { id: 'kubectl.wait', params: {} } as const;

describe('event queue', () => {
  test('pops in (time, insertion) order for any input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (times) => {
        const q = new EventQueue<{ time: number; seq: number }>();
        times.forEach((time, seq) => q.push({ time, seq }));
        const out: { time: number; seq: number }[] = [];
        for (let e = q.pop(); e; e = q.pop()) out.push(e);
        const expected = times.map((time, seq) => ({ time, seq })).sort((a, b) => a.time - b.time || a.seq - b.seq);
        expect(out).toEqual(expected);
      }),
    );
  });
});

describe('kernel', () => {
  test('delivers in time order, FIFO within the same millisecond, and logs each delivery', () => {
    const k = new Kernel(1);
    const seen: string[] = [];
    k.schedule(5, { from: 'a', to: 'b', kind: 'm', narration: cap, deliver: () => seen.push('late') });
    k.schedule(1, { from: 'a', to: 'b', kind: 'm', narration: cap, deliver: () => seen.push('first') });
    k.schedule(1, { from: 'a', to: 'b', kind: 'm', narration: cap, deliver: () => seen.push('second') });
    k.settle();
    expect(seen).toEqual(['first', 'second', 'late']);
    expect(k.log.map((e) => [e.seq, e.time])).toEqual([[0, 1], [1, 1], [2, 5]]);
    expect(k.now()).toBe(5);
  });

  test('settle ignores background events but delivers those due earlier; advance delivers by time', () => {
    const k = new Kernel(1);
    const seen: string[] = [];
    k.schedule(10_000, { from: 'a', to: 'a', kind: 'heartbeat', narration: cap, background: true, deliver: () => seen.push('hb') });
    k.schedule(3, { from: 'a', to: 'a', kind: 'bg', narration: cap, background: true, deliver: () => seen.push('bg') });
    k.schedule(5, { from: 'a', to: 'b', kind: 'fg', narration: cap, deliver: () => seen.push('fg') });
    k.settle();
    expect(seen).toEqual(['bg', 'fg']);
    expect(k.hasPending()).toBe(false);
    k.advance(10_000);
    expect(seen).toEqual(['bg', 'fg', 'hb']);
    expect(k.now()).toBe(10_005);
  });

  test('cancelled events are neither delivered nor counted', () => {
    const k = new Kernel(1);
    let fired = false;
    const h = k.schedule(1, { from: 'a', to: 'a', kind: 'timer', narration: cap, deliver: () => (fired = true) });
    k.cancel(h);
    expect(k.hasPending()).toBe(false);
    expect(k.step()).toBeUndefined();
    expect(fired).toBe(false);
  });

  test('settle is bounded when a component keeps talking', () => {
    const k = new Kernel(1);
    const loop = () => k.schedule(1000, { from: 'a', to: 'a', kind: 'loop', narration: cap, deliver: loop });
    loop();
    const n = k.settle();
    expect(n).toBeGreaterThan(0);
    expect(k.now()).toBeLessThanOrEqual(30 * 60 * 1000 + 1);
  });

  test('log entries carry the narration as data and survive JSON', () => {
    const k = new Kernel(1);
    k.schedule(1, { from: 'a', to: 'b', kind: 'm', narration: { id: 'etcd.commit', params: { key: '/k', revision: 7 } }, deliver: () => undefined });
    k.step();
    expect(k.log[0].narration).toEqual({ id: 'etcd.commit', params: { key: '/k', revision: 7 } });
    expect(JSON.parse(JSON.stringify(k.log[0]))).toEqual(k.log[0]);
  });
});

describe('seeded generator', () => {
  test('same seed, same sequence; different seeds differ', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 20 }, () => a.next());
    expect(sa).toEqual(Array.from({ length: 20 }, () => b.next()));
    expect(sa).not.toEqual(Array.from({ length: 20 }, () => c.next()));
    for (const x of sa) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('shell', () => {
  test('quoting, env prefixes, the k alias and redirections', async () => {
    const { parseLine } = await import('../../../src/sim/cli/shell.ts');
    expect(parseLine(`ETCDCTL_API=3 etcdctl put "a key" 'v 1'`)).toEqual({ env: { ETCDCTL_API: '3' }, argv: ['etcdctl', 'put', 'a key', 'v 1'], stdoutTo: undefined, stderr: undefined });
    expect(parseLine('k get po').argv).toEqual(['kubectl', 'get', 'po']);
    expect(parseLine('kubectl run x --image=nginx -o yaml > pod.yaml').stdoutTo).toEqual({ file: 'pod.yaml', append: false });
    expect(parseLine('kubectl get po 2>/dev/null').stderr).toBe('discard');
    expect(parseLine("echo 'a > b'").argv).toEqual(['echo', 'a > b']);
  });

  test('kubectl run --dry-run=client -o yaml > pod.yaml, then create -f pod.yaml', async () => {
    const { createCluster } = await import('../../../src/sim/index.ts');
    const c = createCluster({ seed: 1 });
    expect(c.exec('kubectl run web --image=nginx --dry-run=client -o yaml > pod.yaml')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(c.exec('cat pod.yaml').stdout).toContain('name: web');
    expect(c.exec('kubectl create -f pod.yaml').stdout).toBe('pod/web created\n');
    expect(c.exec('cat nothere.yaml').stderr).toBe('cat: nothere.yaml: No such file or directory\n');
  });
});
