import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { Pod } from '../../../src/sim/index.ts';
import type { SimCluster } from '../../../src/sim/cluster/cluster.ts';

const revision = (c: ReturnType<typeof createCluster>) => c.snapshot().etcd.revision;

describe('kube-apiserver', () => {
  test('stores pods under /registry/pods/<ns>/<name> with resourceVersion = etcd mod revision', () => {
    const c = createCluster({ seed: 1 });
    const before = revision(c);
    c.exec('kubectl run nginx --image=nginx');
    const pod = c.getObject('pods', 'default', 'nginx')!;
    expect(Number(pod.metadata.resourceVersion)).toBe(before + 1);
    const store = (c as SimCluster).store;
    const kv = store.entries().find((e) => e.key === '/registry/pods/default/nginx')!;
    expect(kv.modRevision).toBe(before + 1);
    expect(JSON.parse(kv.value).metadata.resourceVersion).toBeUndefined();
    expect(store.entries().some((e) => e.key === '/registry/minions/node01')).toBe(true);
    expect(store.entries().some((e) => e.key === '/registry/leases/kube-node-lease/node01')).toBe(true);
  });

  test('defaults a pod as the API server does', () => {
    const c = createCluster({ seed: 1 });
    c.exec('kubectl run nginx --image=nginx:1.27');
    const p = c.getObject('pods', 'default', 'nginx') as Pod;
    expect(p.spec.restartPolicy).toBe('Always');
    expect(p.spec.dnsPolicy).toBe('ClusterFirst');
    expect(p.spec.terminationGracePeriodSeconds).toBe(30);
    expect(p.spec.schedulerName).toBe('default-scheduler');
    expect(p.spec.containers[0].imagePullPolicy).toBe('IfNotPresent');
    expect(p.spec.tolerations).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ]);
    c.exec('kubectl run latest --image=nginx');
    expect((c.getObject('pods', 'default', 'latest') as Pod).spec.containers[0].imagePullPolicy).toBe('Always');
  });

  test('AlreadyExists, NotFound and invalid names with the real messages; rejections change nothing', () => {
    const c = createCluster({ seed: 1 });
    c.exec('kubectl run nginx --image=nginx');
    c.settle();
    const start = c.log.length;
    const rev = revision(c);
    expect(c.exec('kubectl run nginx --image=nginx')).toEqual({ stdout: '', stderr: 'Error from server (AlreadyExists): pods "nginx" already exists\n', exitCode: 1 });
    expect(c.exec('kubectl get pod nope')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
    expect(c.exec('kubectl delete pod nope').stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(c.exec('kubectl run Nginx --image=nginx').stderr).toMatch(/^The Pod "Nginx" is invalid: \n\* metadata.name: Invalid value: "Nginx": .*\n\* spec.containers\[0\].name: Invalid value: "Nginx": a lowercase RFC 1123 label must/);
    const upper = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: Nginx\nspec:\n  containers:\n  - name: web\n    image: nginx\n';
    expect(c.exec('kubectl create -f upper.yaml', { files: { 'upper.yaml': upper } }).stderr).toBe(
      'The Pod "Nginx" is invalid: metadata.name: Invalid value: "Nginx": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\', and must start and end with an alphanumeric character (e.g. \'example.com\', regex used for validation is \'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\')\n',
    );
    expect(c.exec('kubectl run x -n nowhere --image=nginx').stderr).toBe('Error from server (NotFound): namespaces "nowhere" not found\n');
    const yaml = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: bad\nspec:\n  restartPolicy: Sometimes\n  containers:\n  - name: c\n';
    expect(c.exec('kubectl create -f bad.yaml', { files: { 'bad.yaml': yaml } }).stderr).toBe(
      'The Pod "bad" is invalid: \n* spec.containers[0].image: Required value\n* spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"\n',
    );
    expect(c.exec('kubectl create -f p.yaml', { files: { 'p.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: nginx\nspec:\n  containers:\n  - name: c\n    image: nginx\n' } }).stderr).toBe(
      'Error from server (AlreadyExists): error when creating "p.yaml": pods "nginx" already exists\n',
    );
    // Heartbeats (lease renewals) may commit meanwhile; every other transaction was refused by etcd.
    const window = c.log.slice(start);
    const commits = window.filter((e) => e.kind === 'storage-reply' && e.narration.id === 'etcd.commit').length;
    const leaseWrites = window.filter((e) => e.kind === 'storage' && e.object?.startsWith('leases/')).length;
    expect(commits).toBe(leaseWrites);
    expect(revision(c) - rev).toBe(commits);
    expect(window.filter((e) => e.kind === 'storage-reply' && e.narration.id === 'etcd.compare-failed')).toHaveLength(2);
  });

  test('server dry run runs admission and validation but persists nothing', () => {
    const c = createCluster({ seed: 1 });
    const rev = revision(c);
    expect(c.exec('kubectl run x --image=nginx --dry-run=server').stdout).toBe('pod/x created (server dry run)\n');
    expect(revision(c)).toBe(rev);
    expect(c.getObject('pods', 'default', 'x')).toBeUndefined();
  });

  test('an update with a stale resourceVersion is a 409 Conflict', () => {
    const c = createCluster({ seed: 1 });
    c.exec('kubectl run nginx --image=nginx');
    c.settle();
    const stale = c.getObject('pods', 'default', 'nginx')!;
    c.exec('kubectl label pod nginx tier=web');
    const yaml = JSON.stringify({ ...stale, metadata: { ...stale.metadata, labels: { run: 'nginx', x: 'y' } } });
    expect(c.exec('kubectl replace -f p.json', { files: { 'p.json': yaml } }).stderr).toBe(
      'Error from server (Conflict): error when replacing "p.json": Operation cannot be fulfilled on pods "nginx": the object has been modified; please apply your changes to the latest version and try again\n',
    );
  });
});

