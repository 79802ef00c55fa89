// Scale-down order of ActivePodsWithRanks.Less (k8s-facts 3.1), one rule at a time.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Pod } from '../../../src/sim/api/types.ts';
import { deleteBefore, getPodsToDelete, logarithmicRankDiff } from '../../../src/sim/controllers/replicaset/podDeletionOrder.ts';
import { formatTime } from '../../../src/sim/controllers/util/time.ts';
import { T0 } from './support/fakeWorld.ts';

const NOW = T0 + 3600_000;

function pod(name: string, o: { node?: string; phase?: Pod['status'] extends infer S ? S extends { phase?: infer P } ? P : never : never; ready?: boolean; readySince?: number; created?: number; restarts?: number; cost?: string; uid?: string } = {}): Pod {
  const p: Pod = {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: 'default', uid: o.uid ?? name, creationTimestamp: formatTime(o.created ?? T0) },
    spec: { containers: [{ name: 'c' }], nodeName: o.node ?? 'node01' },
    status: {
      phase: o.phase ?? 'Running',
      conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True', lastTransitionTime: formatTime(o.readySince ?? T0) }],
      containerStatuses: [{ name: 'c', image: 'x', ready: o.ready !== false, restartCount: o.restarts ?? 0, state: {} }],
    },
  };
  if (o.node === '') delete p.spec.nodeName;
  if (o.cost !== undefined) p.metadata.annotations = { 'controller.kubernetes.io/pod-deletion-cost': o.cost };
  return p;
}

const first = (a: Pod, b: Pod, rankA = 0, rankB = 0) => deleteBefore({ pod: a, rank: rankA }, { pod: b, rank: rankB }, NOW);

describe('deletion order rules', () => {
  it('1. unassigned before assigned', () => {
    expect(first(pod('a', { node: '', phase: 'Running' }), pod('b'))).toBe(true);
    expect(first(pod('b'), pod('a', { node: '' }))).toBe(false);
  });
  it('2. Pending < Unknown < Running', () => {
    expect(first(pod('a', { phase: 'Pending' }), pod('b', { phase: 'Unknown' }))).toBe(true);
    expect(first(pod('a', { phase: 'Unknown' }), pod('b', { phase: 'Running' }))).toBe(true);
    expect(first(pod('a', { phase: 'Running' }), pod('b', { phase: 'Pending' }))).toBe(false);
  });
  it('3. not ready before ready', () => {
    expect(first(pod('a', { ready: false }), pod('b'))).toBe(true);
  });
  it('4. lower pod-deletion-cost first, before the rank rule', () => {
    expect(first(pod('a', { cost: '-10' }), pod('b'), 0, 5)).toBe(true);
    expect(first(pod('a', { cost: '100' }), pod('b'))).toBe(false);
  });
  it('5. more related pods on the same node first', () => {
    expect(first(pod('a'), pod('b'), 3, 1)).toBe(true);
  });
  it('6. ready for a shorter time first (different log2 buckets)', () => {
    expect(first(pod('a', { readySince: NOW - 60_000 }), pod('b', { readySince: NOW - 3_000_000 }))).toBe(true);
  });
  it('6. same log2 bucket: the smaller UID goes first', () => {
    // 40 and 50 minutes ago: both floor(log2(ns)) = 41.
    expect(logarithmicRankDiff(NOW - 2_400_000, NOW - 3_000_000, NOW)).toBe(0);
    expect(first(pod('a', { uid: 'zz', readySince: NOW - 2_400_000 }), pod('b', { uid: 'aa', readySince: NOW - 3_000_000 }))).toBe(false);
    expect(first(pod('a', { uid: 'aa', readySince: NOW - 2_400_000 }), pod('b', { uid: 'zz', readySince: NOW - 3_000_000 }))).toBe(true);
  });
  it('7. more restarts first', () => {
    expect(first(pod('a', { restarts: 3 }), pod('b', { restarts: 1 }))).toBe(true);
  });
  it('8. newer first (different buckets)', () => {
    expect(first(pod('a', { created: NOW - 10_000 }), pod('b', { created: NOW - 3_000_000 }))).toBe(true);
  });
});

describe('getPodsToDelete', () => {
  it('picks the unscheduled, then the pending, then the not-ready pods', () => {
    const pods = [pod('ready'), pod('notready', { ready: false }), pod('pending', { phase: 'Pending', ready: false }), pod('unscheduled', { node: '', phase: 'Pending', ready: false })];
    expect(getPodsToDelete(pods, pods, 3, NOW).map((p) => p.metadata.name)).toEqual(['unscheduled', 'pending', 'notready']);
  });
  it('prefers pods doubled up on a node', () => {
    const pods = [pod('a', { node: 'node01' }), pod('b', { node: 'node02' }), pod('c', { node: 'node02' })];
    expect(getPodsToDelete(pods, pods, 1, NOW)[0].spec.nodeName).toBe('node02');
  });
  it('is a strict weak order on random pods (never both a<b and b<a) and deletes exactly diff pods', () => {
    const arbPod = fc.record({
      node: fc.constantFrom('', 'node01', 'node02'),
      phase: fc.constantFrom('Pending', 'Running', 'Unknown') as fc.Arbitrary<'Pending' | 'Running' | 'Unknown'>,
      ready: fc.boolean(),
      readyAgo: fc.integer({ min: 1, max: 10_000_000 }),
      createdAgo: fc.integer({ min: 1, max: 10_000_000 }),
      restarts: fc.integer({ min: 0, max: 3 }),
      uid: fc.string({ minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(arbPod, { minLength: 1, maxLength: 15 }), fc.nat(20), (specs, diff) => {
        const pods = specs.map((s, i) => pod(`p${i}`, { node: s.node, phase: s.phase, ready: s.ready, readySince: NOW - s.readyAgo, created: NOW - s.createdAgo, restarts: s.restarts, uid: s.uid + i }));
        for (const a of pods) for (const b of pods) expect(first(a, b) && first(b, a)).toBe(false);
        expect(getPodsToDelete(pods, pods, diff, NOW)).toHaveLength(Math.min(diff, pods.length));
      }),
      { numRuns: 200 },
    );
  });
});
