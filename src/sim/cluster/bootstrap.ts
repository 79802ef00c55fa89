import { applyDefaults } from '../api/defaults.ts';
import { BOOTSTRAP_CLUSTER_ROLE_BINDINGS, BOOTSTRAP_CLUSTER_ROLES, LATER_RBAC_OBJECTS, uidFromName } from '../apiserver/rbac/bootstrapPolicy.ts';
import { intValue } from '../api/quantity.ts';
import { etcdKey, resolveResource } from '../api/resources.ts';
import { timestamp } from '../api/meta.ts';
import type { KubeObject, Node, Pod, Service } from '../api/types.ts';
import { newUid } from '../api/uid.ts';
import { encode } from '../apiserver/apiServer.ts';
import type { KvBackend } from '../apiserver/storage.ts';
import { K8S_NAME_ALPHABET, type Rng } from '../kernel/rng.ts';
import { nodeConditions } from '../node/kubelet/kubelet.ts';
import { bootEndpointObjects } from '../controllers/endpointsBootstrap.ts';
import type { NodeOptions } from './types.ts';
import { kubeadmManifest, manifestYaml, type ControlPlaneComponent, type ManifestOptions } from './kubeadmManifests.ts';

/**
 * The state of a fresh kubeadm v1.33 cluster, written straight into etcd before the clock starts:
 * `kubeadm init` ran 15 minutes before virtual time 0 and the workers joined a little later.
 */
export const KUBERNETES_VERSION = 'v1.33.1';
export const INIT_AT = -15 * 60_000;

export const DEFAULT_NODES: NodeOptions[] = [
  { name: 'controlplane', controlPlane: true, cpu: '4', memory: '8Gi', pods: 110 },
  { name: 'node01', cpu: '4', memory: '8Gi', pods: 110 },
  { name: 'node02', cpu: '4', memory: '8Gi', pods: 110 },
];

export interface BootNode {
  name: string;
  controlPlane: boolean;
  ip: string;
  podCidrPrefix: string;
  joinedAt: number;
}

export interface BootContainer {
  node: string;
  podUid: string;
  podName: string;
  namespace: string;
  name: string;
  image: string;
  imageId: string;
  id: string;
  startedAt: number;
  podIP: string;
  /** The process's command line (the container's command and args). */
  argv: string[];
}

/** A static pod kubeadm wrote to a node's manifest directory: its mirror pod, and the uid its containers run under. */
export interface BootStaticPod {
  node: string;
  mirror: Pod;
  uid: string;
  /** The manifest file kubeadm wrote for it, and the file's text. */
  file: string;
  text: string;
}

export interface BootResult {
  nodes: BootNode[];
  containers: BootContainer[];
  staticPods: BootStaticPod[];
}

const hex = (rng: Rng, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(16)];
  return s;
};

/**
 * `externalEtcdServers`: the client URLs of an external etcd cluster (3/5 members on their own
 * hosts). kubeadm then runs no etcd static pod and points kube-apiserver at those members.
 */
