// Model-based tests (xstate/graph): paths covering every transition of the documented state
// machines are replayed against the pure controllers, and after each step the controllers' observable state
// (conditions, taints, pods) must match the machine's state.
import { describe, expect, it } from 'vitest';
import type { Deployment, Pod, ReplicaSet } from '../../../src/sim/api/types.ts';
import { rolloutMachine, rolloutPhase, type RolloutEvent } from '../../../src/sim/controllers/deployment/rolloutMachine.ts';
import { nodeHealthMachine, type NodeHealthEvent } from '../../../src/sim/controllers/nodelifecycle/nodeHealthMachine.ts';
import { FakeWorld, nginxDeployment } from './support/fakeWorld.ts';
import { NodeWorld } from './support/nodeWorld.ts';
import { edgeCoveringPaths } from './support/modelPaths.ts';

describe('rollout machine vs deployment controller', () => {
  const paths = edgeCoveringPaths<RolloutEvent>(rolloutMachine, [{ type: 'NEW_TEMPLATE' }, { type: 'PODS_READY' }, { type: 'PAUSE' }, { type: 'RESUME' }]);

  it('has paths to every state', () => {
    expect(new Set(paths.map((p) => p[p.length - 1].state))).toEqual(new Set(['complete', 'progressing', 'paused.upToDate', 'paused.pending']));
  });

  for (const path of paths) {
    const label = path.map((s) => s.event.type).join(' → ');
    it(label, () => {
      const w = new FakeWorld({ readyAfterMs: 1000 });
      w.create(nginxDeployment('web', 3));
      for (let i = 0; i < 6; i++) w.tick(1000);
      let version = 27;
      const edit = (f: (d: Deployment) => void) => {
        const d = w.get<Deployment>('Deployment', 'web')!;
        f(d);
        w.userUpdate(d);
        w.reconcile();
      };
      for (const step of path) {
        switch (step.event.type) {
          case 'NEW_TEMPLATE':
            edit((d) => (d.spec.template.spec.containers[0].image = `nginx:1.${++version}`));
            break;
          case 'PODS_READY':
            for (let i = 0; i < 20; i++) w.tick(1000);
            break;
          case 'PAUSE':
            edit((d) => (d.spec.paused = true));
            break;
          case 'RESUME':
            edit((d) => (d.spec.paused = false));
            break;
        }
        const state = step.state;
        const d = w.get<Deployment>('Deployment', 'web')!;
        const phase = rolloutPhase(d);
        const images = new Set(w.list<Pod>('Pod').map((p) => p.spec.containers[0].image));
        const want = `nginx:1.${version}`;
        if (state === 'complete') {
          expect(phase).toBe('complete');
          expect([...images]).toEqual([want]);
          expect(w.list<ReplicaSet>('ReplicaSet').filter((r) => r.spec.replicas! > 0)).toHaveLength(1);
        } else if (state === 'progressing') {
          expect(phase).toBe('progressing');
        } else {
          expect(phase).toBe('paused');
          expect(images.has(want) && images.size === 1).toBe(state === 'paused.upToDate');
        }
      }
    });
  }
});

describe('node health machine vs node lifecycle + taint eviction controllers', () => {
  const paths = edgeCoveringPaths<NodeHealthEvent>(nodeHealthMachine, [{ type: 'GRACE_PERIOD_EXPIRED' }, { type: 'MONITOR_PASS' }, { type: 'TOLERATION_EXPIRED' }, { type: 'HEARTBEAT' }]);

  it('reaches every state', () => {
    expect(new Set(paths.map((p) => p[p.length - 1].state))).toEqual(new Set(['ready', 'unknown', 'tainted', 'evicted']));
  });

  for (const path of paths) {
    const label = path.map((s) => s.event.type).join(' → ');
    it(label, () => {
      const w = new NodeWorld(['controlplane', 'node01', 'node02']);
      w.addPod('web-1', 'node01');
      w.run(20);
      let t = 20;
      const runTo = (s: number) => {
        t = s;
        w.run(t);
      };
      for (const step of path) {
        switch (step.event.type) {
          case 'GRACE_PERIOD_EXPIRED':
            w.stopped.add('node01');
            // Last heartbeat at a multiple of 10 s; 50 s grace + up to 5 s to the next monitor pass.
            runTo(Math.floor(t / 10) * 10 + 55);
            break;
          case 'MONITOR_PASS':
            runTo(t + 5);
            break;
          case 'TOLERATION_EXPIRED':
            runTo(t + 300);
            break;
          case 'HEARTBEAT':
            w.stopped.delete('node01');
            runTo(Math.ceil((t + 1) / 10) * 10 + 5);
            break;
        }
        const node = w.nodes.get('node01')!;
        const ready = node.status!.conditions!.find((c) => c.type === 'Ready')!.status;
        const taints = (node.spec.taints ?? []).map((x) => `${x.key}:${x.effect}`);
        const state = step.state;
        if (state === 'ready') {
          expect(ready).toBe('True');
          expect(taints).toEqual([]);
        } else if (state === 'unknown') {
          expect(ready).toBe('Unknown');
          expect(taints).toEqual(['node.kubernetes.io/unreachable:NoSchedule']);
        } else if (state === 'tainted') {
          expect(taints).toContain('node.kubernetes.io/unreachable:NoExecute');
          expect(w.pods.has('web-1')).toBe(true);
        } else {
          expect(w.pods.has('web-1')).toBe(false);
        }
      }
    });
  }
});
