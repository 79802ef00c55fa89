// The narration in English.
import { componentEn, nounEn, objectEn } from './english.ts';
import type { ControllerName, NarrationCatalogue, PacketClient, ReconcileTarget } from './messages.ts';

const CONTROLLERS: Record<ControllerName, string> = {
  'replicaset-controller': 'ReplicaSet controller',
  'replicationcontroller-controller': 'replication manager',
  'deployment-controller': 'Deployment controller',
  'garbage-collector-controller': 'garbage collector',
  'node-lifecycle-controller': 'node lifecycle controller',
  'taint-eviction-controller': 'taint-eviction controller',
  'endpoints-controller': 'Endpoints controller',
  'endpointslice-controller': 'EndpointSlice controller',
  'endpointslicemirroring-controller': 'EndpointSlice mirroring controller',
  'resourcequota-controller': 'resource quota controller',
  'daemonset-controller': 'DaemonSet controller',
  'job-controller': 'Job controller',
  'cronjob-controller': 'CronJob controller',
  'serviceaccount-controller': 'ServiceAccount controller',
};

/** What a work queue reconciles: one named object, or a count of them. */
const RECONCILED: Record<ReconcileTarget, { one: (name: string) => string; many: (n: number) => string }> = {
  replicasets: { one: (n) => `ReplicaSet ${n}`, many: (n) => `${n} ReplicaSets` },
  replicationcontrollers: { one: (n) => `ReplicationController ${n}`, many: (n) => `${n} ReplicationControllers` },
  deployments: { one: (n) => `Deployment ${n}`, many: (n) => `${n} Deployments` },
  resourcequotas: { one: (n) => `ResourceQuota ${n}`, many: (n) => `${n} ResourceQuotas` },
  daemonsets: { one: (n) => `DaemonSet ${n}`, many: (n) => `${n} DaemonSets` },
  jobs: { one: (n) => `Job ${n}`, many: (n) => `${n} Jobs` },
  cronjobs: { one: (n) => `CronJob ${n}`, many: (n) => `${n} CronJobs` },
  namespaces: { one: (n) => `the ServiceAccounts of namespace ${n}`, many: (n) => `the ServiceAccounts of ${n} namespaces` },
  'service-endpoints': { one: (n) => `the endpoints of Service ${n}`, many: (n) => `the endpoints of ${n} Services` },
  'service-endpointslices': { one: (n) => `the EndpointSlices of Service ${n}`, many: (n) => `the EndpointSlices of ${n} Services` },
  endpoints: { one: (n) => `Endpoints ${n}`, many: (n) => `${n} Endpoints` },
};

const kubelet = (node: string) => `the kubelet on ${node}`;
const client = (c: PacketClient) => ('pod' in c ? `pod ${c.pod}` : `the shell on ${c.hostShell}`);
const where = (s: { node: string; table: string; chain: string }) => `${s.node} iptables ${s.table} ${s.chain}`;
const plural = (resource: string) => `${nounEn(resource)}s`;

