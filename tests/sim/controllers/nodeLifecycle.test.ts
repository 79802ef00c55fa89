// Node lifecycle + taint eviction timeline (k8s-facts 4.1-4.7): a kubelet stops posting status,
// the node goes Unknown after the grace period, is tainted, and its pods are evicted when their
// 300 s tolerations run out; a node that comes back loses its taints.
import { describe, expect, it } from 'vitest';
import { nodeLifecycleDefaults } from '../../../src/sim/controllers/nodelifecycle/nodeLifecycleConfig.ts';
import { minTolerationTimeMs } from '../../../src/sim/controllers/nodelifecycle/taintEvictionController.ts';
import { NodeWorld } from './support/nodeWorld.ts';

describe('node lifecycle controller', () => {
  it('defaults: monitor 5 s, grace 50 s from v1.32 and 40 s before', () => {
    expect(nodeLifecycleDefaults(33)).toMatchObject({ nodeMonitorPeriodMs: 5000, nodeMonitorGracePeriodMs: 50_000, nodeStartupGracePeriodMs: 60_000 });
    expect(nodeLifecycleDefaults(31).nodeMonitorGracePeriodMs).toBe(40_000);
  });

  it('kubelet stops at 20 s: Unknown at 75 s, tainted, pods evicted 300 s after the NoExecute taint', () => {
    const w = new NodeWorld(['controlplane', 'node01', 'node02']);
    w.addPod('web-1', 'node01');
    w.addPod('web-2', 'node02');
    w.addPod('forever', 'node01', [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' } as never]);
    w.addPod('intolerant', 'node01', []);
    w.run(20);
    w.stopped.add('node01');
    w.log.length = 0;
    w.run(400);
    const lines = w.log.map((l) => `${l.t / 1000}s ${l.what}`);
    expect(lines.slice(0, 5)).toEqual([
      // last heartbeat observed at 20 s; 20 + 50 = 70 is not after 70, so the 75 s pass marks it.
      '75s status node01 Ready=Unknown',
      '75s taints node01 [unreachable:NoSchedule]',
      '75s event NodeNotReady: Node node01 status is now: NodeNotReady',
      '75s event NodeNotReady web-1: Node is not ready',
      '75s event NodeNotReady forever: Node is not ready',
    ]);
    // Next pass sees Unknown and queues the node; the 100 ms tainting pass adds the NoExecute taint.
    expect(lines).toContain('80s taints node01 [unreachable:NoSchedule,unreachable:NoExecute]');
    // A pod that does not tolerate the taint goes at once.
    expect(lines).toContain('80s event TaintManagerEviction: Marking for deletion Pod default/intolerant');
    expect(lines).toContain('380s event TaintManagerEviction: Marking for deletion Pod default/web-1');
    expect(lines).toContain('380s delete pod web-1');
    expect(lines.some((l) => l.includes('forever') && l.includes('delete'))).toBe(false);
    expect(w.pods.has('web-2')).toBe(true);
    const ready = w.nodes.get('node01')!.status!.conditions!.find((c) => c.type === 'Ready')!;
    expect(ready).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
    expect(w.nodes.get('node01')!.status!.conditions!.find((c) => c.type === 'MemoryPressure')!.status).toBe('Unknown');
    expect(w.nodes.get('node01')!.spec.taints!.every((t) => t.timeAdded)).toBe(true);
  });

  it('with the v1.31 default (40 s) the node goes Unknown 10 s earlier', () => {
    const w = new NodeWorld(['a', 'b', 'c'], 31);
    w.run(20);
    w.stopped.add('b');
    w.log.length = 0;
    w.run(100);
    expect(w.log[0]).toEqual({ t: 65_000, what: 'status b Ready=Unknown' });
  });

  it('a kubelet that comes back removes the taints and cancels evictions', () => {
    const w = new NodeWorld(['controlplane', 'node01', 'node02']);
    w.addPod('web-1', 'node01');
    w.run(20);
    w.stopped.add('node01');
    w.run(120);
    w.stopped.delete('node01');
    w.log.length = 0;
    w.run(200);
    const lines = w.log.map((l) => `${l.t / 1000}s ${l.what}`);
    expect(lines).toContain('130s taints node01 [unreachable:NoExecute]');
    expect(lines).toContain('130s event TaintManagerEviction: Cancelling deletion of Pod default/web-1');
    expect(w.nodes.get('node01')!.spec.taints).toBeUndefined();
    expect(w.pods.has('web-1')).toBe(true);
  });

  it('does not taint when every node is down (full disruption of all zones)', () => {
    const w = new NodeWorld(['a', 'b']);
    w.run(20);
    w.stopped.add('a');
    w.stopped.add('b');
    w.run(200);
    expect(w.nodes.get('a')!.spec.taints?.some((t) => t.effect === 'NoExecute') ?? false).toBe(false);
  });

  it('registers nodes with an event', () => {
    const w = new NodeWorld(['node01']);
    w.run(5);
    expect(w.log[0].what).toBe('event RegisteredNode: Registered Node node01 in Controller');
  });
});

describe('taint eviction helpers', () => {
  it('getMinTolerationTime: none -> 0, unset seconds -> forever (-1), smallest wins, <=0 -> 0', () => {
    expect(minTolerationTimeMs([])).toBe(0);
    expect(minTolerationTimeMs([{ key: 'a', operator: 'Exists' }])).toBe(-1);
    expect(minTolerationTimeMs([{ tolerationSeconds: 300 }, { tolerationSeconds: 60 }])).toBe(60_000);
    expect(minTolerationTimeMs([{ tolerationSeconds: -5 }])).toBe(0);
  });
});
