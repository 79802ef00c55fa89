// ReplicaSet / ReplicationController reconcile (k8s-facts 3.2-3.7).
import { describe, expect, it } from 'vitest';
import type { Pod, ReplicationController } from '../../../src/sim/api/types.ts';
import { planReplicaSync } from '../../../src/sim/controllers/replicaset/replicaSync.ts';
import { replicaSetOwner } from '../../../src/sim/controllers/replicaset/replicaSetController.ts';
import { replicationControllerOwner } from '../../../src/sim/controllers/replicaset/replicationController.ts';
import { FakeWorld, nginxReplicaSet, T0 } from './support/fakeWorld.ts';

function orphan(name: string, labels: Record<string, string>): Pod {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } };
}

describe('ReplicaSet controller', () => {
  it('creates pods in slow-start batches with owner references and SuccessfulCreate events', () => {
    const w = new FakeWorld();
    w.create(nginxReplicaSet('web', 10));
    const rs = w.get<any>('ReplicaSet', 'web');
    const plan = planReplicaSync({ owner: replicaSetOwner(rs), pods: [], expectationsSatisfied: true, nowMs: T0 });
    expect(plan.create?.count).toBe(10);
    expect(plan.create?.batches).toEqual([1, 2, 4, 3]);
    expect(plan.create?.pod.metadata.generateName).toBe('web-');
    expect(plan.create?.pod.metadata.ownerReferences).toEqual([
      { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true },
    ]);
    w.settleReplicaSets();
    const pods = w.list<Pod>('Pod');
    expect(pods).toHaveLength(10);
    expect(pods.every((p) => /^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/.test(p.metadata.name!))).toBe(true);
    expect(w.events.filter((e) => e.reason === 'SuccessfulCreate')).toHaveLength(10);
    expect(w.events[0].message).toMatch(/^Created pod: web-/);
    expect(w.events[0].source).toBe('replicaset-controller');
  });

  it('caps one sync at BurstReplicas = 500', () => {
    const w = new FakeWorld();
    w.create(nginxReplicaSet('big', 800));
    const plan = planReplicaSync({ owner: replicaSetOwner(w.get<any>('ReplicaSet', 'big')), pods: [], expectationsSatisfied: true, nowMs: T0 });
    expect(plan.create?.count).toBe(500);
  });

  it('does nothing but status while expectations are pending', () => {
    const w = new FakeWorld();
    w.create(nginxReplicaSet('web', 3));
    const plan = planReplicaSync({ owner: replicaSetOwner(w.get<any>('ReplicaSet', 'web')), pods: [], expectationsSatisfied: false, nowMs: T0 });
    expect(plan.create).toBeUndefined();
  });

  it('adopts matching orphans instead of creating, and releases pods whose labels changed', () => {
    const w = new FakeWorld();
    w.create(orphan('manual-1', { app: 'web' }));
    w.create(orphan('other', { app: 'db' }));
    w.create(nginxReplicaSet('web', 2));
    w.settleReplicaSets();
    const manual = w.get<Pod>('Pod', 'manual-1')!;
    expect(manual.metadata.ownerReferences?.[0].name).toBe('web');
    expect(w.get<Pod>('Pod', 'other')!.metadata.ownerReferences).toBeUndefined();
    expect(w.list<Pod>('Pod').filter((p) => p.metadata.labels?.app === 'web')).toHaveLength(2);

    // Relabel the adopted pod: it is released and replaced.
    w.userUpdate({ ...manual, metadata: { ...manual.metadata, labels: { app: 'debug' } } });
    w.settleReplicaSets();
    expect(w.get<Pod>('Pod', 'manual-1')!.metadata.ownerReferences).toBeUndefined();
    expect(w.list<Pod>('Pod').filter((p) => p.metadata.labels?.app === 'web')).toHaveLength(2);
  });

  it('recreates a deleted pod and deletes the surplus on scale-down with SuccessfulDelete events', () => {
    const w = new FakeWorld();
    w.create(nginxReplicaSet('web', 3));
    w.settleReplicaSets();
    const victim = w.list<Pod>('Pod')[0];
    w.delete('Pod', victim.metadata.name!);
    w.settleReplicaSets();
    expect(w.list<Pod>('Pod')).toHaveLength(3);

    const rs = w.get<any>('ReplicaSet', 'web');
    w.userUpdate({ ...rs, spec: { ...rs.spec, replicas: 1 } });
    w.settleReplicaSets();
    expect(w.list<Pod>('Pod')).toHaveLength(1);
    expect(w.events.filter((e) => e.reason === 'SuccessfulDelete').map((e) => e.message.startsWith('Deleted pod: web-'))).toEqual([true, true]);
  });

  it('reports status replicas, fullyLabeled, ready, available and observedGeneration', () => {
    const w = new FakeWorld({ readyAfterMs: 1000 });
    w.create(nginxReplicaSet('web', 2));
    w.settleReplicaSets();
    w.settleReplicaSets();
    expect(w.get<any>('ReplicaSet', 'web').status).toEqual({ replicas: 2, fullyLabeledReplicas: 2, observedGeneration: 1 });
    w.nowMs += 1000;
    w.updatePods();
    w.settleReplicaSets();
    expect(w.get<any>('ReplicaSet', 'web').status).toEqual({ replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 2, observedGeneration: 1 });
  });

  it('fails creation in the first batch only once (slow start) and records no success', () => {
    const w = new FakeWorld({ createFails: (o) => (o.kind === 'Pod' ? 'exceeded quota' : undefined) });
    w.create(nginxReplicaSet('web', 5));
    w.syncReplicaOwner(replicaSetOwner(w.get<any>('ReplicaSet', 'web')), 'ReplicaSet');
    expect(w.list<Pod>('Pod')).toHaveLength(0);
  });
});

describe('ReplicationController (v1, equality selector)', () => {
  const rc = (selector?: Record<string, string>): ReplicationController => ({
    apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'legacy', namespace: 'default' },
    spec: { replicas: 2, selector, template: { metadata: { labels: { app: 'legacy', tier: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
  });
  it('selects by equality and creates pods owned by the RC with the replication-controller source', () => {
    const w = new FakeWorld();
    w.create(orphan('stray', { app: 'legacy' }));
    w.create(rc({ app: 'legacy' }));
    w.settleReplicaSets();
    const pods = w.list<Pod>('Pod');
    expect(pods).toHaveLength(2);
    expect(pods.every((p) => p.metadata.ownerReferences?.[0].kind === 'ReplicationController')).toBe(true);
    expect(w.events.every((e) => e.source === 'replication-controller')).toBe(true);
    // The adopted stray lacks the tier label: not "fully labeled".
    expect(w.get<any>('ReplicationController', 'legacy').status.fullyLabeledReplicas).toBe(1);
  });
  it('defaults an empty selector to the template labels', () => {
    const owner = replicationControllerOwner(rc(undefined));
    expect(owner.selects({ app: 'legacy', tier: 'web' })).toBe(true);
    expect(owner.selects({ app: 'legacy' })).toBe(false);
  });
});