export const en: NarrationCatalogue = {
  'timer.fired': (p) => `${p.component} timer fires`,

  'apiserver.compaction-timer': () => 'kube-apiserver compacts old etcd revisions',
  'apiserver.respond': (p) => `kube-apiserver answers ${componentEn(p.to)}: ${p.code} ${p.code === 201 ? 'Created' : 'OK'}`,
  'apiserver.reject': (p) => `kube-apiserver rejects the request for ${objectEn(p.resource, p.name)}: ${p.code} ${p.reason}`,
  'apiserver.storage-timeout': () => 'the etcd request times out',
  'apiserver.kubelet-timeout': () => 'the connection to the kubelet times out',
  'apiserver.request-logs': (p) => `kube-apiserver asks ${kubelet(p.node)} for the log of pod ${p.pod}`,
  'apiserver.notify': (p) => `kube-apiserver notifies ${componentEn(p.to)}: ${objectEn(p.resource, p.name)} ${p.event}`,
  'apiserver.own-endpoints': () => 'kube-apiserver records its own address as the endpoints of the kubernetes Service',
  'apiserver.open-etcd-watch': (p) => `kube-apiserver opens a watch on /registry in etcd (from revision ${p.revision})`,
  'apiserver.reopen-etcd-watch': () => 'kube-apiserver reopens its etcd watch',
  'storage.compact': (p) => `kube-apiserver asks etcd to compact history before revision ${p.revision}`,
  'storage.range': (p) => `kube-apiserver reads ${p.key}${p.prefix ? ' (prefix)' : ''} from etcd`,
  'storage.delete': (p) => `kube-apiserver deletes ${p.key} from etcd`,
  'storage.create': (p) => `kube-apiserver writes ${p.key} to etcd (transaction: only if the key does not exist)`,
  'storage.update': (p) => `kube-apiserver writes ${p.key} to etcd (transaction: only if unchanged since revision ${p.modRevision})`,
  'storage.put': (p) => `kube-apiserver writes ${p.key} to etcd`,

  request: (p) => {
    const who = componentEn(p.from);
    const obj = objectEn(p.resource, p.name);
    switch (p.verb) {
      case 'get': return `${who} asks kube-apiserver for ${obj}`;
      case 'list': return `${who} lists ${plural(p.resource)}`;
      case 'watch': return `${who} starts watching ${plural(p.resource)}`;
      case 'create': return `${who} asks kube-apiserver to create ${obj}`;
      case 'update':
      case 'patch': return `${who} asks kube-apiserver to update ${obj}`;
      case 'updateStatus':
      case 'patchStatus': return `${who} reports the status of ${obj} to kube-apiserver`;
      case 'delete': return `${who} asks kube-apiserver to delete ${obj}`;
      case 'bind': return `${who} binds pod ${p.name} to ${p.target}`;
      case 'event': return `${who} records an event`;
      default: return `${who} sends a request to kube-apiserver`;
    }
  },
  'event.record': (p) => `${componentEn(p.from)} records event ${p.reason} for ${p.kind} ${p.name}`,

  'kcm.watch': (p) => `kube-controller-manager starts watching ${p.resource}`,
  'controller.create': (p) => p.name === undefined && p.generateName
    ? `${CONTROLLERS[p.controller]} creates a ${nounEn(p.resource)} (generateName ${p.generateName})`
    : `${CONTROLLERS[p.controller]} creates ${objectEn(p.resource, p.name)}`,
  'controller.scale': (p) => `${CONTROLLERS[p.controller]} scales ${objectEn(p.resource, p.name)} to ${p.replicas} ${p.replicas === 1 ? 'replica' : 'replicas'}`,
  'controller.update': (p) => `${CONTROLLERS[p.controller]} updates ${objectEn(p.resource, p.name)}`,
  'controller.update-status': (p) => `${CONTROLLERS[p.controller]} updates the status of ${objectEn(p.resource, p.name)}`,
  'controller.update-annotations': (p) => `${CONTROLLERS[p.controller]} updates the annotations of ${objectEn(p.resource, p.name)}`,
  'controller.delete': (p) => `${CONTROLLERS[p.controller]} deletes ${objectEn(p.resource, p.name)}`,
  'controller.event': (p) => `${CONTROLLERS[p.controller]} records event ${p.reason} for ${objectEn(p.resource, p.name)}: ${p.message}`,
  'controller.reconcile': (p) => {
    const what = p.name !== undefined ? RECONCILED[p.target].one(p.name) : RECONCILED[p.target].many(p.count);
    return `${CONTROLLERS[p.controller]} reconciles ${what}`;
  },
  'controller.progress-deadline': (p) => `${CONTROLLERS[p.controller]} checks the progress deadline of Deployment ${p.name}`,
  'controller.min-ready-recheck': (p) => `${CONTROLLERS[p.controller]} re-checks ${p.name} after minReadySeconds`,
  'controller.retry-sync': (p) => `${CONTROLLERS[p.controller]} retries the failed sync of ${p.name}`,
  'kubelet.config-retry': (p) => `the kubelet tries again to create container ${p.container} (its ConfigMap or Secret was missing)`,
  'controller.timed-resync': (p) => `${CONTROLLERS[p.controller]} looks at ${p.name} again at the time it waited for`,
  'controller.adopt': (p) => `${CONTROLLERS[p.controller]} adopts orphan pod ${p.pod}`,
  'controller.release': (p) => `${CONTROLLERS[p.controller]} releases pod ${p.pod} (its labels no longer match)`,
  'controller.taint': (p) => {
    const parts: string[] = [];
    if (p.added.length) parts.push(`taints node ${p.node} with ${p.added.join(', ')}`);
    if (p.removed.length) parts.push(`${p.added.length ? 'and removes' : `removes from node ${p.node}`} ${p.removed.join(', ')}`);
    return `${CONTROLLERS[p.controller]} ${parts.join(' ')}`;
  },
  'controller.mark-not-ready': (p) => `${CONTROLLERS[p.controller]} marks pod ${p.pod} not ready`,
  'node-lifecycle.monitor': () => 'node lifecycle controller checks node heartbeats (status and leases)',
  'node-lifecycle.no-execute-queue': () => 'node lifecycle controller processes nodes waiting for a NoExecute taint',
  'taint-eviction.evict': () => 'taint-eviction controller evicts pods whose toleration time is over',

  'scheduler.schedule': (p) => `kube-scheduler picks a node for pod ${p.pod} (filtering and scoring)`,

  'kubelet.return-logs': (p) => `${kubelet(p.node)} returns the log of container ${p.container} in pod ${p.pod}`,
  'kubelet.heartbeat': (p) => `${kubelet(p.node)} renews its node lease (heartbeat)`,
  'kubelet.renew-lease': (p) => `${kubelet(p.node)} sends its lease renewal`,
  'kubelet.post-node-status': (p) => `${kubelet(p.node)} posts its NodeStatus`,
  'kubelet.run-sandbox': (p) => `the kubelet asks the container runtime to create the sandbox of pod ${p.pod} (CRI RunPodSandbox)`,
  'kubelet.pull-image': (p) => `the kubelet asks the container runtime to pull image ${p.image} (CRI PullImage)`,
  'kubelet.pull-backoff': (p) => `the kubelet backs off pulling ${p.image} for ${p.backoff} (ImagePullBackOff)`,
  'kubelet.pull-retry': (p) => `the image pull back-off expires; the kubelet retries pulling ${p.image}`,
  'kubelet.create-container': (p) => `the kubelet asks the container runtime to create container ${p.container} (CRI CreateContainer)`,
  'kubelet.start-container': (p) => `the kubelet asks the container runtime to start container ${p.container} (CRI StartContainer)`,
  'kubelet.crashloop-restart': (p) => `the ${p.backoff} CrashLoopBackOff expires; the kubelet restarts container ${p.container}`,
  'kubelet.stop-container': (p) => `the kubelet asks the container runtime to stop container ${p.container} (grace period ${p.graceSeconds}s)`,
  'kubelet.replace-container': (p) => `container ${p.container}'s definition changed: the kubelet asks the container runtime to stop it (grace period ${p.graceSeconds}s) and will start it again with the new spec`,
  'kubelet.delete-mirror-pod': (p) => `the kubelet on ${p.node} removes mirror pod ${p.pod} at once: only the API server's copy goes, the static pod keeps running`,
  'kubelet.create-static-mirror-pod': (p) => `the kubelet on ${p.node} creates mirror pod ${p.pod} for a static pod read from its manifest directory`,
  'kubelet.static-pod-files': (p) => `a file in the static pod directory of ${p.node} changed: the kubelet reads /etc/kubernetes/manifests again`,
  'kubelet.stop-sandbox': (p) => `the kubelet asks the container runtime to stop the sandbox of ${p.pod}`,
  'systemd.restart-unit': (p) => `systemd on ${p.node} starts ${p.unit} again (Restart=always, RestartSec=10)`,
  'crictl.request': (p) => `crictl on ${p.node} calls ${p.op} on the container runtime through the CRI socket`,
  'runtime.cri-answer': (p) => `the container runtime answers ${p.op}`,
  'etcd.restore-data-dir': (p) => `etcd member ${p.member} starts from data directory ${p.dataDir}`,
  'kubelet.create-mirror-pod': (p) => `the kubelet on ${p.node} creates mirror pod ${p.pod} again for its running static pod`,
  'kubelet.finalize-delete': (p) => `${kubelet(p.node)} finalizes the deletion of pod ${p.pod}: its containers have stopped`,
  'kubelet.stop-deleted-container': (p) => `the kubelet stops container ${p.container} of deleted pod ${p.pod}`,

  'runtime.sandbox-ready': (p) => `the container runtime has set up the sandbox (pause container and network) of pod ${p.pod}`,
  'runtime.sandbox-removed': () => 'the container runtime removed the pod sandbox',
  'runtime.invalid-image': (p) => `image name ${p.image} is invalid`,
  'runtime.pull-failed': (p) => `pulling ${p.image} fails: the registry has no such image`,
  'runtime.pulled': (p) => `the container runtime has pulled ${p.image}`,
  'runtime.created': (p) => `the container runtime created container ${p.container}`,
  'runtime.container-not-found': () => 'container not found',
  'runtime.start-failed': (p) => `container ${p.container} failed to start its process`,
  'runtime.started': (p) => `the container runtime started container ${p.container}`,
  'runtime.already-stopped': () => 'the container is already stopped',
  'runtime.stopped': (p) => p.killed
    ? `container ${p.container} ignored SIGTERM and is killed after the grace period`
    : `container ${p.container} stops on SIGTERM`,
  'runtime.process-exits': (p) => `the process of container ${p.container} exits with code ${p.exitCode}`,
  'runtime.pleg': (p) => `the kubelet (PLEG) notices that container ${p.container} exited`,

  'kube-proxy.sync': (p) => `kube-proxy on ${p.node} rewrites the iptables rules`,
  'packet.send': (p) => `${client(p.client)} sends a request to ${p.ip}:${p.port}`,
  'packet.jump': (p) => `${where(p)}: ${p.probability ? `probability ${p.probability} rule matched: ` : ''}jump to ${p.target}`,
  'packet.dnat': (p) => `${where(p)}: DNAT to ${p.to}`,
  'packet.reject': (p) => `${where(p)}: no endpoints, REJECT`,
  'packet.arrive': (p) => `the request reaches pod ${p.pod} (${p.ip}:${p.port}) on ${p.node}`,
  'packet.answer': (p) => `pod ${p.pod} answers`,
  'dns.query': (p) => `pod ${p.pod} asks the cluster DNS (${p.server}) for ${p.name}`,

  'etcd.tick': (p) => `Raft tick of member ${p.member} (heartbeat interval)`,
  'etcd.watch-opened': () => 'etcd opens the watch stream',
  'etcd.raft': (p) => `member ${p.from} sends Raft ${p.type} to ${p.to} (term ${p.term})`,
  'etcd.error': (p) => `etcd cannot serve the request (${p.error})`,
  'etcd.compare-failed': () => 'etcd rejects the write: the compare in the transaction failed',
  'etcd.commit': (p) => `etcd commits the write of ${p.key} (revision ${p.revision})`,
  'etcd.answer': (p) => `etcd member ${p.member} answers (revision ${p.revision})`,
  'etcd.watch-canceled': (p) => `etcd cancels kube-apiserver's watch (${p.reason})`,
  'etcd.watch-events': (p) => `etcd notifies kube-apiserver of ${p.count} change${p.count === 1 ? '' : 's'} (${p.firstKey}, revision ${p.revision})`,
  'etcd.watch-broken': () => "the etcd member stops: kube-apiserver's watch connection breaks",

  'etcdctl.timeout': () => 'etcdctl request times out',
  'etcdctl.request': (p) => `etcdctl sends ${p.type} to member ${p.member}`,
  'etcdctl.watch': (p) => `etcdctl watches keys on member ${p.member}`,
  'etcdctl.send': (p) => `etcdctl sends a request to ${p.member}`,
  'etcdctl.stop-watch': () => 'the user stops etcdctl watch with Ctrl-C',
  'kernel.simulation-error': (p) => `Simulation error: ${p.component} failed while handling a ${p.during} event; the cluster goes on without it`,
  'kubectl.wait': () => 'kubectl waits',
  'kubectl.wait-timeout': () => 'kubectl stops waiting (timeout)',
};