describe('fresh kubeadm-like cluster', () => {
  test('kube-system has the static pods, kube-proxy per node and two coredns replicas', () => {
    const c = createCluster({ seed: 1 });
    const names = c.listObjects('pods', 'kube-system').map((p) => p.metadata.name!);
    for (const n of ['etcd-controlplane', 'kube-apiserver-controlplane', 'kube-controller-manager-controlplane', 'kube-scheduler-controlplane']) expect(names).toContain(n);
    expect(names.filter((n) => /^kube-proxy-[bcdfghjklmnpqrstvwxz2456789]{5}$/.test(n))).toHaveLength(3);
    expect(names.filter((n) => /^coredns-674b8bbfcf-[bcdfghjklmnpqrstvwxz2456789]{5}$/.test(n))).toHaveLength(2);
    expect(c.exec('kubectl get ns --no-headers').stdout.split('\n').filter(Boolean).map((l) => l.split(/\s+/)[0])).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    expect(c.exec('kubectl get svc kubernetes --no-headers').stdout).toMatch(/^kubernetes\s+ClusterIP\s+10\.96\.0\.1\s+<none>\s+443\/TCP\s+15m\n$/);
    expect(c.exec('kubectl get nodes').stdout).toBe(
      'NAME           STATUS   ROLES           AGE   VERSION\ncontrolplane   Ready    control-plane   14m   v1.33.1\nnode01         Ready    <none>          12m   v1.33.1\nnode02         Ready    <none>          12m   v1.33.1\n',
    );
    expect(c.exec('kubectl get daemonset -n kube-system --no-headers').stdout).toMatch(/^kube-proxy\s+3\s+3\s+3\s+3\s+3\s+kubernetes.io\/os=linux\s+14m\n$/);
  });

  test('snapshot lists components with their machine states and nodes with pods', () => {
    const c = createCluster({ seed: 1 });
    const s = c.snapshot();
    expect(s.time).toBe(0);
    expect(s.components.find((x) => x.id === 'kube-apiserver')).toMatchObject({ kind: 'kube-apiserver', up: true, state: 'serving' });
    expect(s.components.filter((x) => x.kind === 'kubelet').map((x) => x.node)).toEqual(['controlplane', 'node01', 'node02']);
    const cp = s.nodes.find((n) => n.name === 'controlplane')!;
    expect(cp.roles).toEqual(['control-plane']);
    expect(cp.pods.find((p) => p.name === 'etcd-controlplane')).toMatchObject({ status: 'Running', ready: '1/1', restarts: 0 });
    expect(c.componentMachine('kube-scheduler')!.machine).toBeDefined();
    expect(s.etcd.members[0]).toMatchObject({ name: 'controlplane', up: true });
  });
});

describe('strict field validation', () => {
  test('unknown fields in a pod are rejected with the strict decoding error', () => {
    const c = createCluster({ seed: 1 });
    const yaml = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: typo\nspec:\n  containers:\n  - name: web\n    imagee: nginx\n    image: nginx\n  restartpolicy: Never\n';
    expect(c.exec('kubectl create -f typo.yaml', { files: { 'typo.yaml': yaml } })).toEqual({
      stdout: '',
      stderr: 'Error from server (BadRequest): error when creating "typo.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee", unknown field "spec.restartpolicy"\n',
      exitCode: 1,
    });
    expect(c.getObject('pods', 'default', 'typo')).toBeUndefined();
  });
});

describe('kubectl output templates', () => {
  test('jsonpath, range, custom-columns and sort-by over live objects', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec("kubectl get nodes -o jsonpath='{.items[*].metadata.name}'").stdout).toBe('controlplane node01 node02');
    expect(c.exec('kubectl get nodes -o jsonpath=\'{range .items[*]}{.metadata.name}{"\\t"}{.status.nodeInfo.kubeletVersion}{"\\n"}{end}\'').stdout).toBe(
      'controlplane\tv1.33.1\nnode01\tv1.33.1\nnode02\tv1.33.1\n',
    );
    const cols = c.exec('kubectl get pods -n kube-system -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName --sort-by=.metadata.name').stdout.split('\n');
    expect(cols[0]).toMatch(/^NAME\s+NODE$/);
    expect(cols[1]).toMatch(/^coredns-674b8bbfcf-\w{5}\s+controlplane$/);
    expect(c.exec("kubectl get pods -o jsonpath='{.items[*].metadata.name'").stderr).toMatch(/^error: error parsing jsonpath/);
  });
});

describe('authentication and authorization', () => {
  test('an unknown token is 401; a user without role bindings gets RBAC 403 messages', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec('kubectl get pods --token=wrong').stderr).toBe('error: You must be logged in to the server (Unauthorized)\n');
    expect(c.exec('kubectl get pods --as=jane').stderr).toBe('Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"\n');
    expect(c.exec('kubectl get nodes --as=jane').stderr).toBe('Error from server (Forbidden): nodes is forbidden: User "jane" cannot list resource "nodes" in API group "" at the cluster scope\n');
    expect(c.exec('kubectl run x --image=nginx --as=jane').stderr).toBe('Error from server (Forbidden): pods is forbidden: User "jane" cannot create resource "pods" in API group "" in the namespace "default"\n');
    expect(c.getObject('pods', 'default', 'x')).toBeUndefined();
    // kubeadm 1.29+: the admin's rights come from its group, so impersonating the bare user is forbidden.
    expect(c.exec('kubectl get pods --as=kubernetes-admin').exitCode).toBe(1);
    expect(c.exec('kubectl get pods --as=kubernetes-admin --as-group=kubeadm:cluster-admins').exitCode).toBe(0);
  });
});
