import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

// The RBAC authorizer in the API server: bindings for users, groups and service accounts, roles in
// a namespace and cluster-wide, resource names and subresources; kubectl --as and auth can-i.
function cluster() {
  const c = createCluster({ seed: 1 });
  for (const line of [
    'kubectl create namespace dev',
    'kubectl create role pod-reader --verb=get,list,watch --resource=pods',
    'kubectl create rolebinding jane-reads --role=pod-reader --user=jane',
    'kubectl create serviceaccount robot -n dev',
    'kubectl create clusterrole node-reader --verb=get,list --resource=nodes',
    'kubectl create clusterrolebinding robot-nodes --clusterrole=node-reader --serviceaccount=dev:robot',
    'kubectl create role cm-one --verb=get --resource=configmaps --resource-name=app -n dev',
    'kubectl create rolebinding devs-cm --role=cm-one --group=devs -n dev',
    'kubectl run web --image=nginx',
  ]) expect(c.exec(line).exitCode, line).toBe(0);
  c.settle();
  return c;
}

describe('RBAC', () => {
  test('a RoleBinding grants its Role in its namespace only, with the API server\'s Forbidden text elsewhere', () => {
    const c = cluster();
    expect(c.exec('kubectl get pods --as jane').stdout).toMatch(/^NAME {3}READY/);
    expect(c.exec('kubectl get pods -n kube-system --as jane').stderr).toBe('Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "kube-system"\n');
    expect(c.exec('kubectl delete pod web --as jane').stderr).toBe('Error from server (Forbidden): pods "web" is forbidden: User "jane" cannot delete resource "pods" in API group "" in the namespace "default"\n');
    expect(c.exec('kubectl get deployments --as jane').stderr).toBe('Error from server (Forbidden): deployments.apps is forbidden: User "jane" cannot list resource "deployments" in API group "apps" in the namespace "default"\n');
    expect(c.exec('kubectl get nodes --as jane').stderr).toBe('Error from server (Forbidden): nodes is forbidden: User "jane" cannot list resource "nodes" in API group "" at the cluster scope\n');
    expect(c.getObject('pods', 'default', 'web')).toBeDefined();
  });

  test('auth can-i answers from the same rules, with exit codes', () => {
    const c = cluster();
    expect(c.exec('kubectl auth can-i list pods --as jane')).toMatchObject({ stdout: 'yes\n', exitCode: 0 });
    expect(c.exec('kubectl auth can-i create pods --as jane')).toMatchObject({ stdout: 'no\n', exitCode: 1 });
    expect(c.exec('kubectl auth can-i list pods --as jane -n dev')).toMatchObject({ stdout: 'no\n', exitCode: 1 });
    expect(c.exec('kubectl auth can-i list nodes --as system:serviceaccount:dev:robot')).toMatchObject({ stdout: 'yes\n', exitCode: 0 });
    expect(c.exec('kubectl auth can-i get configmaps/app -n dev --as ann --as-group devs').stdout).toBe('yes\n');
    expect(c.exec('kubectl auth can-i get configmaps/other -n dev --as ann --as-group devs').stdout).toBe('no\n');
    expect(c.exec('kubectl auth can-i get pods --subresource=log --as jane').stdout).toBe('no\n');
    expect(c.exec('kubectl auth can-i delete nodes')).toMatchObject({ stdout: 'yes\n', exitCode: 0 });
  });

  test('auth can-i --list prints the user\'s rules as kubectl compacts and sorts them', () => {
    const c = cluster();
    const r = c.exec('kubectl auth can-i --list --as jane');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Resources +Non-Resource URLs +Resource Names +Verbs$/);
    // Sorted by the rules' Go String(): the [create] rules, then [get list watch], then the [get] URLs.
    expect(lines[1]).toMatch(/^selfsubjectreviews\.authentication\.k8s\.io +\[\] +\[\] +\[create\]$/);
    expect(lines[4]).toMatch(/^pods +\[\] +\[\] +\[get list watch\]$/);
    expect(r.stdout).toContain('selfsubjectaccessreviews.authorization.k8s.io');
    expect(lines.some((l) => /^ +\[\/healthz\] +\[\] +\[get\]$/.test(l))).toBe(true);
  });

  test('the default ServiceAccount is created in a new namespace', () => {
    const c = cluster();
    expect(c.exec('kubectl get sa -n dev').stdout).toMatch(/^NAME +SECRETS +AGE\ndefault +0 +\d+s\nrobot +0 +\d+s\n$/);
  });
});
