import { configError, configRefs } from './configRefs.ts';
import { setup } from 'xstate';
import { timestamp } from '../../api/meta.ts';
import type { Condition, Container, ContainerState, KubeObject, Pod } from '../../api/types.ts';
import { storeKey } from '../../apiserver/client.ts';
import { Component, type Message, type SimContext } from '../../cluster/component.ts';
import type { TimerHandle } from '../../kernel/kernel.ts';
import type { Narration } from '../../kernel/log.ts';
import type { ContainerRuntime } from '../runtime/containerRuntime.ts';
import type { ContainerExitedEvent, CriEnvelope, CriReplyEnvelope, CriRequest, CriResponse } from '../runtime/cri.ts';
import { BACKOFF_RESET_AFTER_MS, goDuration, nextBackoff } from './backoff.ts';
import { CONTAINER_EVENTS, containerMachine, waitingReason } from './containerMachine.ts';
import { StateTable } from './containerStateTable.ts';
import { buildPodStatus, type ContainerView } from './podStatus.ts';
import type { NodeHost } from '../host/nodeHost.ts';
import { structured, type Severity } from '../host/klog.ts';
import { configHash, scanStaticPods, STATIC_POD_PATH, type StaticPodFile } from './staticPodSource.ts';

/**
 * The kubelet of one node: heartbeats (node Lease every 10 s, NodeStatus when it changes or every
 * 5 min), and a worker per pod bound to the node that drives the container runtime through the CRI
 * and reports the pod's status to the API server.
 */
export const kubeletMachine = setup({}).createMachine({
  id: 'kubelet',
  initial: 'running',
  states: {
    running: { on: { STOP: 'stopped' } },
    stopped: { on: { START: 'running' } },
  },
});

export const LEASE_RENEW_MS = 10_000;
export const NODE_STATUS_UPDATE_MS = 10_000;
export const NODE_STATUS_REPORT_MS = 5 * 60_000;
/** After ErrImagePull, the next pod sync finds the image in back-off and reports ImagePullBackOff. */
export const PULL_BACKOFF_REPORT_MS = 1_000;
/** How soon a container in CreateContainerConfigError is tried again (the pod worker's resync). */
export const CONFIG_RETRY_MS = 10_000;
/** How soon the kubelet re-reads its static pod directory after a file in it changed (inotify, then a pod config update). */
export const STATIC_POD_SCAN_MS = 100;

/** The container machine as a transition table (one small state per container, no actor each). */
const CONTAINER_TABLE = new StateTable(containerMachine, CONTAINER_EVENTS);

/** A container's state in the container machine, driven with the machine's own transitions. */
class ContainerMachineState {
  value = CONTAINER_TABLE.initial;
  send(event: { type: string }): void {
    this.value = CONTAINER_TABLE.next(this.value, event.type);
  }
  stop(): void {}
}

interface ContainerWorker {
  spec: Container;
  actor: ContainerMachineState;
  containerId?: string;
  imageRef: string;
  imageId: string;
  restartCount: number;
  startedAt?: number;
  terminated?: NonNullable<ContainerState['terminated']>;
  lastTerminated?: NonNullable<ContainerState['terminated']>;
  waitingMessage?: string;
  crashBackoffMs: number;
  pullBackoffMs: number;
  timer?: TimerHandle;
  /** Hash of the spec the current container instance was created from (the kubelet's container hash label). */
  createdHash?: string;
  /** The image of the pull that failed last (the image back-off is kept per image). */
  failedImage?: string;
  /** What to do once the container started, kept while it waits in an image-pull back-off. */
  afterStart?: () => void;
  /** The container is being stopped because its definition changed: its exit is not a crash. */
  replacing?: boolean;
}

interface PodWorker {
  key: string;
  pod: Pod;
  /** The uid the runtime knows the pod by: the API pod's, or for a static pod its own (its mirror pods come and go). */
  uid: string;
  sandboxReady: boolean;
  podIP?: string;
  startTime: string;
  containers: ContainerWorker[];
  /** Index of the container SyncPod is working on (containers start one after another). */
  cursor: number;
  terminating: boolean;
  stopping: number;
}

export class Kubelet extends Component {
  readonly nodeName: string;
  readonly runtime: ContainerRuntime;
  readonly hostIP: string;
  private readonly workers = new Map<string, PodWorker>();
  private readonly dirty = new Set<string>();
  /** Pods whose status patch is on its way: the status manager sends one at a time per pod. */
  private readonly statusInFlight = new Set<string>();
  private readonly criCallbacks = new Map<number, (r: CriResponse) => void>();
  private nextCallId = 1;
  private nextPodIP = 2;
  private readonly podCidrPrefix: string;
  /** Static pods (the manifests in /etc/kubernetes/manifests), by 'namespace/name': their mirror pod and the uid their containers run under. */
  private readonly staticPods = new Map<string, { mirror: Pod; uid: string; file?: string; hash?: string }>();
  /** The node's operating system: its disk (the static pod directory) and the journal the kubelet logs to. */
  private host?: NodeHost;
  /** A re-read of the static pod directory is pending (file events within one step are read once). */
  private manifestScan?: TimerHandle;
  private lastNodeStatusPost = -Infinity;
  private lastNodeStatusJson = '';
  /** When the node's conditions last changed (kept so lastTransitionTime does not move on every post). */
  conditionsSince = 0;

