// Issue 18: model-based consistency test. Random sequences of commands (create/scale/delete of pods,
// deployments, replicasets, services), steps, advances and faults (etcd quorum loss and recovery,
// kubelet stop/start, etcdctl put/del behind the API server); after every settle() the invariants of
// src/sim/cluster/invariants.ts hold: what the watch cache holds equals what etcd stores under
// /registry and it has seen every committed revision; owner references point to existing owners; and,
// once the cluster is healthy, ReplicaSets own as many pods as they want and report that count. A
// second run with the same inputs gives byte-identical output. fast-check's seed is fixed
// (tests/setup/fast-check.ts; FC_SEED overrides it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { SimCluster } from '../../../src/sim/cluster/cluster.ts';
import { cacheMatchesStore, ownersExist, workloadsConverged } from '../../../src/sim/cluster/invariants.ts';

type Op =
  | { t: 'cmd'; line: string }
  | { t: 'step'; n: number }
  | { t: 'advance'; ms: number }
  | { t: 'quorum-loss' }
  | { t: 'quorum-back' }
  | { t: 'kubelet'; node: string; up: boolean };

const name = fc.constantFrom('web', 'db');
const count = fc.integer({ min: 0, max: 4 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(
    fc.tuple(name, count).map(([n, r]) => `kubectl create deployment ${n} --image=nginx --replicas=${r}`),
    fc.tuple(name, count).map(([n, r]) => `kubectl scale deployment ${n} --replicas=${r}`),
    name.map((n) => `kubectl delete deployment ${n} --wait=false`),
    name.map((n) => `kubectl run ${n}-pod --image=nginx`),
    name.map((n) => `kubectl delete pod ${n}-pod --wait=false`),
    fc.tuple(name, count).map(([n, r]) => `kubectl scale rs -l app=${n} --replicas=${r}`),
    name.map((n) => `kubectl expose deployment ${n} --port=80`),
    name.map((n) => `kubectl delete svc ${n}`),
    name.map((n) => `etcdctl del /registry/pods/default/${n}-pod`),
    name.map((n) => `etcdctl del /registry/deployments/default/${n}`),
    name.map((n) => `etcdctl put /registry/configmaps/default/${n} '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"${n}","namespace":"default","uid":"cm-${n}"}}'`),
  ).map((line): Op => ({ t: 'cmd', line })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map((n): Op => ({ t: 'step', n })) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 30_000 }).map((ms): Op => ({ t: 'advance', ms })) },
  { weight: 1, arbitrary: fc.constant<Op>({ t: 'quorum-loss' }) },
  { weight: 1, arbitrary: fc.constant<Op>({ t: 'quorum-back' }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('node01', 'node02'), fc.boolean()).map(([node, up]): Op => ({ t: 'kubelet', node, up })) },
);

/** Runs the ops; returns the transcript and the invariant violations seen after each settle(). */
function run(seed: number, ops: Op[]): { transcript: string; problems: string[] } {
  const cluster = createCluster({ seed, etcdMembers: 3 }) as SimCluster;
  const out: string[] = [];
  const problems: string[] = [];
  let quorum = true;
  const kubeletsDown = new Set<string>();
  for (const op of ops) {
    switch (op.t) {
      case 'cmd': {
        const r = cluster.exec(op.line);
        out.push(`$ ${op.line}\n${r.stdout}${r.stderr}[${r.exitCode}]`);
        break;
      }
      case 'step':
        for (let i = 0; i < op.n; i++) cluster.step();
        break;
      case 'advance':
        cluster.advance(op.ms);
        break;
      case 'quorum-loss':
        cluster.stopEtcdMember('etcd-2');
        cluster.stopEtcdMember('etcd-3');
        quorum = false;
        break;
      case 'quorum-back':
        cluster.startEtcdMember('etcd-2');
        cluster.startEtcdMember('etcd-3');
        // Let the members elect a leader and the API server reopen its watch (background work).
        cluster.advance(5_000);
        quorum = true;
        break;
      case 'kubelet':
        if (op.up) cluster.startKubelet(op.node);
        else cluster.stopKubelet(op.node);
        if (op.up) kubeletsDown.delete(op.node);
        else kubeletsDown.add(op.node);
        break;
    }
    cluster.settle();
    if (!quorum) continue;
    const seen = [...cacheMatchesStore(cluster), ...ownersExist(cluster)];
    if (kubeletsDown.size === 0) seen.push(...workloadsConverged(cluster));
    if (seen.length) problems.push(`after ${JSON.stringify(op)}: ${seen.join('; ')}`);
  }
  out.push(cluster.exec('kubectl get all,cm -A -o name').stdout);
  return { transcript: out.join('\n'), problems };
}

describe('consistency model (issue 18)', () => {
  it('keeps the watch cache equal to etcd, owners existing and workloads converged, deterministically', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(opArb, { minLength: 1, maxLength: 12 }), (seed, ops) => {
        const first = run(seed, ops);
        expect(first.problems).toEqual([]);
        expect(run(seed, ops).transcript).toBe(first.transcript);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('etcdctl del of a pod behind the API server gets it replaced; a late commit after quorum loss is seen', () => {
    const { problems } = run(5, [
      { t: 'cmd', line: 'kubectl create deployment web --image=nginx --replicas=3' },
      { t: 'quorum-loss' },
      { t: 'cmd', line: 'kubectl scale deployment web --replicas=5' },
      { t: 'quorum-back' },
      { t: 'cmd', line: 'etcdctl del /registry/deployments/default/web' },
      { t: 'advance', ms: 30_000 },
    ]);
    expect(problems).toEqual([]);
  }, 60_000);
});