export function bootstrap(store: KvBackend, rng: Rng, nodeOpts: NodeOptions[], etcdMemberNames: string[], externalEtcdServers: string[] = []): BootResult {
  const put = (obj: KubeObject) => {
    const rk = resolveResource(obj.kind === 'Endpoints' ? 'endpoints' : obj.kind)!;
    store.apply({ op: 'put', key: etcdKey(rk, obj.metadata.namespace, obj.metadata.name!), value: encode(obj) });
  };
  const meta = (name: string, at: number, namespace?: string, extra: Record<string, unknown> = {}) => ({
    name, ...(namespace ? { namespace } : {}), uid: newUid(rng), creationTimestamp: timestamp(at), ...extra,
  });
  const defaults = { randomSuffix: (n: number) => rng.string(n, K8S_NAME_ALPHABET) };

  for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
    const obj: KubeObject = { apiVersion: 'v1', kind: 'Namespace', metadata: meta(ns, INIT_AT) };
    applyDefaults(obj, defaults);
    put(obj);
  }

  const nodes: BootNode[] = nodeOpts.map((n, i) => ({
    name: n.name,
    controlPlane: !!n.controlPlane,
    ip: `192.168.1.${10 + i}`,
    podCidrPrefix: `10.244.${i}.`,
    joinedAt: n.controlPlane ? INIT_AT + 20_000 : INIT_AT + 120_000 + i * 15_000,
  }));
  nodeOpts.forEach((n, i) => put(nodeObject(n, nodes[i], rng)));
  for (const n of nodes) {
    put({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: meta(n.name, n.joinedAt, 'kube-node-lease', { ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: n.name, uid: '' }] }),
      spec: { holderIdentity: n.name, leaseDurationSeconds: 40, renewTime: timestamp(0).replace('Z', '.000000Z') },
    });
  }

  put({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta('kubernetes', INIT_AT, 'default', { labels: { component: 'apiserver', provider: 'kubernetes' } }),
    spec: {
      clusterIP: '10.96.0.1', clusterIPs: ['10.96.0.1'], internalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack',
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], sessionAffinity: 'None', type: 'ClusterIP',
    },
    status: { loadBalancer: {} },
  });
  const kubeDns: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta('kube-dns', INIT_AT + 30_000, 'kube-system', {
      labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
      annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
    }),
    spec: {
      clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'], internalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack',
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
      selector: { 'k8s-app': 'kube-dns' }, sessionAffinity: 'None', type: 'ClusterIP',
    },
    status: { loadBalancer: {} },
  };
  put(kubeDns);

  writeKubeadmObjects(put, meta, nodes);

  const containers: BootContainer[] = [];
  const controlPlane = nodes.find((n) => n.controlPlane) ?? nodes[0];
  const runPod = (pod: Pod, node: BootNode, podIP: string, startedAt: number) => {
    applyDefaults(pod, defaults);
    pod.spec.nodeName = node.name;
    const images: { image: string; id: string; imageId: string }[] = [];
    for (const c of pod.spec.containers) {
      const ref = imageRef(c.image!);
      images.push({ image: ref, id: hex(rng, 64), imageId: `${ref.split(':')[0]}@sha256:${hex(rng, 64)}` });
    }
    const at = timestamp(startedAt);
    pod.status = {
      phase: 'Running',
      conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({
        type, status: 'True' as const, lastProbeTime: null, lastTransitionTime: at,
      })),
      hostIP: node.ip,
      hostIPs: [{ ip: node.ip }],
      podIP,
      podIPs: [{ ip: podIP }],
      startTime: at,
      qosClass: pod.status?.qosClass,
      containerStatuses: pod.spec.containers.map((c, i) => ({
        containerID: `containerd://${images[i].id}`,
        image: images[i].image,
        imageID: images[i].imageId,
        lastState: {},
        name: c.name,
        ready: true,
        restartCount: 0,
        started: true,
        state: { running: { startedAt: at } },
      })),
    };
    pod.spec.containers.forEach((c, i) => {
      containers.push({
        node: node.name, podUid: pod.metadata.uid!, podName: pod.metadata.name!, namespace: pod.metadata.namespace!,
        name: c.name, image: images[i].image, imageId: images[i].imageId, id: images[i].id, startedAt, podIP, argv: [...(c.command ?? []), ...(c.args ?? [])],
      });
    });
    put(pod);
  };

  const staticPods: BootStaticPod[] = [];
  const runStaticPod = (pod: Pod, at: number, file: string, text: string) => {
    runPod(pod, controlPlane, controlPlane.ip, at);
    const { status: _status, ...mirror } = pod;
    staticPods.push({ node: controlPlane.name, mirror: JSON.parse(JSON.stringify(mirror)) as Pod, uid: pod.metadata.uid!, file, text });
  };
  const etcdMember = etcdMemberNames[0] ?? controlPlane.name;
  const ip = controlPlane.ip;
  const etcdServers = externalEtcdServers.length ? externalEtcdServers.join(',') : 'https://127.0.0.1:2379';
  const manifestOptions: ManifestOptions = { ip, kubernetesVersion: KUBERNETES_VERSION, etcdMemberName: etcdMember, etcdServers };
  /** The mirror pod of a manifest kubeadm wrote: the manifest's spec, plus what the kubelet adds to a static pod. */
  const staticPod = (component: ControlPlaneComponent): Pod => {
    const manifest = kubeadmManifest(component, manifestOptions);
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        ...meta(`${component}-${controlPlane.name}`, INIT_AT + 10_000, 'kube-system'),
        labels: { component, tier: 'control-plane' },
        annotations: {
          ...manifest.metadata.annotations,
          'kubernetes.io/config.hash': hex(rng, 32),
          'kubernetes.io/config.mirror': hex(rng, 32),
          'kubernetes.io/config.seen': timestamp(INIT_AT).replace('Z', '.000000000Z'),
          'kubernetes.io/config.source': 'file',
        },
        ownerReferences: [{ apiVersion: 'v1', controller: true, kind: 'Node', name: controlPlane.name, uid: '' }],
      },
      spec: {
        ...JSON.parse(JSON.stringify(manifest.spec)),
        tolerations: [{ effect: 'NoExecute', operator: 'Exists' }],
        automountServiceAccountToken: false,
      },
    };
  };
  const runManifest = (component: ControlPlaneComponent, at: number, pod = staticPod(component)) => {
    // The kubelet's config hash is the static pod's uid, shown in both annotations of its mirror pod.
    pod.metadata.annotations!['kubernetes.io/config.mirror'] = pod.metadata.annotations!['kubernetes.io/config.hash'];
    runStaticPod(pod, at, `/etc/kubernetes/manifests/${component}.yaml`, manifestYaml(kubeadmManifest(component, manifestOptions)));
  };
  // The etcd pod is built (and its names drawn) even with an external etcd, so the seeded names that follow stay the same.
  const etcdPod = staticPod('etcd');
  if (externalEtcdServers.length === 0) runManifest('etcd', INIT_AT + 5_000, etcdPod);
  runManifest('kube-apiserver', INIT_AT + 6_000);
  runManifest('kube-controller-manager', INIT_AT + 6_000);
  runManifest('kube-scheduler', INIT_AT + 6_000);

  // kube-proxy DaemonSet and its pods (host network).
  const dsUid = newUid(rng);
  const proxyHash = rng.string(9, '0123456789').replace(/^0/, '7');
  put({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { ...meta('kube-proxy', INIT_AT + 30_000, 'kube-system'), uid: dsUid, generation: 1, labels: { 'k8s-app': 'kube-proxy' }, annotations: { 'deprecated.daemonset.template.generation': '1' } },
    spec: {
      revisionHistoryLimit: 10,
      selector: { matchLabels: { 'k8s-app': 'kube-proxy' } },
      template: {
        metadata: { labels: { 'k8s-app': 'kube-proxy' } },
        spec: {
          containers: [{ name: 'kube-proxy', image: `registry.k8s.io/kube-proxy:${KUBERNETES_VERSION}`, command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'], imagePullPolicy: 'IfNotPresent' }],
          hostNetwork: true, nodeSelector: { 'kubernetes.io/os': 'linux' }, priorityClassName: 'system-node-critical', serviceAccountName: 'kube-proxy',
          tolerations: [{ operator: 'Exists' }],
        },
      },
      updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' },
    },
    status: { currentNumberScheduled: nodes.length, desiredNumberScheduled: nodes.length, numberAvailable: nodes.length, numberMisscheduled: 0, numberReady: nodes.length, observedGeneration: 1, updatedNumberScheduled: nodes.length },
  });
  for (const node of nodes) {
    const pod: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        ...meta(`kube-proxy-${rng.string(5, K8S_NAME_ALPHABET)}`, node.joinedAt + 5_000, 'kube-system'),
        generateName: 'kube-proxy-',
        labels: { 'controller-revision-hash': proxyHash, 'k8s-app': 'kube-proxy', 'pod-template-generation': '1' },
        ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'DaemonSet', name: 'kube-proxy', uid: dsUid }],
      },
      spec: {
        containers: [{ name: 'kube-proxy', image: `registry.k8s.io/kube-proxy:${KUBERNETES_VERSION}`, command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', `--hostname-override=${node.name}`] }],
        hostNetwork: true, priority: 2000001000, priorityClassName: 'system-node-critical', serviceAccountName: 'kube-proxy',
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        tolerations: [{ operator: 'Exists' }, { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists' }, { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists' }, { effect: 'NoSchedule', key: 'node.kubernetes.io/disk-pressure', operator: 'Exists' }, { effect: 'NoSchedule', key: 'node.kubernetes.io/memory-pressure', operator: 'Exists' }, { effect: 'NoSchedule', key: 'node.kubernetes.io/pid-pressure', operator: 'Exists' }, { effect: 'NoSchedule', key: 'node.kubernetes.io/unschedulable', operator: 'Exists' }, { effect: 'NoSchedule', key: 'node.kubernetes.io/network-unavailable', operator: 'Exists' }],
      },
    };
    runPod(pod, node, node.ip, node.joinedAt + 8_000);
  }

  // CoreDNS Deployment, its ReplicaSet and two pods on the control plane (the workers joined later).
  const corednsPods: Pod[] = [];
  const deployUid = newUid(rng);
  const rsUid = newUid(rng);
  const rsHash = '674b8bbfcf';
  const corednsTemplate = {
    metadata: { labels: { 'k8s-app': 'kube-dns' } },
    spec: {
      containers: [{
        name: 'coredns', image: 'registry.k8s.io/coredns/coredns:v1.12.0', args: ['-conf', '/etc/coredns/Corefile'], imagePullPolicy: 'IfNotPresent',
        ports: [{ containerPort: 53, name: 'dns', protocol: 'UDP' }, { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' }, { containerPort: 9153, name: 'metrics', protocol: 'TCP' }],
        resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
      }],
      dnsPolicy: 'Default', priorityClassName: 'system-cluster-critical', serviceAccountName: 'coredns',
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      tolerations: [{ key: 'CriticalAddonsOnly', operator: 'Exists' }, { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }],
    },
  };
  put({
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { ...meta('coredns', INIT_AT + 30_000, 'kube-system'), uid: deployUid, generation: 1, labels: { 'k8s-app': 'kube-dns' }, annotations: { 'deployment.kubernetes.io/revision': '1' } },
    spec: { progressDeadlineSeconds: 600, replicas: 2, revisionHistoryLimit: 10, selector: { matchLabels: { 'k8s-app': 'kube-dns' } }, strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 }, type: 'RollingUpdate' }, template: corednsTemplate },
    status: { availableReplicas: 2, observedGeneration: 1, readyReplicas: 2, replicas: 2, updatedReplicas: 2, conditions: [
      { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.', lastTransitionTime: timestamp(INIT_AT + 60_000), lastUpdateTime: timestamp(INIT_AT + 60_000) },
      { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: `ReplicaSet "coredns-${rsHash}" has successfully progressed.`, lastTransitionTime: timestamp(INIT_AT + 30_000), lastUpdateTime: timestamp(INIT_AT + 60_000) },
    ] },
  });
  const rsLabels = { 'k8s-app': 'kube-dns', 'pod-template-hash': rsHash };
  put({
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: {
      ...meta(`coredns-${rsHash}`, INIT_AT + 31_000, 'kube-system'), uid: rsUid, generation: 1, labels: rsLabels,
      annotations: { 'deployment.kubernetes.io/desired-replicas': '2', 'deployment.kubernetes.io/max-replicas': '3', 'deployment.kubernetes.io/revision': '1' },
      ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'Deployment', name: 'coredns', uid: deployUid }],
    },
    spec: { replicas: 2, selector: { matchLabels: rsLabels }, template: { ...corednsTemplate, metadata: { labels: rsLabels } } },
    status: { availableReplicas: 2, fullyLabeledReplicas: 2, observedGeneration: 1, readyReplicas: 2, replicas: 2 },
  });
  for (let i = 0; i < 2; i++) {
    const pod: Pod = {
      apiVersion: 'v1', kind: 'Pod',
      metadata: {
        ...meta(`coredns-${rsHash}-${rng.string(5, K8S_NAME_ALPHABET)}`, INIT_AT + 32_000, 'kube-system'),
        generateName: `coredns-${rsHash}-`, labels: rsLabels,
        ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'ReplicaSet', name: `coredns-${rsHash}`, uid: rsUid }],
      },
      spec: JSON.parse(JSON.stringify(corednsTemplate.spec)),
    };
    runPod(pod, controlPlane, `${controlPlane.podCidrPrefix}${2 + i}`, INIT_AT + 60_000);
    corednsPods.push(pod);
  }

  // The Endpoints and EndpointSlices of `kubernetes` (published by kube-apiserver when it started)
  // and `kube-dns` (created with the Service, filled when the CoreDNS pods became ready), so a fresh
  // cluster shows them as old as their Services rather than created at time 0.
  for (const obj of bootEndpointObjects([kubeDns], corednsPods, controlPlane.ip, timestamp(INIT_AT + 60_000), () => rng.string(5, K8S_NAME_ALPHABET))) {
    // kube-dns's objects date from its Service; `kubernetes`'s from the API server's first start.
    const createdAt = obj.metadata.namespace === kubeDns.metadata.namespace ? INIT_AT + 30_000 : INIT_AT + 10_000;
    obj.metadata = { ...obj.metadata, uid: newUid(rng), creationTimestamp: timestamp(createdAt) };
    put(obj);
  }
  return { nodes, containers, staticPods };
}