  constructor(sim: SimContext, nodeName: string, runtime: ContainerRuntime, hostIP: string, podCidrPrefix: string) {
    super(`kubelet-${nodeName}`, 'kubelet', sim, nodeName);
    this.nodeName = nodeName;
    this.runtime = runtime;
    this.hostIP = hostIP;
    this.podCidrPrefix = podCidrPrefix;
    this.startActor(kubeletMachine);
  }

  /** Called by the cluster once bootstrap objects exist. */
  boot(): void {
    this.startInformers();
    this.scheduleHeartbeats();
  }

  /**
   * The static pods this kubelet runs from its manifest directory (the pod source "file"): `mirror`
   * is the mirror pod it keeps in the API server for each, `uid` the pod uid its containers run under.
   */
  setStaticPods(pods: readonly { mirror: Pod; uid: string; file?: string; text?: string }[]): void {
    for (const p of pods) this.staticPods.set(storeKey(p.mirror), { mirror: p.mirror, uid: p.uid, file: p.file, hash: p.file && p.text !== undefined ? configHash(this.nodeName, p.file, p.text) : undefined });
  }

  /**
   * The node this kubelet runs on: it watches the static pod directory on the node's disk (the
   * kubelet's file source uses inotify) and writes its log lines to the node's journal.
   */
  attachHost(host: NodeHost): void {
    this.host = host;
    host.files.watch(STATIC_POD_PATH, () => this.manifestsChanged());
  }

  /** A klog line in the node's journal (`journalctl -u kubelet`). */
  klog(severity: Severity, source: string, message: string, pairs?: Parameters<typeof structured>[1], at = this.sim.now()): void {
    this.host?.klog(at, 'kubelet', severity, source, structured(message, pairs));
  }

  private manifestsChanged(): void {
    if (!this.up || this.manifestScan) return;
    this.manifestScan = this.setTimer(STATIC_POD_SCAN_MS, { id: 'kubelet.static-pod-files', params: { node: this.nodeName } }, () => {
      this.manifestScan = undefined;
      this.syncStaticPodFiles();
    });
  }

  /**
   * Reads the static pod directory and reconciles: a new file starts a static pod (and its mirror
   * pod), a changed file replaces it (a new uid: the config hash changed), a removed file stops it
   * and deletes its mirror pod.
   */
  private syncStaticPodFiles(): void {
    if (!this.host) return;
    const scan = scanStaticPods(this.host.files, this.nodeName, this.sim.now());
    for (const e of scan.errors) this.klog('E', 'file.go:187', 'Could not process manifest file', { err: e.error, path: e.path });
    for (const [key, entry] of [...this.staticPods]) {
      const next = scan.pods.get(key);
      if (!next || !entry.hash || configHash(this.nodeName, next.file, this.host.files.read(next.file) ?? '') !== entry.hash) this.removeStaticPod(key, entry.mirror);
    }
    for (const [key, next] of scan.pods) if (!this.staticPods.has(key)) this.addStaticPod(key, next);
  }

  private removeStaticPod(key: string, mirror: Pod): void {
    this.staticPods.delete(key);
    this.klog('I', 'kubelet.go:2478', 'SyncLoop REMOVE', { source: 'file', pods: [key] });
    const w = this.workers.get(key);
    if (w) {
      this.workers.delete(key);
      this.dirty.delete(key);
      const grace = w.pod.spec.terminationGracePeriodSeconds ?? 30;
      for (const c of w.containers) {
        this.clearTimer(c.timer);
        if (c.containerId && this.runtime.containers.get(c.containerId)?.state === 'running') {
          this.klog('I', 'kuberuntime_container.go:809', 'Killing container with a grace period', { pod: key, podUID: w.uid, containerName: c.spec.name, containerID: `containerd://${c.containerId}`, gracePeriod: grace });
          this.cri({ op: 'StopContainer', containerId: c.containerId, timeoutSeconds: grace }, { id: 'kubelet.stop-container', params: { container: c.spec.name, graceSeconds: grace } }, () => undefined, mirror);
        }
      }
      this.cri({ op: 'StopPodSandbox', podUid: w.uid }, { id: 'kubelet.stop-sandbox', params: { pod: mirror.metadata.name! } }, () => undefined, mirror);
    }
    this.api.delete('pods', mirror.metadata.namespace, mirror.metadata.name!, undefined, {
      gracePeriodSeconds: 0,
      narration: { id: 'kubelet.delete-mirror-pod', params: { node: this.nodeName, pod: mirror.metadata.name! } },
    });
  }

  private addStaticPod(key: string, next: StaticPodFile): void {
    const text = this.host?.files.read(next.file) ?? '';
    this.staticPods.set(key, { mirror: next.pod, uid: next.uid, file: next.file, hash: configHash(this.nodeName, next.file, text) });
    this.klog('I', 'kubelet.go:2462', 'SyncLoop ADD', { source: 'file', pods: [key] });
    // A static pod runs without the API server (that is how the control plane itself starts): its
    // worker starts from the file; the mirror pod only shows it in the API once one answers.
    if (!this.workers.has(key) && this.up) this.adoptOrCreate(key, { ...next.pod, metadata: { ...next.pod.metadata, uid: next.uid } });
    this.createMirrorPod(key, next.uid);
  }

