import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { Pod } from '../../../src/sim/index.ts';
import type { Node, Taint, Toleration } from '../../../src/sim/api/types.ts';
import { addDaemonPodTolerations, nodeShouldRunDaemonPod, type DaemonSet } from '../../../src/sim/controllers/daemonset/daemonSetSync.ts';

type Cluster = ReturnType<typeof createCluster>;

function daemonPods(cluster: Cluster, namespace: string, app: string): Pod[] {
  return (cluster.listObjects('pods', namespace) as Pod[]).filter((p) => p.metadata.labels?.['k8s-app'] === app || p.metadata.labels?.app === app);
}

const DS_YAML = (tolerateControlPlane: boolean) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      labels:
        app: agent
    spec:
${tolerateControlPlane ? `      tolerations:
      - key: node-role.kubernetes.io/control-plane
        operator: Exists
        effect: NoSchedule
` : ''}      containers:
      - name: agent
        image: busybox
        command: ["sleep", "3600"]
`;

describe('DaemonSet controller', () => {
  test('adopts the bootstrap kube-proxy pods: nothing created, status counts match the pods', () => {
    const cluster = createCluster({ seed: 1 });
    const before = daemonPods(cluster, 'kube-system', 'kube-proxy').map((p) => p.metadata.name).sort();
    cluster.settle();
    expect(daemonPods(cluster, 'kube-system', 'kube-proxy').map((p) => p.metadata.name).sort()).toEqual(before);
    expect(cluster.exec('kubectl get ds -n kube-system --no-headers').stdout).toMatch(/^kube-proxy\s+3\s+3\s+3\s+3\s+3\s+kubernetes.io\/os=linux\s/);
  });

  test('a deleted kube-proxy pod is recreated on the same node, and the status follows', () => {
    const cluster = createCluster({ seed: 2 });
    cluster.settle();
    const victim = daemonPods(cluster, 'kube-system', 'kube-proxy').find((p) => p.spec.nodeName === 'node01')!;
    cluster.exec(`kubectl delete pod ${victim.metadata.name} -n kube-system`);
    cluster.settle();
    const pods = daemonPods(cluster, 'kube-system', 'kube-proxy');
    expect(pods).toHaveLength(3);
    const replacement = pods.find((p) => p.spec.nodeName === 'node01')!;
    expect(replacement.metadata.name).not.toBe(victim.metadata.name);
    expect(replacement.metadata.name).toMatch(/^kube-proxy-[a-z0-9]{5}$/);
    expect(replacement.status?.phase).toBe('Running');
    expect(replacement.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'DaemonSet', name: 'kube-proxy', controller: true });
    // The scheduler bound it through the node name affinity the controller set.
    expect(JSON.stringify(replacement.spec.affinity)).toBe(JSON.stringify({
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node01'] }] }] } },
    }));
    expect(cluster.exec('kubectl get ds kube-proxy -n kube-system --no-headers').stdout).toMatch(/^kube-proxy\s+3\s+3\s+3\s+3\s+3\s/);
    expect(cluster.exec('kubectl describe ds kube-proxy -n kube-system').stdout).toMatch(/SuccessfulCreate\s+.*daemonset-controller\s+Created pod: kube-proxy-/);
  });

  test('a new DaemonSet gets one pod per node, honouring the control plane NoSchedule taint', () => {
    const cluster = createCluster({ seed: 3 });
    cluster.settle();
    const created = cluster.exec('kubectl create -f ds.yaml', { files: { 'ds.yaml': DS_YAML(false) } });
    expect(created.stdout).toBe('daemonset.apps/agent created\n');
    cluster.settle();
    const pods = daemonPods(cluster, 'default', 'agent');
    expect(pods.map((p) => p.spec.nodeName).sort()).toEqual(['node01', 'node02']);
    expect(pods.every((p) => p.status?.phase === 'Running')).toBe(true);
    const tolerations = pods[0].spec.tolerations!.map((t) => `${t.key}:${t.effect}`);
    expect(tolerations).toEqual([
      'node.kubernetes.io/not-ready:NoExecute', 'node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/disk-pressure:NoSchedule',
      'node.kubernetes.io/memory-pressure:NoSchedule', 'node.kubernetes.io/pid-pressure:NoSchedule', 'node.kubernetes.io/unschedulable:NoSchedule',
    ]);
    expect(cluster.exec('kubectl get ds agent --no-headers').stdout).toMatch(/^agent\s+2\s+2\s+2\s+2\s+2\s+<none>\s/);
  });

  test('tolerating the control plane taint puts a pod there too; deleting a DaemonSet pod brings it back', () => {
    const cluster = createCluster({ seed: 4 });
    cluster.settle();
    cluster.exec('kubectl create -f -', { stdin: DS_YAML(true) });
    cluster.settle();
    expect(daemonPods(cluster, 'default', 'agent').map((p) => p.spec.nodeName).sort()).toEqual(['controlplane', 'node01', 'node02']);
    const victim = daemonPods(cluster, 'default', 'agent').find((p) => p.spec.nodeName === 'controlplane')!;
    cluster.exec(`kubectl delete pod ${victim.metadata.name} --grace-period=0 --force`);
    cluster.settle();
    expect(daemonPods(cluster, 'default', 'agent').map((p) => p.spec.nodeName).sort()).toEqual(['controlplane', 'node01', 'node02']);
    expect(cluster.exec('kubectl get ds agent --no-headers').stdout).toMatch(/^agent\s+3\s+3\s+3\s+3\s+3\s/);
  });

  test('a node selector: labelling a node brings a daemon pod there, unlabelling removes it', () => {
    const cluster = createCluster({ seed: 5 });
    cluster.settle();
    const yaml = DS_YAML(false).replace('    spec:\n      containers:', '    spec:\n      nodeSelector:\n        disk: ssd\n      containers:');
    expect(cluster.exec('kubectl create -f -', { stdin: yaml }).exitCode).toBe(0);
    cluster.settle();
    expect(daemonPods(cluster, 'default', 'agent')).toHaveLength(0);
    expect(cluster.exec('kubectl get ds agent --no-headers').stdout).toMatch(/^agent\s+0\s+0\s+0\s+0\s+0\s+disk=ssd\s/);
    cluster.exec('kubectl label node node02 disk=ssd');
    cluster.settle();
    expect(daemonPods(cluster, 'default', 'agent').map((p) => p.spec.nodeName)).toEqual(['node02']);
    expect(cluster.exec('kubectl get ds agent --no-headers').stdout).toMatch(/^agent\s+1\s+1\s+1\s+1\s+1\s+disk=ssd\s/);
    cluster.exec('kubectl label node node02 disk-');
    cluster.settle();
    expect(daemonPods(cluster, 'default', 'agent')).toHaveLength(0);
    expect(cluster.exec('kubectl get ds agent --no-headers').stdout).toMatch(/^agent\s+0\s+0\s+0\s+0\s+0\s/);
  });

  test('deleting a DaemonSet deletes its pods (the garbage collector follows their ownerReferences)', () => {
    const cluster = createCluster({ seed: 6 });
    cluster.settle();
    cluster.exec('kubectl create -f -', { stdin: DS_YAML(false) });
    cluster.settle();
    expect(daemonPods(cluster, 'default', 'agent')).toHaveLength(2);
    expect(cluster.exec('kubectl delete ds agent').stdout).toBe('daemonset.apps "agent" deleted\n');
    cluster.settle();
    expect(daemonPods(cluster, 'default', 'agent')).toHaveLength(0);
  });
});

describe('NodeShouldRunDaemonPod', () => {
  const ds = (tolerations: Toleration[] = []): DaemonSet => ({
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', namespace: 'default', uid: 'u' },
    spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'agent', image: 'busybox' }], tolerations } } },
  });
  const node = (taints: Taint[], unschedulable = false): Node => ({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1', labels: {} }, spec: { taints, unschedulable } } as Node);

  test('cordoned, not-ready, unreachable and under-pressure nodes run daemon pods (default tolerations)', () => {
    for (const key of ['node.kubernetes.io/unschedulable', 'node.kubernetes.io/disk-pressure', 'node.kubernetes.io/memory-pressure', 'node.kubernetes.io/pid-pressure']) {
      expect(nodeShouldRunDaemonPod(ds(), node([{ key, effect: 'NoSchedule' }], true))).toEqual({ shouldRun: true, shouldContinueRunning: true });
    }
    for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
      expect(nodeShouldRunDaemonPod(ds(), node([{ key, effect: 'NoExecute' }]))).toEqual({ shouldRun: true, shouldContinueRunning: true });
    }
  });

  test('an untolerated NoSchedule taint stops new pods only; an untolerated NoExecute taint evicts', () => {
    expect(nodeShouldRunDaemonPod(ds(), node([{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }]))).toEqual({ shouldRun: false, shouldContinueRunning: true });
    expect(nodeShouldRunDaemonPod(ds(), node([{ key: 'dedicated', value: 'db', effect: 'NoExecute' }]))).toEqual({ shouldRun: false, shouldContinueRunning: false });
    expect(nodeShouldRunDaemonPod(ds([{ key: 'dedicated', operator: 'Exists' }]), node([{ key: 'dedicated', value: 'db', effect: 'NoExecute' }]))).toEqual({ shouldRun: true, shouldContinueRunning: true });
  });

  test('host-network daemon pods also tolerate network-unavailable, appended after the template tolerations', () => {
    expect(addDaemonPodTolerations([{ key: 'a', operator: 'Exists' }], true).map((t) => t.key)).toEqual([
      'a', 'node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable', 'node.kubernetes.io/disk-pressure', 'node.kubernetes.io/memory-pressure',
      'node.kubernetes.io/pid-pressure', 'node.kubernetes.io/unschedulable', 'node.kubernetes.io/network-unavailable',
    ]);
  });
});