function imageRef(image: string): string {
  const withRepo = image.split('/').length === 1 ? `docker.io/library/${image}` : image.includes('.') ? image : `docker.io/${image}`;
  return withRepo.includes(':') ? withRepo : `${withRepo}:latest`;
}

function nodeObject(opts: NodeOptions, boot: BootNode, rng: Rng): Node {
  const cpu = opts.cpu ?? '4';
  const memKi = Math.floor(intValue(opts.memory ?? '8Gi') / 1024);
  const pods = String(opts.pods ?? 110);
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': opts.name,
    'kubernetes.io/os': 'linux',
  };
  if (opts.controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  const since = timestamp(boot.joinedAt + 15_000);
  const conditions = nodeConditions(timestamp(0), since);
  const node: Node = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: opts.name,
      uid: newUid(rng),
      creationTimestamp: timestamp(boot.joinedAt),
      labels,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: { podCIDR: `${boot.podCidrPrefix}0/24`, podCIDRs: [`${boot.podCidrPrefix}0/24`] },
    status: {
      addresses: [{ type: 'InternalIP', address: boot.ip }, { type: 'Hostname', address: opts.name }],
      allocatable: { cpu, 'ephemeral-storage': '18561997179', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: `${memKi - 102400}Ki`, pods },
      capacity: { cpu, 'ephemeral-storage': '20141020Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: `${memKi}Ki`, pods },
      conditions,
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: newUid(rng),
        containerRuntimeVersion: 'containerd://1.7.27',
        kernelVersion: '5.15.0-143-generic',
        kubeProxyVersion: '',
        kubeletVersion: KUBERNETES_VERSION,
        machineID: newUid(rng).replace(/-/g, ''),
        operatingSystem: 'linux',
        osImage: 'Ubuntu 22.04.5 LTS',
        systemUUID: newUid(rng),
      },
    },
  };
  if (opts.controlPlane) node.spec.taints = [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }];
  return node;
}