  /** Creates the mirror pod of a static pod (retried while an older one of the same name is still being deleted). */
  private createMirrorPod(key: string, uid: string): void {
    const entry = this.staticPods.get(key);
    if (!entry || entry.uid !== uid || !this.up) return;
    this.klog('I', 'kubelet.go:1959', 'Creating a mirror pod for static pod', { pod: key });
    this.api.create('pods', { ...entry.mirror, status: undefined }, (r) => {
      if (r.ok || r.reason !== 'AlreadyExists') return;
      // A pod of that name that is not this static pod's mirror (an older mirror, or one restored
      // with etcd): the kubelet deletes it and creates its own (syncPod's mirror pod check).
      const [namespace, name] = key.split('/');
      this.api.delete('pods', namespace, name, () => {
        this.setTimer(1000, { id: 'kubelet.static-pod-files', params: { node: this.nodeName } }, () => this.createMirrorPod(key, uid), { background: true });
      }, { gracePeriodSeconds: 0, narration: { id: 'kubelet.delete-mirror-pod', params: { node: this.nodeName, pod: name } } });
    }, { narration: { id: 'kubelet.create-static-mirror-pod', params: { node: this.nodeName, pod: entry.mirror.metadata.name! } } });
  }

  /** Reserve pod IPs already handed out before the clock started. */
  reservePodIP(ip: string): void {
    const last = Number(ip.split('.').pop());
    if (ip.startsWith(this.podCidrPrefix) && last >= this.nextPodIP) this.nextPodIP = last + 1;
  }

  protected override afterDelivery(): void {
    this.flushStatus();
  }

  protected override onMessage(msg: Message): void {
    if (msg.kind === 'cri-reply') {
      const env = msg.payload as CriReplyEnvelope;
      const cb = this.criCallbacks.get(env.callId);
      this.criCallbacks.delete(env.callId);
      cb?.(env.response);
    } else if (msg.kind === 'container-exited') {
      this.onContainerExited(msg.payload as ContainerExitedEvent);
    } else if (msg.kind === 'logs') {
      // The API server proxies `kubectl logs` to the kubelet, which reads the runtime's log files.
      const q = msg.payload as { logsId: number; namespace: string; pod: string; container: string; previous: boolean };
      const w = this.workers.get(`${q.namespace}/${q.pod}`);
      const text = w ? this.runtime.logs(w.uid, q.container, q.previous) : undefined;
      this.send(msg.from, 'logs-reply', { logsId: q.logsId, text }, { id: 'kubelet.return-logs', params: { node: this.nodeName, pod: q.pod, container: q.container } }, { object: `pods/${q.namespace}/${q.pod}` });
    }
  }

  protected override onStart(): void {
    this.conditionsSince = this.sim.now();
    this.logStartup();
    // Manifests changed while the kubelet was down are read when it starts (its file source lists the directory).
    this.syncStaticPodFiles();
    // The runtime kept running while the kubelet was down: re-sync from the API and the runtime.
    this.startInformers();
    this.postNodeStatus(true);
    this.renewLease();
    this.scheduleHeartbeats();
  }

  protected override onStop(): void {
    for (const w of this.workers.values()) for (const c of w.containers) c.actor.stop();
    this.workers.clear();
    this.dirty.clear();
    this.statusInFlight.clear();
    this.criCallbacks.clear();
  }

  /** The first lines a starting kubelet logs (server.go, kubelet.go). */
  logStartup(at = this.sim.now()): void {
    this.klog('I', 'server.go:530', 'Kubelet version', { kubeletVersion: 'v1.33.1' }, at);
    this.klog('I', 'server.go:532', 'Golang settings', { GOGC: '', GOMAXPROCS: '', GOTRACEBACK: '' }, at);
    this.klog('I', 'kubelet.go:408', 'Adding static pod path', { path: STATIC_POD_PATH }, at);
    this.klog('I', 'kubelet.go:419', 'Adding apiserver pod source', {}, at);
    this.klog('I', 'server.go:1289', 'Started kubelet', {}, at);
    this.klog('I', 'kubelet.go:2418', 'Starting kubelet main sync loop', {}, at);
  }

  // ---- heartbeats ----

  private scheduleHeartbeats(): void {
    const narration: Narration = { id: 'kubelet.heartbeat', params: { node: this.nodeName } };
    const tick = () => {
      this.renewLease();
      this.postNodeStatus(false);
      this.setTimer(LEASE_RENEW_MS, narration, tick, { background: true, kind: 'heartbeat', object: `leases/kube-node-lease/${this.nodeName}` });
    };
    this.setTimer(LEASE_RENEW_MS, narration, tick, { background: true, kind: 'heartbeat', object: `leases/kube-node-lease/${this.nodeName}` });
  }

  private renewLease(): void {
    const micro = timestamp(this.sim.now()).replace('Z', `.${String((this.sim.now() % 1000) * 1000).padStart(6, '0')}Z`);
    this.api.patch('leases', 'kube-node-lease', this.nodeName, { spec: { renewTime: micro, holderIdentity: this.nodeName } }, undefined, {
      background: true,
      narration: { id: 'kubelet.renew-lease', params: { node: this.nodeName } },
    });
  }

  /** NodeStatus: posted when something changed, otherwise every nodeStatusReportFrequency (5 min). */
  private postNodeStatus(force: boolean): void {
    const conditions = nodeConditions(this.sim.timestamp(), timestamp(this.conditionsSince));
    const json = JSON.stringify(conditions.map((c) => [c.type, c.status]));
    const due = this.sim.now() - this.lastNodeStatusPost >= NODE_STATUS_REPORT_MS;
    if (!force && !due && json === this.lastNodeStatusJson) return;
    this.lastNodeStatusPost = this.sim.now();
    this.lastNodeStatusJson = json;
    this.api.patchStatus('nodes', undefined, this.nodeName, { conditions, images: this.nodeImages() }, undefined, {
      background: !force,
      narration: { id: 'kubelet.post-node-status', params: { node: this.nodeName } },
    });
  }

