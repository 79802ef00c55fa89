// The cluster's composition is explicit: createCluster takes the admission plugins, controllers and
// components to run, so a cluster can be built with another set than kubeadm's.
import { describe, expect, it } from 'vitest';
import { createCluster, standardComposition, type ClusterComposition } from '../../../src/sim/index.ts';

const quotaFile = { 'p.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: two\n  namespace: dev\nspec:\n  containers:\n  - name: c\n    image: nginx\n' };

function fillQuota(composition?: ClusterComposition) {
  const c = createCluster({ seed: 3, composition });
  c.exec('kubectl create namespace dev');
  c.exec('kubectl create quota q --hard=pods=1 -n dev');
  c.settle();
  c.exec('kubectl run one --image=nginx -n dev');
  c.settle();
  return { c, second: c.exec('kubectl create -f p.yaml', { files: quotaFile }) };
}

describe('cluster composition', () => {
  it('runs the ResourceQuota admission plugin last in the standard composition', () => {
    expect(standardComposition.admissionPlugins.at(-1)?.name).toBe('ResourceQuota');
    const { second } = fillQuota();
    expect(second.stderr).toBe('Error from server (Forbidden): error when creating "p.yaml": pods "two" is forbidden: exceeded quota: q, requested: pods=1, used: pods=1, limited: pods=1\n');
  });

  it('builds a cluster without the ResourceQuota admission plugin: the quota is then not enforced', () => {
    const withoutQuota: ClusterComposition = {
      ...standardComposition,
      admissionPlugins: standardComposition.admissionPlugins.filter((p) => p.name !== 'ResourceQuota'),
    };
    const { c, second } = fillQuota(withoutQuota);
    expect(second).toEqual({ stdout: 'pod/two created\n', stderr: '', exitCode: 0 });
    // Another cluster in the same process still enforces it: the composition is per cluster.
    expect(fillQuota().second.exitCode).toBe(1);
    c.settle();
    expect(c.exec('kubectl get pods -n dev -o name').stdout).toBe('pod/one\npod/two\n');
  });

  it('builds a cluster without kube-controller-manager: a Deployment then makes no ReplicaSet', () => {
    const c = createCluster({
      seed: 3,
      composition: { ...standardComposition, components: standardComposition.components.filter((x) => x.name !== 'kube-controller-manager') },
    });
    expect(c.snapshot().components.map((x) => x.id)).not.toContain('kube-controller-manager');
    c.exec('kubectl create deployment web --image=nginx');
    c.settle();
    expect(c.exec('kubectl get replicasets -o name').stdout).toBe('');
  });
});
