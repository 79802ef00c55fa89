import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { Node, Pod } from '../../../src/sim/index.ts';
import { NodeInfo } from '../../../src/sim/scheduler/nodeInfo.ts';
import { cycleState, schedulePod } from '../../../src/sim/scheduler/schedulePod.ts';
import { leastAllocatedScore } from '../../../src/sim/scheduler/plugins/nodeResourcesFit.ts';
import { balancedAllocationScore } from '../../../src/sim/scheduler/plugins/balancedAllocation.ts';
import { createRng } from '../../../src/sim/kernel/rng.ts';

function node(name: string, cpu: string, memory: string, extra: Partial<Node['spec']> = {}): Node {
  return { apiVersion: 'v1', kind: 'Node', metadata: { name }, spec: { ...extra }, status: { allocatable: { cpu, memory, pods: '110' } } };
}

function pod(name: string, requests?: Record<string, string>, extra: Partial<Pod['spec']> = {}): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' },
    spec: { containers: [{ name: 'c', image: 'nginx', resources: requests ? { requests } : {} }], ...extra },
  };
}

describe('scoring math (k8s-facts 1.6, 1.9, 1.10)', () => {
  test('LeastAllocated: floor((cap - req) * 100 / cap) per resource, integer average', () => {
    const info = new NodeInfo(node('n', '4', '8Gi'));
    info.addPod('default/a', pod('a', { cpu: '1', memory: '2Gi' }));
    // cpu: (4000 - (1000 + 500)) * 100 / 4000 = 62.5 -> 62; memory: (8 - (2 + 1)) * 100 / 8 = 62.5 -> 62
    expect(leastAllocatedScore.score(cycleState(pod('p', { cpu: '500m', memory: '1Gi' })), info)).toBe(62);
  });

  test('LeastAllocated counts 100m / 200Mi for containers without requests', () => {
    const info = new NodeInfo(node('n', '1', '1000Mi'));
    // cpu: (1000 - 100) * 100 / 1000 = 90; memory: (1000Mi - 200Mi) * 100 / 1000Mi = 80 -> (90 + 80) / 2 = 85
    expect(leastAllocatedScore.score(cycleState(pod('p')), info)).toBe(85);
  });

  test('BalancedAllocation: int((1 - |fcpu - fmem| / 2) * 100), skipped for best-effort pods', () => {
    const info = new NodeInfo(node('n', '4', '8Gi'));
    // fcpu = 1/4 = 0.25, fmem = 4/8 = 0.5 -> std 0.125 -> 87
    const state = cycleState(pod('p', { cpu: '1', memory: '4Gi' }));
    expect(balancedAllocationScore.score(state, info)).toBe(87);
    expect(balancedAllocationScore.skip!(cycleState(pod('q')))).toBe(true);
  });
});

describe('filtering and the FailedScheduling message (k8s-facts 1.1, 1.2, 1.4)', () => {
  test('reports every insufficient resource and sorts the histogram', () => {
    const nodes = [
      new NodeInfo(node('controlplane', '4', '8Gi', { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] })),
      new NodeInfo(node('node01', '2', '4Gi')),
      new NodeInfo(node('node02', '2', '4Gi')),
    ];
    const r = schedulePod(pod('big', { cpu: '3', memory: '6Gi' }), nodes, createRng(1), 0);
    expect(r.selected).toBeUndefined();
    expect(r.message).toBe(
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod..',
    );
    expect(r.nodes.find((n) => n.node === 'node01')!.reasons).toEqual(['Insufficient cpu', 'Insufficient memory']);
  });

  test('exactly filling a node is allowed; one more millicore is not', () => {
    const fits = schedulePod(pod('p', { cpu: '2' }), [new NodeInfo(node('n', '2', '4Gi'))], createRng(1), 0);
    expect(fits.selected).toBe('n');
    const over = schedulePod(pod('p', { cpu: '2001m' }), [new NodeInfo(node('n', '2', '4Gi'))], createRng(1), 0);
    expect(over.message).toBe('0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod..');
  });

  test('ties are broken by the seeded generator, not by name', () => {
    const picks = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const nodes = ['a', 'b', 'c'].map((n) => new NodeInfo(node(n, '4', '8Gi')));
      picks.add(schedulePod(pod('p'), nodes, createRng(seed), 0).selected!);
    }
    expect(picks.size).toBe(3);
  });
});

describe('scheduler in the cluster', () => {
  test('binds to a worker, records Scheduled, and exposes per-node results', () => {
    const c = createCluster({ seed: 5 });
    expect(c.exec('kubectl run nginx --image=nginx').stdout).toBe('pod/nginx created\n');
    c.settle();
    const result = c.schedulingResult('default', 'nginx')!;
    expect(['node01', 'node02']).toContain(result.selected);
    expect(result.nodes.find((n) => n.node === 'controlplane')!.reasons).toEqual(['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }']);
    const bind = c.log.find((e) => e.kind === 'request' && e.from === 'kube-scheduler' && e.object === 'pods/default/nginx')!;
    expect(bind.narration).toEqual({ id: 'request', params: { from: 'kube-scheduler', verb: 'bind', resource: 'pods', name: 'nginx', target: result.selected } });
    const events = c.exec('kubectl get events -o name').stdout;
    expect(events).toContain('event/nginx.');
    expect(c.exec('kubectl describe pod nginx').stdout).toContain(`Successfully assigned default/nginx to ${result.selected}`);
  });

  test('an unschedulable pod stays Pending with the FailedScheduling event and condition', () => {
    const c = createCluster({ seed: 2 });
    const yaml = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: huge\nspec:\n  containers:\n  - name: c\n    image: nginx\n    resources:\n      requests:\n        cpu: "64"\n';
    expect(c.exec('kubectl create -f huge.yaml', { files: { 'huge.yaml': yaml } }).stdout).toBe('pod/huge created\n');
    c.settle();
    const p = c.getObject('pods', 'default', 'huge') as Pod;
    expect(p.spec.nodeName).toBeUndefined();
    const cond = p.status!.conditions!.find((x) => x.type === 'PodScheduled')!;
    expect(cond.status).toBe('False');
    expect(cond.reason).toBe('Unschedulable');
    expect(cond.message).toBe(
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod..',
    );
    expect(c.exec('kubectl get pod huge').stdout).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\nhuge\s+0\/1\s+Pending\s+0\s+\d+s\n$/);
  });
});