  private nodeImages(): { names: string[]; sizeBytes: number }[] {
    return [...this.runtime.images].sort().map((ref) => ({ names: [ref], sizeBytes: 0 }));
  }

  // ---- pods ----

  private startInformers(): void {
    this.api.informer('pods', { fieldSelector: `spec.nodeName=${this.nodeName}` }, {
      add: (p) => this.onPod(p as Pod),
      update: (_o, p) => this.onPod(p as Pod),
      delete: (p) => this.onPodDeleted(p as Pod),
    });
  }

  private onPod(pod: Pod): void {
    const key = storeKey(pod);
    if (this.staticPods.has(key)) return this.onMirrorPod(key, pod);
    let w = this.workers.get(key);
    if (w && w.pod.metadata.uid !== pod.metadata.uid) {
      this.onPodDeleted(w.pod);
      w = undefined;
    }
    if (!w) {
      if (isTerminal(pod) && !pod.metadata.deletionTimestamp) return;
      this.klog('I', 'kubelet.go:2462', 'SyncLoop ADD', { source: 'api', pods: [key] });
      w = this.adoptOrCreate(key, pod);
      if (!w) return;
    }
    w.pod = pod;
    if (pod.metadata.deletionTimestamp && !w.terminating) {
      this.klog('I', 'kubelet.go:2484', 'SyncLoop DELETE', { source: 'api', pods: [key] });
      return this.terminate(w);
    }
    if (!w.terminating) this.applySpecChanges(w, pod);
  }

  /**
   * A pod update is a pod sync (computePodActions): a container whose definition changed (its
   * image: the one container field a pod lets you change) is killed and started again with the new
   * spec whatever the restart policy; one waiting in a back-off for its old spec starts at once (the
   * back-offs are keyed by image and by container hash, and a new spec has none yet).
   */
  private applySpecChanges(w: PodWorker, pod: Pod): void {
    for (const c of w.containers) {
      const spec = pod.spec.containers?.find((s) => s.name === c.spec.name);
      if (!spec || spec === c.spec) continue;
      const before = containerHash(c.spec);
      c.spec = spec;
      if (containerHash(spec) !== before) this.syncChangedContainer(w, c);
    }
  }

  private syncChangedContainer(w: PodWorker, c: ContainerWorker): void {
    const state = stateName(c.actor);
    const hash = containerHash(c.spec);
    if (state === 'running' && c.createdHash !== hash && !c.replacing) return this.replaceContainer(w, c);
    if ((state === 'waiting.errImagePull' || state === 'waiting.imagePullBackOff') && c.failedImage !== c.spec.image) {
      this.clearTimer(c.timer);
      c.pullBackoffMs = 0;
      c.waitingMessage = undefined;
      c.actor.send({ type: 'RETRY' });
      const then = c.afterStart;
      c.afterStart = undefined;
      this.markDirty(w);
      return this.startContainer(w, c, then);
    }
    if (state === 'waiting.crashLoopBackOff' && c.createdHash !== hash) {
      this.clearTimer(c.timer);
      c.crashBackoffMs = 0;
      c.restartCount++;
      c.waitingMessage = undefined;
      c.actor.send({ type: 'RESTART' });
      this.markDirty(w);
      this.startContainer(w, c);
    }
    // Pulling, creating or starting: checked again when that step ends (see createAndStart, pullFailed).
  }

  /** killContainer with "definition changed", then the next sync starts the new one (a restart). */
  private replaceContainer(w: PodWorker, c: ContainerWorker): void {
    const pod = w.pod;
    const grace = pod.spec.terminationGracePeriodSeconds ?? 30;
    c.replacing = true;
    this.api.recordEvent(pod, 'Normal', 'Killing', `Container ${c.spec.name} definition changed, will be restarted`, { host: this.nodeName });
    this.cri({ op: 'StopContainer', containerId: c.containerId!, timeoutSeconds: grace }, { id: 'kubelet.replace-container', params: { container: c.spec.name, graceSeconds: grace } }, (r) => {
      c.replacing = false;
      if (!this.alive(w) || w.terminating) return;
      c.actor.send({ type: 'KILL' });
      const exitCode = r.ok ? r.exitCode ?? 0 : 137;
      c.lastTerminated = {
        containerID: `containerd://${c.containerId}`,
        exitCode,
        finishedAt: this.sim.timestamp(),
        reason: exitCode === 0 ? 'Completed' : 'Error',
        startedAt: timestamp(c.startedAt ?? 0),
      };
      c.terminated = undefined;
      c.restartCount++;
      c.actor.send({ type: 'RESTART' });
      this.markDirty(w);
      this.startContainer(w, c);
    }, pod);
  }

  /**
   * A mirror pod is only the API server's view of a static pod: deleting it does not stop the
   * static pod. The kubelet's pod sync deletes a mirror pod that is being deleted (grace 0) and
   * creates a new one while the static pod runs (mirrorPodClient in syncPod).
   */
  private onMirrorPod(key: string, pod: Pod): void {
    let w = this.workers.get(key);
    if (!w) {
      w = this.adoptOrCreate(key, pod);
      if (!w) return;
    }
    if (w.pod.metadata.uid !== pod.metadata.uid) this.markDirty(w);
    w.pod = pod;
    if (pod.metadata.deletionTimestamp) {
      this.api.delete('pods', pod.metadata.namespace, pod.metadata.name!, undefined, {
        gracePeriodSeconds: 0,
        narration: { id: 'kubelet.delete-mirror-pod', params: { node: this.nodeName, pod: pod.metadata.name! } },
      });
      return;
    }
    // The manifest file is the static pod's spec: a change made to its mirror pod is not applied.
  }

