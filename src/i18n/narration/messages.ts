// The engine's narration as data: every log entry carries one of these messages (an id and its
// parameters: names, counts, reasons, kinds), and the sentences live in the per-language catalogues
// beside this file (ko.ts, en.ts). The engine imports only these types, never a sentence.
// A catalogue is typed against NarrationParams, so a missing translation or a parameter a sentence
// does not receive is a type error.

/** A component id: 'kube-apiserver', 'kubelet-node01', 'container-runtime-node01', 'kube-proxy-node01', ... */
type ComponentId = string;
/** A plural resource: 'pods', 'nodes', 'replicasets', ... (catalogues read it as a noun). */
type Resource = string;

/** Controllers of kube-controller-manager (their --controllers names), which catalogues name. */
export type ControllerName =
  | 'replicaset-controller'
  | 'replicationcontroller-controller'
  | 'deployment-controller'
  | 'garbage-collector-controller'
  | 'node-lifecycle-controller'
  | 'taint-eviction-controller'
  | 'endpoints-controller'
  | 'endpointslice-controller'
  | 'endpointslicemirroring-controller'
  | 'resourcequota-controller'
  | 'daemonset-controller'
  | 'job-controller'
  | 'cronjob-controller'
  | 'serviceaccount-controller';

/** What a controller's work queue reconciles. */
export type ReconcileTarget =
  | 'replicasets'
  | 'replicationcontrollers'
  | 'deployments'
  | 'resourcequotas'
  | 'daemonsets'
  | 'jobs'
  | 'cronjobs'
  | 'namespaces'
  | 'service-endpoints'
  | 'service-endpointslices'
  | 'endpoints';

/** Where a packet starts: a pod, or the shell on a node (outside every pod). */
export type PacketClient = { pod: string } | { hostShell: string };

/** Where a packet is in the iptables rules of a node. */
interface RuleStep {
  node: string;
  table: string;
  chain: string;
}

export interface NarrationParams {
  // Kernel
  'timer.fired': { component: ComponentId };

  // kube-apiserver
  'apiserver.compaction-timer': Record<string, never>;
  'apiserver.respond': { to: ComponentId; code: number };
  'apiserver.reject': { resource: Resource; name?: string; code: number; reason: string };
  'apiserver.storage-timeout': Record<string, never>;
  'apiserver.kubelet-timeout': Record<string, never>;
  'apiserver.request-logs': { node: string; pod: string };
  'apiserver.notify': { to: ComponentId; resource: Resource; name?: string; event: string };
  'apiserver.own-endpoints': Record<string, never>;
  /** The watch cache's watch of /registry (cluster/etcdReflector.ts), from a revision. */
  'apiserver.open-etcd-watch': { revision: number };
  'apiserver.reopen-etcd-watch': Record<string, never>;
  'storage.compact': { revision: number };
  'storage.range': { key: string; prefix: boolean };
  'storage.delete': { key: string };
  'storage.create': { key: string };
  'storage.update': { key: string; modRevision: number };
  'storage.put': { key: string };

  // API clients
  /** A request of an API client; `verb` is the ApiRequest verb (get, list, watch, create, update, patch, ...). */
  request: { from: ComponentId; verb: string; resource: Resource; name?: string; target?: string };
  'event.record': { from: ComponentId; kind: string; name: string; reason: string };

  // kube-controller-manager
  'kcm.watch': { resource: Resource };
  'controller.create': { controller: ControllerName; resource: Resource; name?: string; generateName?: string };
  'controller.scale': { controller: ControllerName; resource: Resource; name: string; replicas: number };
  'controller.update': { controller: ControllerName; resource: Resource; name: string };
  'controller.update-status': { controller: ControllerName; resource: Resource; name: string };
  'controller.update-annotations': { controller: ControllerName; resource: Resource; name: string };
  'controller.delete': { controller: ControllerName; resource: Resource; name: string };
  'controller.event': { controller: ControllerName; resource: Resource; name: string; reason: string; message: string };
  /** One key (name) or several (count) taken from the work queue at once. */
  'controller.reconcile': { controller: ControllerName; target: ReconcileTarget; name?: string; count: number };
  'controller.progress-deadline': { controller: ControllerName; name: string };
  'controller.min-ready-recheck': { controller: ControllerName; name: string };
  'controller.retry-sync': { controller: ControllerName; name: string };
  /** A timed resync: the next cron schedule time of a CronJob, a Job's back-off or deadline. */
  'controller.timed-resync': { controller: ControllerName; name: string };
  /** The kubelet tries again to create a container whose ConfigMap or Secret was missing. */
  'kubelet.config-retry': { container: string };
  'controller.adopt': { controller: ControllerName; pod: string };
  'controller.release': { controller: ControllerName; pod: string };
  /** A taint swap on a node: `added` and `removed` are 'key:Effect' strings, at least one non-empty. */
  'controller.taint': { controller: ControllerName; node: string; added: string[]; removed: string[] };
  'controller.mark-not-ready': { controller: ControllerName; pod: string };
  'node-lifecycle.monitor': Record<string, never>;
  'node-lifecycle.no-execute-queue': Record<string, never>;
  'taint-eviction.evict': Record<string, never>;

