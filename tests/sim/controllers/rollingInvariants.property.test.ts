// Property: during a rolling update the Deployment never runs more than replicas + maxSurge pods
// and never has fewer than replicas - maxUnavailable available pods (issue 4), over random
// settings, readiness delays and a second template change in the middle of the rollout.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Deployment, Pod, ReplicaSet } from '../../../src/sim/api/types.ts';
import { resolveFenceposts } from '../../../src/sim/controllers/deployment/deploymentUtil.ts';
import { FakeWorld, nginxDeployment } from './support/fakeWorld.ts';
import { isPodReady } from '../../../src/sim/controllers/util/podUtil.ts';

const intOrPercent = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 100 }).map((p) => `${p}%`));

describe('rolling update invariants', () => {
  it('pods <= replicas + maxSurge and available >= replicas - maxUnavailable at every step', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        intOrPercent,
        intOrPercent,
        fc.integer({ min: 1, max: 5 }),
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        (replicas, maxSurge, maxUnavailable, readyTicks, secondUpdateAtTick) => {
          // Validation rejects both explicitly 0 (k8s-facts 2.4).
          fc.pre(!(maxSurge === 0 && maxUnavailable === 0));
          const fp = resolveFenceposts(maxSurge, maxUnavailable, replicas);
          if (!fp.ok) return;
          const unavailable = Math.min(fp.unavailable, replicas);
          const w = new FakeWorld({ readyAfterMs: readyTicks * 1000 });
          const d0 = nginxDeployment('web', replicas);
          d0.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } };
          w.create(d0);
          for (let i = 0; i < readyTicks + 2; i++) w.tick(1000);
          const pods = () => w.list<Pod>('Pod');
          expect(pods().filter(isPodReady)).toHaveLength(replicas);

          const check = () => {
            const all = pods();
            expect(all.length).toBeLessThanOrEqual(replicas + fp.surge);
            expect(all.filter(isPodReady).length).toBeGreaterThanOrEqual(replicas - unavailable);
          };
          const setImage = (image: string) => {
            const d = w.get<Deployment>('Deployment', 'web')!;
            d.spec.template.spec.containers[0].image = image;
            w.userUpdate(d);
          };
          setImage('nginx:1.28');
          let done = false;
          for (let t = 0; t < 400 && !done; t++) {
            if (t === secondUpdateAtTick) setImage('nginx:1.29');
            w.tick(1000, check);
            const d = w.get<Deployment>('Deployment', 'web')!;
            done = t > (secondUpdateAtTick ?? 0) && d.status?.conditions?.some((c) => c.type === 'Progressing' && c.reason === 'NewReplicaSetAvailable') === true;
          }
          expect(done).toBe(true);
          const want = secondUpdateAtTick === undefined ? 'nginx:1.28' : 'nginx:1.29';
          expect(pods().map((p) => p.spec.containers[0].image)).toEqual(Array(replicas).fill(want));
          const active = w.list<ReplicaSet>('ReplicaSet').filter((r) => (r.spec.replicas ?? 0) > 0);
          expect(active).toHaveLength(1);
        },
      ),
      { numRuns: 100 },
    );
  });
});