  /** The mirror pod of a running static pod is gone: the next sync creates it again. */
  private recreateMirrorPod(key: string): void {
    const entry = this.staticPods.get(key);
    if (!entry) return;
    const { uid: _uid, resourceVersion: _rv, creationTimestamp: _ct, deletionTimestamp: _dt, deletionGracePeriodSeconds: _dg, ...metadata } = entry.mirror.metadata;
    const mirror: Pod = { ...entry.mirror, metadata, status: undefined };
    this.api.create('pods', mirror, undefined, {
      narration: { id: 'kubelet.create-mirror-pod', params: { node: this.nodeName, pod: metadata.name! } },
    });
  }

  private adoptOrCreate(key: string, pod: Pod): PodWorker | undefined {
    const uid = this.staticPods.get(key)?.uid ?? pod.metadata.uid!;
    const existing = this.runtime.containersOf(uid);
    const w: PodWorker = {
      key, pod, uid, sandboxReady: false, startTime: pod.status?.startTime ?? this.sim.timestamp(),
      containers: [], cursor: 0, terminating: false, stopping: 0,
    };
    this.workers.set(key, w);
    for (const spec of pod.spec.containers ?? []) {
      const actor = new ContainerMachineState();
      const cw: ContainerWorker = { spec, actor, imageRef: spec.image ?? '', imageId: '', restartCount: 0, crashBackoffMs: 0, pullBackoffMs: 0 };
      const status = pod.status?.containerStatuses?.find((s) => s.name === spec.name);
      const live = existing.filter((c) => c.name === spec.name).pop();
      if (live && live.state === 'running') {
        // Adopt a running container (bootstrap pods, or a kubelet restart).
        cw.containerId = live.id;
        cw.imageRef = status?.image ?? live.image;
        cw.imageId = status?.imageID ?? live.imageId;
        cw.restartCount = status?.restartCount ?? 0;
        cw.startedAt = live.startedAt;
        cw.createdHash = containerHash(spec);
        actor.send({ type: 'PULLED' });
        actor.send({ type: 'CREATED' });
        actor.send({ type: 'STARTED' });
      }
      w.containers.push(cw);
    }
    if (w.containers.length && w.containers.every((c) => c.containerId)) {
      w.sandboxReady = true;
      w.podIP = pod.status?.podIP;
      w.cursor = w.containers.length;
      return w;
    }
    // A new pod: report ContainerCreating, then set up its sandbox.
    this.markDirty(w);
    this.cri({ op: 'RunPodSandbox', podUid: uid, podName: pod.metadata.name!, namespace: pod.metadata.namespace! }, { id: 'kubelet.run-sandbox', params: { pod: pod.metadata.name! } }, (r) => {
      if (!this.alive(w) || !r.ok) return;
      w.sandboxReady = true;
      w.podIP = pod.spec.hostNetwork ? this.hostIP : `${this.podCidrPrefix}${this.nextPodIP++}`;
      this.markDirty(w);
      this.syncNextContainer(w);
    }, pod);
    return w;
  }

  private alive(w: PodWorker): boolean {
    return this.up && this.workers.get(w.key) === w;
  }

  private syncNextContainer(w: PodWorker): void {
    if (w.terminating) return;
    const c = w.containers[w.cursor];
    if (!c) return;
    this.startContainer(w, c, () => {
      w.cursor++;
      this.syncNextContainer(w);
    });
  }

  /** Pull (per imagePullPolicy), create, start. `then` runs once the container started or failed for good. */
  private startContainer(w: PodWorker, c: ContainerWorker, then?: () => void): void {
    const pod = w.pod;
    const image = c.spec.image ?? '';
    const policy = c.spec.imagePullPolicy ?? 'IfNotPresent';
    const present = this.runtime.hasImage(image);
    if (policy === 'Never' && !present) {
      c.waitingMessage = `Container image "${image}" is not present with pull policy of Never`;
      this.api.recordEvent(pod, 'Warning', 'ErrImageNeverPull', c.waitingMessage, { host: this.nodeName });
      c.actor.send({ type: 'PULL' });
      c.actor.send({ type: 'PULL_FAILED' });
      this.markDirty(w);
      then?.();
      return;
    }
    if (policy === 'Always' || !present) {
      c.actor.send({ type: 'PULL' });
      this.api.recordEvent(pod, 'Normal', 'Pulling', `Pulling image "${image}"`, { host: this.nodeName });
      this.cri({ op: 'PullImage', image }, { id: 'kubelet.pull-image', params: { image } }, (r) => {
        if (!this.alive(w) || w.terminating) return;
        if (!r.ok) return this.pullFailed(w, c, image, r.error, r.reason, then);
        c.pullBackoffMs = 0;
        c.imageRef = r.imageRef!;
        c.imageId = r.imageId!;
        const took = goDuration(r.pulledInMs ?? 0);
        this.api.recordEvent(pod, 'Normal', 'Pulled', `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${r.sizeBytes} bytes.`, { host: this.nodeName });
        c.actor.send({ type: 'PULLED' });
        this.createAndStart(w, c, then);
      }, pod);
      return;
    }
    this.api.recordEvent(pod, 'Normal', 'Pulled', `Container image "${image}" already present on machine`, { host: this.nodeName });
    c.actor.send({ type: 'PULLED' });
    const ref = image.includes('/') ? image : `docker.io/library/${image}`;
    c.imageRef = ref.includes(':') ? ref : `${ref}:latest`;
    this.createAndStart(w, c, then);
  }