  // kube-scheduler
  'scheduler.schedule': { pod: string };

  // kubelet
  'kubelet.return-logs': { node: string; pod: string; container: string };
  'kubelet.heartbeat': { node: string };
  'kubelet.renew-lease': { node: string };
  'kubelet.post-node-status': { node: string };
  'kubelet.run-sandbox': { pod: string };
  'kubelet.pull-image': { image: string };
  /** `backoff` is a Go duration ('10s', '1m20s'). */
  'kubelet.pull-backoff': { image: string; backoff: string };
  'kubelet.pull-retry': { image: string };
  'kubelet.create-container': { container: string };
  'kubelet.start-container': { container: string };
  'kubelet.crashloop-restart': { container: string; backoff: string };
  'kubelet.stop-container': { container: string; graceSeconds: number };
  'kubelet.replace-container': { container: string; graceSeconds: number };
  'kubelet.delete-mirror-pod': { node: string; pod: string };
  'kubelet.create-mirror-pod': { node: string; pod: string };
  'kubelet.create-static-mirror-pod': { node: string; pod: string };
  'kubelet.static-pod-files': { node: string };
  'kubelet.stop-sandbox': { pod: string };
  'systemd.restart-unit': { node: string; unit: string };
  'crictl.request': { node: string; op: string };
  'runtime.cri-answer': { op: string };
  'etcd.restore-data-dir': { member: string; dataDir: string };
  'kubelet.finalize-delete': { node: string; pod: string };
  'kubelet.stop-deleted-container': { pod: string; container: string };

  // container runtime
  'runtime.sandbox-ready': { pod: string };
  'runtime.sandbox-removed': Record<string, never>;
  'runtime.invalid-image': { image: string };
  'runtime.pull-failed': { image: string };
  'runtime.pulled': { image: string };
  'runtime.created': { container: string };
  'runtime.container-not-found': Record<string, never>;
  'runtime.start-failed': { container: string };
  'runtime.started': { container: string };
  'runtime.already-stopped': Record<string, never>;
  /** `killed`: the process ignored SIGTERM and got SIGKILL after the grace period. */
  'runtime.stopped': { container: string; killed: boolean };
  'runtime.process-exits': { container: string; exitCode: number };
  'runtime.pleg': { container: string };

  // kube-proxy and the network path
  'kube-proxy.sync': { node: string };
  'packet.send': { client: PacketClient; ip: string; port: number | string };
  'packet.jump': RuleStep & { target: string; probability?: string };
  'packet.dnat': RuleStep & { to: string };
  'packet.reject': RuleStep;
  'packet.arrive': { pod: string; ip: string; port: number | string; node: string };
  'packet.answer': { pod: string };
  'dns.query': { pod: string; server: string; name: string };

  // etcd
  'etcd.tick': { member: string };
  'etcd.watch-opened': Record<string, never>;
  'etcd.raft': { from: string; to: string; type: string; term: number };
  'etcd.error': { error: string };
  'etcd.compare-failed': Record<string, never>;
  'etcd.commit': { key: string; revision: number | undefined };
  'etcd.answer': { member: string; revision: number | undefined };
  'etcd.watch-canceled': { reason: string };
  /** One watch response to kube-apiserver: `count` events, the first one's key, the last revision. */
  'etcd.watch-events': { count: number; firstKey: string; revision: number };
  'etcd.watch-broken': Record<string, never>;

  // The engine's safety net (src/sim/kernel/simulationError.ts)
  /** A component threw while it handled an event of kind `during`; the cluster goes on without that event. */
  'kernel.simulation-error': { component: string; during: string };

  // CLI clients
  'etcdctl.timeout': Record<string, never>;
  'etcdctl.request': { member: string; type: string };
  'etcdctl.watch': { member: string };
  /** A KV request of the command runner's storage effect (an etcd member id). */
  'etcdctl.send': { member: string };
  'etcdctl.stop-watch': Record<string, never>;
  'kubectl.wait': Record<string, never>;
  'kubectl.wait-timeout': Record<string, never>;
}

export type NarrationId = keyof NarrationParams;

/** One log entry's narration: a message id with its parameters. */
export type Narration = { [K in NarrationId]: { id: K; params: NarrationParams[K] } }[NarrationId];

/** Builds a narration (the id checks the parameters' type). */
export function say<K extends NarrationId>(id: K, params: NarrationParams[K]): { id: K; params: NarrationParams[K] } {
  return { id, params };
}

/** The sentences of one language: one render function per message id. */
export type NarrationCatalogue = { readonly [K in NarrationId]: (p: NarrationParams[K]) => string };
