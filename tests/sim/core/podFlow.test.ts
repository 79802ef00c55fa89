import { expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

// Issue 3 "done when": the whole pod-creation flow is visible in the log step by step.
test('kubectl -> apiserver -> etcd -> scheduler -> apiserver -> kubelet -> runtime -> status, in order', () => {
  const c = createCluster({ seed: 1 });
  const { id } = c.submit('kubectl run nginx --image=nginx');
  const seen: string[] = [];
  for (let e = c.step(); e; e = c.step()) {
    if (e.object === 'pods/default/nginx' || e.to.startsWith('container-runtime') || e.from.startsWith('container-runtime')) {
      seen.push(`${e.from}>${e.to}:${e.kind}`);
    }
    if (c.snapshot().nodes.some((n) => n.pods.some((p) => p.name === 'nginx' && p.status === 'Running'))) break;
  }
  expect(c.result(id)).toEqual({ stdout: 'pod/nginx created\n', stderr: '', exitCode: 0 });
  const order = (pattern: RegExp) => seen.findIndex((s) => pattern.test(s));
  const steps = [
    /^kubectl>kube-apiserver:request$/,
    /^kube-apiserver>etcd-controlplane:storage$/,
    /^kube-apiserver>kube-scheduler:watch$/,
    /^kube-scheduler>kube-scheduler:schedule$/,
    /^kube-scheduler>kube-apiserver:request$/,
    /^kube-apiserver>kubelet-node0\d:watch$/,
    /^kubelet-node0\d>container-runtime-node0\d:cri$/,
    /^container-runtime-node0\d>kubelet-node0\d:cri-reply$/,
  ].map(order);
  // The kubelet reports ContainerCreating at once and Running after the runtime started the container.
  const lastStatus = seen.findLastIndex((s) => /^kubelet-node0\d>kube-apiserver:request$/.test(s));
  expect(lastStatus).toBeGreaterThan(seen.findLastIndex((s) => /^container-runtime-node0\d>kubelet-node0\d:cri-reply$/.test(s)));
  for (const i of steps) expect(i).toBeGreaterThanOrEqual(0);
  expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  const bind = c.log.find((e) => e.from === 'kube-scheduler' && e.kind === 'request')!;
  expect(bind.narration).toEqual({ id: 'request', params: { from: 'kube-scheduler', verb: 'bind', resource: 'pods', name: 'nginx', target: expect.stringMatching(/^node0\d$/) } });
  const status = c.log.find((e) => e.from.startsWith('kubelet-') && e.kind === 'request' && e.object === 'pods/default/nginx')!;
  expect(status.narration).toEqual({ id: 'request', params: { from: expect.stringMatching(/^kubelet-node0\d$/), verb: 'patchStatus', resource: 'pods', name: 'nginx' } });
});
