// Property: whatever sequence of workload commands a reader types, the controllers converge: after
// settle() every Deployment that is not paused has exactly one ReplicaSet with pods, matching its
// template, with spec.replicas pods running, and complete status. No command throws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCluster } from '../../../src/sim/index.ts';
import type { Deployment, Pod, ReplicaSet } from '../../../src/sim/api/types.ts';
import { equalIgnoreHash } from '../../../src/sim/controllers/deployment/deploymentUtil.ts';

const command = fc.oneof(
  fc.integer({ min: 0, max: 5 }).map((n) => `kubectl scale deployment web --replicas=${n}`),
  fc.constantFrom('nginx:1.27', 'nginx:1.28', 'httpd:2.4').map((i) => `kubectl set image deployment/web nginx=${i}`),
  fc.constantFrom(
    'kubectl rollout undo deployment/web',
    'kubectl rollout undo deployment/web --to-revision=1',
    'kubectl rollout restart deployment/web',
    'kubectl rollout pause deployment/web',
    'kubectl rollout resume deployment/web',
    'kubectl delete pod --all --wait=false',
    'kubectl rollout status deployment/web --watch=false',
  ),
);

describe('controllers converge after any sequence of workload commands', () => {
  it('one active ReplicaSet with the template, replicas pods, complete status', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(command, { minLength: 1, maxLength: 6 }), fc.boolean(), (replicas, commands, settleBetween) => {
        const c = createCluster({ seed: 17 });
        expect(c.exec(`kubectl create deployment web --image=nginx:1.27 --replicas=${replicas}`).exitCode).toBe(0);
        c.settle();
        for (const line of commands) {
          const r = c.exec(line);
          expect(typeof r.exitCode).toBe('number');
          if (settleBetween) c.settle();
        }
        // Resume so that every scenario must end in a completed rollout.
        c.exec('kubectl rollout resume deployment/web');
        c.settle();
        c.advance(30_000);
        c.settle();
        const d = c.getObject('Deployment', 'default', 'web') as Deployment;
        const active = (c.listObjects('ReplicaSet', 'default') as ReplicaSet[]).filter((rs) => (rs.spec.replicas ?? 0) > 0);
        const want = d.spec.replicas ?? 1;
        if (want > 0) {
          expect(active).toHaveLength(1);
          expect(equalIgnoreHash(active[0].spec.template, d.spec.template)).toBe(true);
          expect(active[0].spec.replicas).toBe(want);
        } else {
          expect(active).toHaveLength(0);
        }
        const running = (c.listObjects('Pod', 'default') as Pod[]).filter((p) => !p.metadata.deletionTimestamp && p.status?.phase === 'Running');
        expect(running).toHaveLength(want);
        expect(d.status?.observedGeneration).toBe(d.metadata.generation);
        expect(d.status?.updatedReplicas ?? 0).toBe(want);
        expect(d.status?.availableReplicas ?? 0).toBe(want);
        expect(c.exec('kubectl rollout status deployment/web --watch=false').stdout).toBe('deployment "web" successfully rolled out\n');
      }),
      { numRuns: 25 },
    );
  });
});
