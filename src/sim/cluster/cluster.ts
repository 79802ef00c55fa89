import { containerPrompt, containerShell } from '../cli/shell/containerShell.ts';
import './extensionModules.ts';
import { EPOCH_MS } from '../api/meta.ts';
import { summarizeEntry } from '../etcd/server/logSummary.ts';
import { resolveResource } from '../api/resources.ts';
import type { KubeObject, Node, Pod } from '../api/types.ts';
import { ApiServer } from '../apiserver/apiServer.ts';
import type { KvBackend } from '../apiserver/storage.ts';
import { Kernel } from '../kernel/kernel.ts';
import type { LogEntry } from '../kernel/log.ts';
import { Kubelet } from '../node/kubelet/kubelet.ts';
import type { KubeProxy } from '../node/kube-proxy/kubeProxy.ts';
import { ContainerRuntime } from '../node/runtime/containerRuntime.ts';
import { Scheduler } from '../scheduler/scheduler.ts';
import { bootstrap, DEFAULT_NODES, type BootResult } from './bootstrap.ts';
import { ClientProcess } from './client.ts';
import { CommandRunner } from './commandRunner.ts';
import { createSimContext, type Component, type SimContext } from './component.ts';
import { EtcdGroup } from './etcdGroup.ts';
import { createEtcdctlPort } from './etcdctlPort.ts';
import { createNodeHosts, type NodeAccess } from './nodeHosts.ts';
import { wireControlPlaneProcesses } from './controlPlaneProcesses.ts';
import { CrictlClient } from './crictlClient.ts';
import { shellPrompt } from '../cli/nodeSession.ts';
import type { EtcdMemberHost } from './etcdMemberHost.ts';
import { standardComposition } from './composition.ts';
import { nodeStatusText, podReadyText, podStatusText } from '../cli/kubectl/podStatus.ts';
import type { Cluster, ClusterOptions, ClusterView, ComponentMachineView, ExecOptions, ExecResult, NodeView, PodView, SchedulingResult } from './types.ts';
import type { EditAnswer, EditRequest } from '../cli/editor/editRequest.ts';

/** Hard bound for exec(): a command that never completes (watch, wait) stops after this much virtual time. */
const EXEC_MAX_VIRTUAL_MS = 10 * 60_000;
const EXEC_MAX_STEPS = 5_000_000;
/** Start-up traffic (informers' initial list/watch) delivered before virtual time 0. */
const STARTUP_MS = 20;

export class SimCluster implements Cluster {
  readonly kernel: Kernel;
  readonly sim: SimContext;
  readonly components = new Map<string, Component>();
  readonly apiServer: ApiServer;
  readonly scheduler: Scheduler;
  readonly kubelets = new Map<string, Kubelet>();
  readonly runtimes = new Map<string, ContainerRuntime>();
  readonly etcdMembers: EtcdMemberHost[] = [];
  readonly store: KvBackend;
  readonly etcd: EtcdGroup;
  readonly boot: BootResult;
  /** The nodes' operating systems: disks, systemd units, journals. */
  readonly nodes: NodeAccess;
  private readonly runner: CommandRunner;