/**
 * The rest of what kubeadm init leaves in etcd (so `etcdctl get / --prefix --keys-only` looks like a
 * real cluster's keyspace): ServiceAccounts, ConfigMaps, PriorityClasses, RBAC objects, control-plane
 * leader-election Leases. Values are minimal but valid objects.
 */
function writeKubeadmObjects(
  put: (obj: KubeObject) => void,
  meta: (name: string, at: number, namespace?: string, extra?: Record<string, unknown>) => Record<string, unknown>,
  nodes: BootNode[],
): void {
  const at = INIT_AT + 25_000;
  for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
    put({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('default', at, ns) } as KubeObject);
    put({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('kube-root-ca.crt', at, ns, { annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' } }), data: { 'ca.crt': '-----BEGIN CERTIFICATE-----\n(simulated)\n-----END CERTIFICATE-----\n' } } as KubeObject);
  }
  for (const sa of ['coredns', 'kube-proxy', 'attachdetach-controller', 'daemon-set-controller', 'deployment-controller', 'endpoint-controller', 'endpointslice-controller', 'namespace-controller', 'node-controller', 'replicaset-controller', 'replication-controller', 'resourcequota-controller', 'service-account-controller']) {
    put({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(sa, at, 'kube-system') } as KubeObject);
  }
  const cm = (name: string, namespace: string, data: Record<string, string>) => put({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(name, at, namespace), data } as KubeObject);
  cm('coredns', 'kube-system', { Corefile: '.:53 {\n    errors\n    health {\n       lameduck 5s\n    }\n    ready\n    kubernetes cluster.local in-addr.arpa ip6.arpa {\n       pods insecure\n       fallthrough in-addr.arpa ip6.arpa\n       ttl 30\n    }\n    prometheus :9153\n    forward . /etc/resolv.conf {\n       max_concurrent 1000\n    }\n    cache 30\n    loop\n    reload\n    loadbalance\n}\n' });
  cm('kube-proxy', 'kube-system', { 'config.conf': 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 10.244.0.0/16\nmode: ""\n' });
  cm('kubeadm-config', 'kube-system', { ClusterConfiguration: `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: ${KUBERNETES_VERSION}\nnetworking:\n  dnsDomain: cluster.local\n  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/12\n` });
  cm('kubelet-config', 'kube-system', { kubelet: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\ncgroupDriver: systemd\nclusterDNS:\n- 10.96.0.10\nclusterDomain: cluster.local\n' });
  cm('extension-apiserver-authentication', 'kube-system', { 'client-ca-file': '(simulated)' });
  cm('cluster-info', 'kube-public', { kubeconfig: 'apiVersion: v1\nclusters:\n- cluster:\n    server: https://192.168.1.10:6443\n  name: ""\n' });
  for (const [name, value] of [['system-cluster-critical', 2000000000], ['system-node-critical', 2000001000]] as const) {
    put({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: meta(name, INIT_AT), value, globalDefault: false, preemptionPolicy: 'PreemptLowerPriority', description: 'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.' } as unknown as KubeObject);
  }
  // RBAC objects added after the first bootstrap take their uids from their names, so the seeded
  // random stream (pod names, scheduling ties) stays what the scenarios and labs were written against.
  const rbacMeta = (name: string, kind: string) => (LATER_RBAC_OBJECTS.has(`${kind}/${name}`) ? { name, uid: uidFromName(`${kind}/${name}`), creationTimestamp: timestamp(INIT_AT) } : meta(name, INIT_AT));
  for (const [name, rules] of Object.entries(BOOTSTRAP_CLUSTER_ROLES)) {
    put({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: rbacMeta(name, 'ClusterRole'), rules } as unknown as KubeObject);
  }
  for (const [name, { role, subjects }] of Object.entries(BOOTSTRAP_CLUSTER_ROLE_BINDINGS)) {
    put({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: rbacMeta(name, 'ClusterRoleBinding'), roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role }, subjects } as unknown as KubeObject);
  }
  const cp = nodes.find((n) => n.controlPlane) ?? nodes[0];
  for (const name of ['kube-controller-manager', 'kube-scheduler']) {
    put({
      apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: meta(name, INIT_AT + 15_000, 'kube-system'),
      spec: { holderIdentity: `${cp.name}_${name === 'kube-scheduler' ? 'a1b2c3d4' : 'e5f6a7b8'}-0000-4000-8000-000000000000`, leaseDurationSeconds: 15, leaseTransitions: 0, acquireTime: timestamp(INIT_AT + 15_000).replace('Z', '.000000Z'), renewTime: timestamp(0).replace('Z', '.000000Z') },
    } as unknown as KubeObject);
  }
}
