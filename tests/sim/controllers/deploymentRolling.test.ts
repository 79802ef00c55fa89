// Rolling update steps (rolling_test.go) and a whole rollout driven through the fake world.
import { describe, expect, it } from 'vitest';
import type { Deployment, Pod, ReplicaSet } from '../../../src/sim/api/types.ts';
import { DeploymentContext } from '../../../src/sim/controllers/deployment/deploymentContext.ts';
import { reconcileNewReplicaSet, reconcileOldReplicaSets } from '../../../src/sim/controllers/deployment/rolling.ts';
import { FakeWorld, nginxDeployment, T0 } from './support/fakeWorld.ts';
import { formatTime } from '../../../src/sim/controllers/util/time.ts';

function rs(name: string, replicas: number, available: number, ageS: number): ReplicaSet {
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: { name, namespace: 'default', uid: name, creationTimestamp: formatTime(T0 - ageS * 1000) },
    spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [] } } },
    status: { replicas, readyReplicas: available, availableReplicas: available },
  };
}

function deployment(replicas: number, maxSurge: number | string, maxUnavailable: number | string): Deployment {
  const d = nginxDeployment('web', replicas);
  d.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } };
  return d;
}

function scaledTo(ctx: DeploymentContext, name: string): number | undefined {
  const a = ctx.actions.find((x) => x.type === 'update' && x.object.metadata.name === name);
  return a && a.type === 'update' ? (a.object as ReplicaSet).spec.replicas : undefined;
}

describe('reconcileOldReplicaSets (TestReconcileOldReplicaSets)', () => {
  const run = (maxUnavailable: number, oldReplicas: number, newReplicas: number, readyNew: number) => {
    const d = deployment(10, 0 === maxUnavailable ? 0 : 0, maxUnavailable);
    const ctx = new DeploymentContext({ deployment: d, replicaSets: [], pods: [], nowMs: T0 });
    const oldRS = rs('web-old', oldReplicas, oldReplicas, 100);
    const newRS = rs('web-new', newReplicas, readyNew, 10);
    const scaled = reconcileOldReplicaSets(ctx, [oldRS, newRS], [oldRS], newRS);
    return { scaled, to: scaledTo(ctx, 'web-old') };
  };
  it('maxUnavailable 0 (and surge 0: forced to 1) -> old scaled 10 -> 9', () => expect(run(0, 10, 0, 0)).toEqual({ scaled: true, to: 9 }));
  it('maxUnavailable 2 -> old scaled 10 -> 8', () => expect(run(2, 10, 0, 0)).toEqual({ scaled: true, to: 8 }));
  it('new RS 2 replicas all unready, old 8 -> no scale-down', () => expect(run(2, 8, 2, 0)).toEqual({ scaled: false, to: undefined }));
  it('cleans unhealthy old replicas first', () => {
    const d = deployment(10, 3, 2);
    const ctx = new DeploymentContext({ deployment: d, replicaSets: [], pods: [], nowMs: T0 });
    const oldRS = rs('web-old', 10, 7, 100); // 3 unavailable
    const newRS = rs('web-new', 3, 0, 10);
    // allPods 13, minAvailable 8, newRS unavailable 3 -> maxScaledDown 2: only 2 unhealthy removed.
    expect(reconcileOldReplicaSets(ctx, [oldRS, newRS], [oldRS], newRS)).toBe(true);
    expect(scaledTo(ctx, 'web-old')).toBe(8);
  });
});