  constructor(opts: ClusterOptions = {}) {
    this.kernel = new Kernel(opts.seed ?? 1);
    if (opts.logWindow !== undefined && opts.logWindow > 0) this.kernel.logWindow = Math.floor(opts.logWindow);
    this.sim = createSimContext(this.kernel, this.components);
    const nodeOpts = opts.nodes && opts.nodes.length ? opts.nodes : DEFAULT_NODES;
    const memberCount = opts.etcdMembers ?? 1;
    const controlPlane = nodeOpts.find((n) => n.controlPlane) ?? nodeOpts[0];
    const controlPlaneIp = `192.168.1.${10 + nodeOpts.indexOf(controlPlane)}`;

    this.etcd = new EtcdGroup(memberCount, { name: controlPlane.name, ip: controlPlaneIp }, this.kernel.rng);
    this.store = this.etcd;
    this.boot = bootstrap(this.store, this.kernel.rng, nodeOpts, this.etcd.infos.map((i) => i.name), memberCount > 1 ? this.etcd.infos.map((i) => i.clientURLs[0]) : []);
    for (const host of this.etcd.createHosts(this.sim, (name) => (memberCount === 1 ? controlPlane.name : name))) this.add(host);
    this.etcdMembers.push(...this.etcd.hosts);

    const composition = opts.composition ?? standardComposition;
    this.apiServer = new ApiServer(this.sim, this.etcdMembers.map((m) => m.id), composition.admissionPlugins);
    this.add(this.apiServer);
    this.apiServer.loadFromStore(this.store.entries());
    this.apiServer.followStore(this.store.revision());

    this.scheduler = new Scheduler(this.sim);
    this.add(this.scheduler);

    for (const node of this.boot.nodes) {
      const runtime = new ContainerRuntime(this.sim, node.name);
      this.add(runtime);
      this.runtimes.set(node.name, runtime);
      const kubelet = new Kubelet(this.sim, node.name, runtime, node.ip, node.podCidrPrefix);
      kubelet.conditionsSince = node.joinedAt + 15_000;
      this.add(kubelet);
      this.kubelets.set(node.name, kubelet);
      kubelet.setStaticPods(this.boot.staticPods.filter((p) => p.node === node.name));
    }
    for (const c of this.boot.containers) {
      this.runtimes.get(c.node)?.adoptRunning({
        id: c.id, podUid: c.podUid, podName: c.podName, namespace: c.namespace, name: c.name, image: c.image, imageId: c.imageId, startedAt: c.startedAt, argv: c.argv,
      });
      this.kubelets.get(c.node)?.reservePodIP(c.podIP);
    }
    this.nodes = createNodeHosts(this.kernel, this.boot, this.kubelets, this.runtimes, memberCount === 1);
    for (const kubelet of this.kubelets.values()) kubelet.boot();

    const session: Record<string, unknown> = {};
    for (const ext of composition.components) {
      ext.create({ sim: this.sim, apiServer: this.apiServer, boot: this.boot, session, controllers: composition.controllers, add: (c) => this.add(c), component: (id) => this.components.get(id) });
    }

    const kubectl = new ClientProcess(this.sim, 'kubectl');
    const etcdctl = new ClientProcess(this.sim, 'etcdctl');
    this.add(kubectl);
    this.add(etcdctl);
    this.runner = new CommandRunner(this.kernel, kubectl, etcdctl, () => this.apiServer.currentEtcdEndpoint(), (r, ns, n) => this.apiServer.cached(r, ns, n));
    this.runner.peekList = (r, ns) => this.apiServer.cachedList(r, ns);
    Object.assign(this.runner.session, session);
    // External etcd (3/5 members): the control-plane shell's profile points etcdctl at the members.
    if (memberCount > 1) {
      this.runner.session.hostEnv = { ETCDCTL_ENDPOINTS: this.etcd.infos.map((i) => i.clientURLs[0]).join(',') };
    }
    this.runner.etcdctlPort = createEtcdctlPort(this.kernel, etcdctl, () => this.etcd.hosts);
    this.runner.session.nodes = this.nodes;
    const crictl = new CrictlClient(this.sim);
    this.add(crictl);
    this.runner.criPort = (node, request, done) => crictl.call(node, request, done);
    wireControlPlaneProcesses(this, controlPlane.name, memberCount === 1);
    // Informers list+watch at start-up: deliver that traffic now so virtual time 0 is a settled cluster.
    this.kernel.advance(STARTUP_MS);
    this.kernel.rebase();
    this.kernel.clearLog();
  }

  private add(component: Component): void {
    this.components.set(component.id, component);
  }

  get log(): LogEntry[] {
    return this.kernel.log;
  }

  get logStart(): number {
    return this.kernel.logStart;
  }

  now(): number {
    return this.kernel.now();
  }

  exec(line: string, opts?: ExecOptions): ExecResult {
    // Nobody sits at an exec'd line's editor: without an answer function it quits unsaved.
    const { id } = this.submit(line, { ...opts, editor: opts?.editor ?? (() => null) });
    const deadline = this.kernel.now() + EXEC_MAX_VIRTUAL_MS;
    let steps = 0;
    while (!this.runner.result(id) && steps < EXEC_MAX_STEPS) {
      const next = this.kernel.nextTime();
      if (next === undefined || next > deadline) break;
      this.kernel.step();
      steps++;
    }
    const result = this.runner.result(id);
    this.runner.release(id);
    return result ?? { stdout: '', stderr: 'error: the command did not complete\n', exitCode: 1 };
  }

  submit(line: string, opts?: ExecOptions): { id: number } {
    return this.runner.submit(line, opts);
  }

  result(id: number): ExecResult | undefined {
    return this.runner.result(id);
  }

  pendingEdit(): EditRequest | undefined {
    return this.runner.pendingEdit();
  }

  answerEdit(answer: EditAnswer): boolean {
    return this.runner.answerEdit(answer);
  }

  files(): Record<string, string> {
    return { ...this.runner.savedFiles() };
  }

  writeFiles(files: Record<string, string>): void {
    Object.assign(this.runner.savedFiles(), files);
  }

  step(): LogEntry | undefined {
    return this.kernel.step();
  }

  advance(ms: number): void {
    this.kernel.advance(ms);
  }

  settle(): void {
    this.kernel.settle();
  }

  onEvent(listener: (entry: LogEntry) => void): () => void {
    return this.kernel.onDeliver(listener);
  }

