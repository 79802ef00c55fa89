import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Pod } from '../../../src/sim/api/types.ts';
import { createCluster } from '../../../src/sim/index.ts';
import { activePodsLess, byLoggingLess, selectorString } from '../../../src/sim/cli/kubectl/podForObject.ts';

// kubectl exec/logs TYPE/NAME: the pod of a workload, chosen as kubectl's GetFirstPod does.
describe('exec and logs accept TYPE/NAME', () => {
  test('the kube-proxy note\'s commands: exec ds/kube-proxy -- iptables-save, logs ds/kube-proxy', () => {
    const c = createCluster({ seed: 1 });
    const pods = c.listObjects('pods', 'kube-system').filter((p) => p.metadata.name!.startsWith('kube-proxy-')).map((p) => p.metadata.name!);
    expect(pods).toHaveLength(3);
    const save = c.exec('kubectl exec -n kube-system ds/kube-proxy -- iptables-save');
    expect(save.exitCode).toBe(0);
    expect(save.stdout).toContain('*nat\n');
    const logs = c.exec('kubectl logs -n kube-system ds/kube-proxy');
    expect(logs.exitCode).toBe(0);
    expect(logs.stderr).toMatch(/^Found 3 pods, using pod\/kube-proxy-[a-z0-9]{5}\n$/);
    expect(pods).toContain(logs.stderr.trim().split('pod/')[1]);
  });

  test('deployments, replicasets and pod/NAME; one pod means no "Found" line', () => {
    const c = createCluster({ seed: 2 });
    c.exec('kubectl create deployment web --image=busybox -- sh -c "echo hello; sleep 3600"');
    c.settle();
    const rs = c.listObjects('replicasets', 'default')[0].metadata.name!;
    const pod = c.listObjects('pods', 'default')[0].metadata.name!;
    for (const arg of ['deployment/web', 'deploy/web', `rs/${rs}`, `replicaset.apps/${rs}`, `pod/${pod}`, pod]) {
      expect(c.exec(`kubectl logs ${arg}`), arg).toEqual({ stdout: 'hello\n', stderr: '', exitCode: 0 });
      expect(c.exec(`kubectl exec ${arg} -- echo hi`), arg).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    }
  });

  test('errors: unknown type, missing object, a kind without a selector, no pod in time', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec('kubectl logs foo/x')).toEqual({ stdout: '', stderr: 'error: the server doesn\'t have a resource type "foo"\n', exitCode: 1 });
    expect(c.exec('kubectl exec -n kube-system ds/nope -- ls')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): daemonsets.apps "nope" not found\n', exitCode: 1 });
    expect(c.exec('kubectl logs -n kube-system cm/kube-proxy').stderr).toBe('error: cannot get the logs from *v1.ConfigMap: selector for *v1.ConfigMap not implemented\n');
    expect(c.exec('kubectl exec -n kube-system cm/kube-proxy -- ls').stderr).toBe('error: cannot attach to *v1.ConfigMap: selector for *v1.ConfigMap not implemented\n');
    c.exec('kubectl create deployment idle --image=nginx --replicas=0');
    c.settle();
    expect(c.exec('kubectl logs deploy/idle')).toEqual({ stdout: '', stderr: 'error: timed out waiting for the condition\n', exitCode: 1 });
  });
});

describe('pod order of GetFirstPod', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 0, 15, 9, 0, s)).toISOString().replace('.000Z', 'Z');
  const pod = fc.record({
    name: fc.constantFrom('a', 'b', 'c', 'd'),
    node: fc.constantFrom('', 'node01'),
    phase: fc.constantFrom('Pending', 'Running', 'Unknown'),
    ready: fc.boolean(),
    readyAt: fc.integer({ min: 1, max: 50 }),
    restarts: fc.integer({ min: 0, max: 3 }),
    created: fc.integer({ min: 0, max: 50 }),
  }).map((p): Pod => ({
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name: p.name, creationTimestamp: at(p.created) },
    spec: { containers: [{ name: 'c', image: 'nginx' }], ...(p.node ? { nodeName: p.node } : {}) },
    status: {
      phase: p.phase,
      conditions: [{ type: 'Ready', status: p.ready ? 'True' : 'False', lastTransitionTime: at(p.readyAt) }],
      containerStatuses: [{ name: 'c', ready: p.ready, restartCount: p.restarts, image: 'nginx', imageID: '', started: true, state: {} }],
    },
  }) as Pod);

  test('both orders are strict weak orders that put a scheduled, running, ready pod first when there is one', () => {
    fc.assert(fc.property(pod, pod, pod, (x, y, z) => {
      for (const less of [byLoggingLess, (a: Pod, b: Pod) => activePodsLess(b, a)]) {
        expect(less(x, x)).toBe(false);
        if (less(x, y)) expect(less(y, x)).toBe(false);
        if (less(x, y) && less(y, z)) expect(less(x, z)).toBe(true);
        const best = (p: Pod) => !!p.spec.nodeName && p.status!.phase === 'Running' && p.status!.conditions![0].status === 'True';
        if (best(x) && !best(y)) expect(less(y, x)).toBe(false);
      }
    }));
  });

  test('between two ready pods, logs and exec both take the one ready the longest', () => {
    const base = { apiVersion: 'v1', kind: 'Pod', spec: { containers: [{ name: 'c', image: 'nginx' }], nodeName: 'n' } };
    const ready = (name: string, readyAt: number) => ({ ...base, metadata: { name, creationTimestamp: at(0) }, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: at(readyAt) }] } }) as Pod;
    const early = ready('early', 5);
    const late = ready('late', 40);
    expect(byLoggingLess(early, late)).toBe(true);
    // ActivePods ranks "ready for less time" as less active, so its reverse takes the earlier one too.
    expect(activePodsLess(late, early)).toBe(true);
  });

  test('selectors print as labels.Selector.String(): requirements sorted by key', () => {
    expect(selectorString({ matchLabels: { tier: 'web', app: 'x' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'dev'] }, { key: 'gpu', operator: 'DoesNotExist' }] }))
      .toBe('app=x,env in (dev,prod),!gpu,tier=web');
  });
});