describe('reconcileNewReplicaSet', () => {
  it('grows the new RS by maxSurge (the code comment: 10 replicas, surge 3)', () => {
    const d = deployment(10, 3, 2);
    const ctx = new DeploymentContext({ deployment: d, replicaSets: [], pods: [], nowMs: T0 });
    const oldRS = rs('web-old', 10, 10, 100);
    const newRS = rs('web-new', 0, 0, 10);
    expect(reconcileNewReplicaSet(ctx, [oldRS, newRS], newRS)).toBe(true);
    expect(scaledTo(ctx, 'web-new')).toBe(3);
    expect(ctx.actions[0].type === 'update' && ctx.actions[0].event).toMatchObject({ reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-new from 0 to 3' });
  });
});

describe('a whole rollout', () => {
  it('creates revision 1, rolls to revision 2 with the real events and conditions, and completes', () => {
    const w = new FakeWorld({ readyAfterMs: 2000 });
    w.create(nginxDeployment('web', 4));
    w.reconcile();
    const rs1 = w.list<ReplicaSet>('ReplicaSet');
    expect(rs1).toHaveLength(1);
    const hash = rs1[0].metadata.labels!['pod-template-hash'];
    expect(hash).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{6,10}$/);
    expect(rs1[0].metadata.name).toBe(`web-${hash}`);
    expect(rs1[0].metadata.annotations).toMatchObject({ 'deployment.kubernetes.io/revision': '1', 'deployment.kubernetes.io/desired-replicas': '4', 'deployment.kubernetes.io/max-replicas': '5' });
    expect(rs1[0].spec.selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(w.events.map((e) => e.message)[0]).toBe(`Scaled up replica set web-${hash} from 0 to 4`);
    let d = w.get<Deployment>('Deployment', 'web')!;
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    expect(d.status?.conditions?.map((c) => [c.type, c.status, c.reason])).toEqual([
      ['Available', 'False', 'MinimumReplicasUnavailable'],
      ['Progressing', 'True', 'ReplicaSetUpdated'],
    ]);
    w.tick(2000);
    d = w.get<Deployment>('Deployment', 'web')!;
    expect(d.status).toMatchObject({ replicas: 4, updatedReplicas: 4, readyReplicas: 4, availableReplicas: 4, observedGeneration: 1 });
    expect(d.status?.conditions?.map((c) => [c.type, c.status, c.reason, c.message])).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'],
      ['Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "web-${hash}" has successfully progressed.`],
    ]);

    // kubectl set image
    d.spec.template.spec.containers[0].image = 'nginx:1.28';
    w.userUpdate(d);
    for (let i = 0; i < 10; i++) w.tick(2000);
    const all = w.list<ReplicaSet>('ReplicaSet');
    expect(all).toHaveLength(2);
    const newRS = all.find((r) => r.metadata.name !== `web-${hash}`)!;
    expect(newRS.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(newRS.spec.replicas).toBe(4);
    expect(all.find((r) => r.metadata.name === `web-${hash}`)!.spec.replicas).toBe(0);
    d = w.get<Deployment>('Deployment', 'web')!;
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(d.metadata.generation).toBe(2);
    expect(d.status).toMatchObject({ replicas: 4, updatedReplicas: 4, availableReplicas: 4, observedGeneration: 2 });
    const scaling = w.events.filter((e) => e.reason === 'ScalingReplicaSet').map((e) => e.message);
    // 4 replicas, 25%/25% -> surge 1, unavailable 1.
    expect(scaling.slice(1, 4)).toEqual([
      `Scaled up replica set ${newRS.metadata.name} from 0 to 1`,
      `Scaled down replica set web-${hash} from 4 to 3`,
      `Scaled up replica set ${newRS.metadata.name} from 1 to 2`,
    ]);
    expect(w.list<Pod>('Pod').every((p) => p.metadata.labels!['pod-template-hash'] === newRS.metadata.labels!['pod-template-hash'])).toBe(true);
  });

  it('rollback re-uses the old ReplicaSet with the next revision and a revision-history', () => {
    const w = new FakeWorld({ readyAfterMs: 1000 });
    w.create(nginxDeployment('web', 2));
    for (let i = 0; i < 5; i++) w.tick(1000);
    const setImage = (image: string) => {
      const d = w.get<Deployment>('Deployment', 'web')!;
      d.spec.template.spec.containers[0].image = image;
      w.userUpdate(d);
      for (let i = 0; i < 10; i++) w.tick(1000);
    };
    setImage('nginx:1.28');
    setImage('nginx:1.27'); // what `rollout undo` writes back
    const rss = w.list<ReplicaSet>('ReplicaSet');
    expect(rss).toHaveLength(2);
    const reused = rss.find((r) => r.spec.template.spec.containers[0].image === 'nginx:1.27')!;
    expect(reused.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(reused.metadata.annotations?.['deployment.kubernetes.io/revision-history']).toBe('1');
    expect(reused.spec.replicas).toBe(2);
  });

  it('keeps at most revisionHistoryLimit old ReplicaSets', () => {
    const w = new FakeWorld({ readyAfterMs: 1000 });
    const d0 = nginxDeployment('web', 1);
    d0.spec.revisionHistoryLimit = 2;
    w.create(d0);
    w.reconcile();
    for (let v = 0; v < 6; v++) {
      const d = w.get<Deployment>('Deployment', 'web')!;
      d.spec.template.spec.containers[0].image = `nginx:1.${20 + v}`;
      w.userUpdate(d);
      for (let i = 0; i < 8; i++) w.tick(1000);
    }
    const revisions = w.list<ReplicaSet>('ReplicaSet').map((r) => Number(r.metadata.annotations!['deployment.kubernetes.io/revision'])).sort((a, b) => a - b);
    expect(revisions).toEqual([5, 6, 7]);
  });

  it('Recreate scales the old ReplicaSet to 0 before creating the new one', () => {
    const w = new FakeWorld({ readyAfterMs: 1000 });
    w.create(nginxDeployment('web', 3, 'nginx:1.27', { type: 'Recreate' }));
    for (let i = 0; i < 3; i++) w.tick(1000);
    const d = w.get<Deployment>('Deployment', 'web')!;
    d.spec.template.spec.containers[0].image = 'nginx:1.28';
    w.userUpdate(d);
    let sawOverlap = false;
    w.reconcile(() => {
      const images = new Set(w.list<Pod>('Pod').map((p) => p.spec.containers[0].image));
      if (images.size > 1) sawOverlap = true;
    });
    for (let i = 0; i < 3; i++) w.tick(1000);
    expect(sawOverlap).toBe(false);
    expect(w.list<Pod>('Pod').map((p) => p.spec.containers[0].image)).toEqual(['nginx:1.28', 'nginx:1.28', 'nginx:1.28']);
    const msgs = w.events.filter((e) => e.reason === 'ScalingReplicaSet').map((e) => e.message.replace(/web-\w+/, 'web-X'));
    expect(msgs).toEqual(['Scaled up replica set web-X from 0 to 3', 'Scaled down replica set web-X from 3 to 0', 'Scaled up replica set web-X from 0 to 3']);
  });

  it('pause keeps the template change waiting; resume rolls it out; the conditions say so', () => {
    const w = new FakeWorld({ readyAfterMs: 1000 });
    w.create(nginxDeployment('web', 2));
    for (let i = 0; i < 3; i++) w.tick(1000);
    let d = w.get<Deployment>('Deployment', 'web')!;
    d.spec.paused = true;
    d.spec.template.spec.containers[0].image = 'nginx:1.28';
    w.userUpdate(d);
    for (let i = 0; i < 3; i++) w.tick(1000);
    expect(w.list<ReplicaSet>('ReplicaSet')).toHaveLength(1);
    d = w.get<Deployment>('Deployment', 'web')!;
    expect(d.status?.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' });
    d.spec.paused = false;
    w.userUpdate(d);
    w.reconcile();
    expect(w.get<Deployment>('Deployment', 'web')!.status?.conditions?.find((c) => c.type === 'Progressing')?.reason).not.toBe('DeploymentPaused');
    for (let i = 0; i < 8; i++) w.tick(1000);
    expect(w.list<ReplicaSet>('ReplicaSet')).toHaveLength(2);
    expect(w.get<Deployment>('Deployment', 'web')!.status?.conditions?.find((c) => c.type === 'Progressing')?.reason).toBe('NewReplicaSetAvailable');
  });

  it('scaling a deployment mid-rollout spreads the change proportionally', () => {
    const w = new FakeWorld({ readyAfterMs: 100_000 });
    const d0 = nginxDeployment('web', 10);
    d0.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: 3, maxUnavailable: 2 } };
    w.create(d0);
    w.tick(100_000);
    const d = w.get<Deployment>('Deployment', 'web')!;
    d.spec.template.spec.containers[0].image = 'nginx:1.28';
    w.userUpdate(d);
    w.reconcile(); // new RS 3 (not ready), old RS 8
    const d2 = w.get<Deployment>('Deployment', 'web')!;
    d2.spec.replicas = 20;
    w.userUpdate(d2);
    w.reconcile();
    const sizes = w.list<ReplicaSet>('ReplicaSet').map((r) => r.spec.replicas).sort((a, b) => a! - b!);
    // allowed 20 + 3 = 23 from 11 (max-replicas 13): old 8 -> round(8*23/13)=14, new 3 -> round(3*23/13)=5, leftover 4? sum must be 23
    expect(sizes.reduce((a, b) => a! + b!, 0)).toBe(23);
    expect(sizes).toEqual([9, 14]);
  });

  it('a deadline without progress sets ProgressDeadlineExceeded', () => {
    const w = new FakeWorld({ readyAfterMs: 10_000_000 });
    const d0 = nginxDeployment('web', 1);
    d0.spec.progressDeadlineSeconds = 30;
    w.create(d0);
    w.reconcile();
    w.tick(31_000);
    expect(w.get<Deployment>('Deployment', 'web')!.status?.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({
      status: 'False', reason: 'ProgressDeadlineExceeded', message: expect.stringMatching(/^ReplicaSet "web-\w+" has timed out progressing\.$/),
    });
  });
});