  private pullFailed(w: PodWorker, c: ContainerWorker, image: string, error: string, reason: string, then?: () => void): void {
    const pod = w.pod;
    c.failedImage = image;
    c.afterStart = then;
    if (reason === 'InvalidImageName') {
      c.waitingMessage = `Failed to apply default image tag "${image}": ${error}`;
      c.actor.send({ type: 'PULL_FAILED' });
      this.api.recordEvent(pod, 'Warning', 'InspectFailed', c.waitingMessage, { host: this.nodeName });
      this.api.recordEvent(pod, 'Warning', 'Failed', 'Error: InvalidImageName', { host: this.nodeName });
      this.markDirty(w);
      return;
    }
    c.waitingMessage = error;
    c.actor.send({ type: 'PULL_FAILED' });
    this.api.recordEvent(pod, 'Warning', 'Failed', `Failed to pull image "${image}": ${error}`, { host: this.nodeName });
    this.api.recordEvent(pod, 'Warning', 'Failed', 'Error: ErrImagePull', { host: this.nodeName });
    this.syncError(w, c, 'ErrImagePull', `failed to pull and unpack image: ${error}`);
    this.markDirty(w);
    // The image changed while this pull was on its way: the pod update's sync pulls the new one.
    if (image !== c.spec.image) return this.syncChangedContainer(w, c);
    c.pullBackoffMs = nextBackoff(c.pullBackoffMs);
    const backoff = c.pullBackoffMs;
    // The next sync finds the image in back-off: ImagePullBackOff until the back-off expires.
    c.timer = this.setTimer(PULL_BACKOFF_REPORT_MS, { id: 'kubelet.pull-backoff', params: { image, backoff: goDuration(backoff) } }, () => {
      if (!this.alive(w) || w.terminating) return;
      c.actor.send({ type: 'BACK_OFF' });
      c.waitingMessage = `Back-off pulling image "${image}"`;
      this.api.recordEvent(pod, 'Normal', 'BackOff', `Back-off pulling image "${image}"`, { host: this.nodeName });
      this.api.recordEvent(pod, 'Warning', 'Failed', 'Error: ImagePullBackOff', { host: this.nodeName });
      this.markDirty(w);
      c.timer = this.setTimer(backoff - PULL_BACKOFF_REPORT_MS, { id: 'kubelet.pull-retry', params: { image } }, () => {
        if (!this.alive(w) || w.terminating) return;
        c.actor.send({ type: 'RETRY' });
        this.startContainer(w, c, then);
      }, { background: true, kind: 'backoff', object: podRef(pod) });
    }, { kind: 'backoff', object: podRef(pod) });
  }

  /**
   * Before creating a container, the ConfigMaps and Secrets its environment refers to are read
   * (the kubelet's configmap/secret managers); a missing one or a missing key leaves the container
   * waiting in CreateContainerConfigError, retried every CONFIG_RETRY_MS.
   */
  private createAndStart(w: PodWorker, c: ContainerWorker, then?: () => void): void {
    const refs = configRefs(c.spec);
    if (!refs.length) return this.createAndStartResolved(w, c, then);
    const pod = w.pod;
    const namespace = pod.metadata.namespace ?? 'default';
    const found = new Map<string, KubeObject | undefined>();
    const keys = [...new Set(refs.map((r) => `${r.resource}/${r.name}`))];
    const next = (i: number): void => {
      if (!this.alive(w) || w.terminating) return;
      if (i < keys.length) {
        const [resource, name] = keys[i].split('/');
        this.api.get(resource, namespace, name, (r) => {
          found.set(keys[i], r.ok ? r.object : undefined);
          next(i + 1);
        });
        return;
      }
      const error = configError(refs, found, namespace);
      if (!error) return this.createAndStartResolved(w, c, then);
      c.waitingMessage = error;
      c.actor.send({ type: 'CONFIG_ERROR' });
      this.api.recordEvent(pod, 'Warning', 'Failed', `Error: ${error}`, { host: this.nodeName });
      this.markDirty(w);
      c.timer = this.setTimer(CONFIG_RETRY_MS, { id: 'kubelet.config-retry', params: { container: c.spec.name } }, () => {
        if (!this.alive(w) || w.terminating) return;
        c.actor.send({ type: 'RETRY' });
        this.createAndStart(w, c, then);
      }, { background: true, kind: 'backoff', object: podRef(pod) });
    };
    next(0);
  }