  stopKubelet(node: string): void {
    // What `systemctl stop kubelet` does on the node: systemd stops the process and says so in the journal.
    if (this.nodes.unit(node, 'kubelet')) this.nodes.systemctl(node, 'stop', 'kubelet');
    else this.kubelets.get(node)?.stop();
  }

  startKubelet(node: string): void {
    if (this.nodes.unit(node, 'kubelet')) this.nodes.systemctl(node, 'start', 'kubelet');
    else this.kubelets.get(node)?.start();
  }

  prompt(): string {
    const inContainer = containerShell(this.runner.session);
    return inContainer ? containerPrompt(inContainer) : shellPrompt(this.runner.session);
  }

  private member(name: string): EtcdMemberHost | undefined {
    return this.etcdMembers.find((m) => m.memberName === name || m.id === name);
  }

  stopEtcdMember(name: string): void {
    this.member(name)?.stop();
  }

  startEtcdMember(name: string): void {
    this.member(name)?.start();
  }

  deletePod(namespace: string, name: string): void {
    // The names become words of a command line: anything but a DNS name (a space, a quote, `;`) is refused.
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace) || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name)) return;
    this.submit(`kubectl delete pod ${name} -n ${namespace} --wait=false`);
  }

  getObject(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const rk = resolveResource(kind);
    if (!rk) return undefined;
    const obj = this.apiServer.cached(rk.plural, rk.namespaced ? namespace ?? 'default' : undefined, name);
    return obj ? structuredClone(obj) : undefined;
  }

  listObjects(kind: string, namespace?: string): KubeObject[] {
    const rk = resolveResource(kind);
    if (!rk) return [];
    return this.apiServer
      .cachedList(rk.plural, namespace)
      .sort((a, b) => keyOf(a).localeCompare(keyOf(b)))
      .map((o) => structuredClone(o));
  }

  schedulingResult(namespace: string, podName: string): SchedulingResult | undefined {
    return this.scheduler.schedulingResult(namespace, podName);
  }

  etcdKeys(): string[] {
    return this.store
      .entries()
      .map((kv) => kv.key)
      .sort();
  }

  proxyRules(node: string): string | undefined {
    const proxy = this.components.get(`kube-proxy-${node}`) as KubeProxy | undefined;
    // iptables-save's header and footer comments carry the time of the save, on the simulated wall clock.
    return proxy?.iptablesSave(EPOCH_MS + this.kernel.now(), 'nat');
  }

  componentMachine(componentId: string): ComponentMachineView | undefined {
    const c = this.components.get(componentId);
    if (!c) return undefined;
    return { id: c.id, machine: c.machine(), state: c.stateValue() };
  }

  snapshot(): ClusterView {
    const now = this.kernel.now();
    const components = [...this.components.values()]
      .filter((c) => c.kind !== 'client')
      .map((c) => ({ id: c.id, kind: c.kind, node: c.node, up: c.up, state: c.stateValue() }));
    const pods = this.apiServer.cachedList('pods') as Pod[];
    const podView = (p: Pod): PodView => ({
      namespace: p.metadata.namespace!,
      name: p.metadata.name!,
      phase: p.status?.phase ?? 'Pending',
      status: podStatusText(p),
      ready: podReadyText(p),
      restarts: (p.status?.containerStatuses ?? []).reduce((a, c) => a + c.restartCount, 0),
    });
    const nodes: NodeView[] = (this.apiServer.cachedList('nodes') as Node[]).map((n) => ({
      name: n.metadata.name!,
      roles: Object.keys(n.metadata.labels ?? {}).filter((l) => l.startsWith('node-role.kubernetes.io/')).map((l) => l.slice('node-role.kubernetes.io/'.length)),
      ready: nodeStatusText(n),
      pods: pods.filter((p) => p.spec.nodeName === n.metadata.name).map(podView),
    }));
    const revision = this.store.revision();
    return {
      time: now,
      components,
      nodes,
      pendingPods: pods.filter((p) => !p.spec.nodeName).map(podView),
      etcd: {
        revision,
        members: this.etcdMembers.map((m) => {
          const raft = m.member.raft();
          return {
            name: m.memberName,
            id: m.member.id,
            role: !m.up ? ('stopped' as const) : raft.state,
            term: raft.term,
            up: m.up,
            commitIndex: raft.commit,
            lastIndex: raft.lastIndex(),
            log: raft.entries().slice(-RAFT_LOG_TAIL).map(summarizeEntry),
          };
        }),
      },
    };
  }
}

/** How many of each etcd member's last Raft log entries the snapshot carries (the player's etcd panel). */
export const RAFT_LOG_TAIL = 6;

function keyOf(o: KubeObject): string {
  return `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
}

export function createCluster(opts: ClusterOptions = {}): Cluster {
  return new SimCluster(opts);
}