  private createAndStartResolved(w: PodWorker, c: ContainerWorker, then?: () => void): void {
    const pod = w.pod;
    const createdHash = containerHash(c.spec);
    this.cri({ op: 'CreateContainer', podUid: w.uid, podName: pod.metadata.name!, namespace: pod.metadata.namespace!, container: c.spec }, { id: 'kubelet.create-container', params: { container: c.spec.name } }, (r) => {
      if (!this.alive(w) || w.terminating || !r.ok) return;
      c.containerId = r.containerId;
      c.createdHash = createdHash;
      c.actor.send({ type: 'CREATED' });
      this.api.recordEvent(pod, 'Normal', 'Created', `Created container: ${c.spec.name}`, { host: this.nodeName });
      this.cri({ op: 'StartContainer', containerId: r.containerId! }, { id: 'kubelet.start-container', params: { container: c.spec.name } }, (s) => {
        if (!this.alive(w) || w.terminating) return;
        if (!s.ok) {
          c.actor.send({ type: 'START_FAILED' });
          const now = this.sim.timestamp();
          c.terminated = { exitCode: 128, reason: 'StartError', message: s.error, startedAt: '1970-01-01T00:00:00Z', finishedAt: now, containerID: `containerd://${c.containerId}` };
          this.api.recordEvent(pod, 'Warning', 'Failed', `Error: ${s.error}`, { host: this.nodeName });
          this.markDirty(w);
          this.afterExit(w, c, 128, then);
          return;
        }
        c.startedAt = this.sim.now();
        c.terminated = undefined;
        c.actor.send({ type: 'STARTED' });
        this.klog('I', 'kubelet.go:2512', 'SyncLoop (PLEG): event for pod', { pod: w.key, event: `{"ID":"${w.uid}","Type":"ContainerStarted","Data":"${c.containerId}"}` });
        this.api.recordEvent(pod, 'Normal', 'Started', `Started container ${c.spec.name}`, { host: this.nodeName });
        this.markDirty(w);
        then?.();
        // The spec changed while this instance was being created: the next sync replaces it.
        if (this.alive(w) && !w.terminating && c.createdHash !== containerHash(c.spec)) this.syncChangedContainer(w, c);
      }, pod);
    }, pod);
  }

  private onContainerExited(e: ContainerExitedEvent): void {
    for (const w of this.workers.values()) {
      if (w.uid !== e.podUid) continue;
      const c = w.containers.find((x) => x.containerId === e.containerId);
      if (!c || w.terminating || c.replacing) return;
      c.actor.send({ type: 'EXITED' });
      c.terminated = {
        containerID: `containerd://${e.containerId}`,
        exitCode: e.exitCode,
        finishedAt: timestamp(e.finishedAt),
        reason: e.exitCode === 0 ? 'Completed' : 'Error',
        startedAt: timestamp(e.startedAt),
      };
      if (e.finishedAt - e.startedAt >= BACKOFF_RESET_AFTER_MS) c.crashBackoffMs = 0;
      this.markDirty(w);
      this.afterExit(w, c, e.exitCode);
      return;
    }
  }

  private willRestart(pod: Pod, exitCode: number): boolean {
    const policy = pod.spec.restartPolicy ?? 'Always';
    return policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
  }

  /** Restart policy: immediately the first time, then CrashLoopBackOff with a doubling back-off. */
  private afterExit(w: PodWorker, c: ContainerWorker, exitCode: number, then?: () => void): void {
    const pod = w.pod;
    if (!this.willRestart(pod, exitCode)) {
      then?.();
      return;
    }
    const restart = () => {
      if (!this.alive(w) || w.terminating) return;
      c.lastTerminated = c.terminated;
      c.terminated = undefined;
      c.restartCount++;
      c.actor.send({ type: 'RESTART' });
      this.markDirty(w);
      this.startContainer(w, c, then);
    };
    if (c.crashBackoffMs === 0) {
      c.crashBackoffMs = nextBackoff(0);
      restart();
      return;
    }
    const backoff = c.crashBackoffMs;
    c.crashBackoffMs = nextBackoff(backoff);
    const podDesc = `${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`;
    c.actor.send({ type: 'BACK_OFF' });
    c.lastTerminated = c.terminated;
    c.terminated = undefined;
    c.waitingMessage = `back-off ${goDuration(backoff)} restarting failed container=${c.spec.name} pod=${podDesc}`;
    this.syncError(w, c, 'CrashLoopBackOff', c.waitingMessage);
    this.api.recordEvent(pod, 'Warning', 'BackOff', `Back-off restarting failed container ${c.spec.name} in pod ${podDesc}`, { host: this.nodeName });
    this.markDirty(w);
    c.timer = this.setTimer(backoff, { id: 'kubelet.crashloop-restart', params: { container: c.spec.name, backoff: goDuration(backoff) } }, () => {
      c.restartCount++;
      c.actor.send({ type: 'RESTART' });
      c.waitingMessage = undefined;
      this.markDirty(w);
      this.startContainer(w, c);
    }, { background: true, kind: 'backoff', object: podRef(pod) });
  }

  // ---- termination ----

  private terminate(w: PodWorker): void {
    w.terminating = true;
    const pod = w.pod;
    const grace = pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
    const running = w.containers.filter((c) => c.containerId && this.runtime.containers.get(c.containerId)?.state === 'running');
    for (const c of w.containers) this.clearTimer(c.timer);
    if (running.length === 0) return this.finishTermination(w);
    w.stopping = running.length;
    for (const c of running) {
      this.api.recordEvent(pod, 'Normal', 'Killing', `Stopping container ${c.spec.name}`, { host: this.nodeName });
      this.cri({ op: 'StopContainer', containerId: c.containerId!, timeoutSeconds: grace }, { id: 'kubelet.stop-container', params: { container: c.spec.name, graceSeconds: grace } }, (r) => {
        c.actor.send({ type: 'KILL' });
        c.terminated = {
          containerID: `containerd://${c.containerId}`,
          exitCode: r.ok ? r.exitCode ?? 0 : 137,
          finishedAt: this.sim.timestamp(),
          reason: r.ok && r.exitCode === 0 ? 'Completed' : 'Error',
          startedAt: timestamp(c.startedAt ?? 0),
        };
        if (--w.stopping === 0) this.finishTermination(w);
      }, pod);
    }
  }

  private finishTermination(w: PodWorker): void {
    const pod = w.pod;
    if (!this.alive(w)) return;
    // The status manager deletes the pod object (grace 0) once its containers are gone.
    this.api.delete('pods', pod.metadata.namespace, pod.metadata.name!, undefined, {
      gracePeriodSeconds: 0,
      narration: { id: 'kubelet.finalize-delete', params: { node: this.nodeName, pod: pod.metadata.name ?? '' } },
    });
  }

  private onPodDeleted(pod: Pod): void {
    const key = storeKey(pod);
    const w = this.workers.get(key);
    if (this.staticPods.has(key)) {
      if (w && w.pod.metadata.uid === pod.metadata.uid) this.recreateMirrorPod(key);
      return;
    }
    if (!w || w.pod.metadata.uid !== pod.metadata.uid) return;
    this.klog('I', 'kubelet.go:2478', 'SyncLoop REMOVE', { source: 'api', pods: [key] });
    this.workers.delete(key);
    this.dirty.delete(key);
    for (const c of w.containers) {
      this.clearTimer(c.timer);
      c.actor.stop();
      // Force-deleted while running: the kubelet still kills what is left.
      if (c.containerId && this.runtime.containers.get(c.containerId)?.state === 'running' && !w.terminating) {
        this.cri({ op: 'StopContainer', containerId: c.containerId, timeoutSeconds: 0 }, { id: 'kubelet.stop-deleted-container', params: { pod: pod.metadata.name!, container: c.spec.name } }, () => undefined, pod);
      }
    }
  }

  /** pod_workers.go's line for a sync that could not start a container (what `journalctl -u kubelet` shows for a broken pod). */
  private syncError(w: PodWorker, c: ContainerWorker, reason: string, message: string): void {
    this.klog('E', 'pod_workers.go:1301', 'Error syncing pod, skipping', { err: `failed to "StartContainer" for "${c.spec.name}" with ${reason}: ${JSON.stringify(message)}`, pod: w.key, podUID: w.uid });
  }

  // ---- status reporting ----

  private markDirty(w: PodWorker): void {
    this.dirty.add(w.key);
  }

  /** Status manager: one status patch per pod per delivered message, however many things changed. */
  private flushStatus(): void {
    if (this.dirty.size === 0 || !this.up) return;
    const keys = [...this.dirty];
    this.dirty.clear();
    for (const key of keys) {
      const w = this.workers.get(key);
      if (!w || w.terminating) continue;
      if (this.statusInFlight.has(key)) {
        this.dirty.add(key);
        continue;
      }
      const status = buildPodStatus(w.pod, w.containers.map((c) => this.containerView(w, c)), {
        now: this.sim.timestamp(),
        sandboxReady: w.sandboxReady,
        hostIP: this.hostIP,
        podIP: w.podIP,
        startTime: w.startTime,
      });
      this.statusInFlight.add(key);
      this.api.patchStatus('pods', w.pod.metadata.namespace, w.pod.metadata.name!, status as unknown as Record<string, unknown>, () => {
        this.statusInFlight.delete(key);
      });
    }
  }

  private containerView(w: PodWorker, c: ContainerWorker): ContainerView {
    const state = stateName(c.actor);
    const reason = waitingReason(state);
    let st: ContainerState;
    if (state === 'running') st = { running: { startedAt: timestamp(c.startedAt ?? 0) } };
    else if (c.terminated && state === 'terminated') st = { terminated: c.terminated };
    else st = { waiting: reason === 'ContainerCreating' ? { reason } : { message: c.waitingMessage, reason } };
    const willRestart = state !== 'terminated' || this.willRestart(w.pod, c.terminated?.exitCode ?? 0);
    return {
      name: c.spec.name,
      image: c.imageRef,
      imageID: c.imageId,
      containerID: c.containerId ? `containerd://${c.containerId}` : undefined,
      state: st,
      lastState: c.lastTerminated ? { terminated: c.lastTerminated } : {},
      ready: state === 'running',
      started: state === 'running',
      restartCount: c.restartCount,
      willRestart,
    };
  }

  // ---- CRI ----

  private cri(request: CriRequest, narration: Narration, cb: (r: CriResponse) => void, pod?: KubeObject): void {
    const callId = this.nextCallId++;
    this.criCallbacks.set(callId, cb);
    const env: CriEnvelope = { callId, request };
    this.send(this.runtime.id, 'cri', env, narration, { object: pod ? podRef(pod) : undefined });
  }

  /** For the player: the container machine state of each container of a pod on this node. */
  containerStates(namespace: string, name: string): { name: string; state: string }[] {
    const w = this.workers.get(`${namespace}/${name}`);
    return w ? w.containers.map((c) => ({ name: c.spec.name, state: stateName(c.actor) })) : [];
  }
}

/**
 * The kubelet's container hash (kubecontainer.HashContainer: a hash of the container spec's JSON,
 * kept as a label on the container). Here the JSON itself: only equality matters.
 */
function containerHash(spec: Container): string {
  return JSON.stringify(spec);
}

function stateName(actor: ContainerMachineState): string {
  return actor.value;
}

function podRef(pod: KubeObject): string {
  return `pods/${pod.metadata.namespace}/${pod.metadata.name}`;
}

function isTerminal(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

/** Healthy node conditions as the kubelet reports them. */
export function nodeConditions(now: string, since: string): Condition[] {
  const c = (type: string, status: 'True' | 'False', reason: string, message: string): Condition => ({
    lastHeartbeatTime: now, lastTransitionTime: since, message, reason, status, type,
  });
  return [
    c('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
    c('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
    c('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
    c('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
  ];
}

