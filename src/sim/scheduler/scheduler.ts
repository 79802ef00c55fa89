import { setup } from 'xstate';
import type { Node, Pod } from '../api/types.ts';
import { storeKey } from '../apiserver/client.ts';
import { Component, type SimContext } from '../cluster/component.ts';
import type { SchedulingResult } from '../cluster/types.ts';
import type { TimerHandle } from '../kernel/kernel.ts';
import { NodeInfo } from './nodeInfo.ts';
import { schedulePod } from './schedulePod.ts';

/**
 * kube-scheduler: watches pods and nodes, keeps NodeInfo per node, and schedules pending pods one
 * cycle at a time (PrioritySort queue). A chosen pod is "assumed" on its node at once and bound
 * asynchronously, as the real scheduler does, so the next cycle already counts it.
 */
export const schedulerMachine = setup({}).createMachine({
  id: 'kube-scheduler',
  initial: 'idle',
  states: {
    idle: { on: { POD_QUEUED: 'scheduling', STOP: 'stopped' } },
    scheduling: { on: { QUEUE_EMPTY: 'idle', STOP: 'stopped' } },
    stopped: { on: { START: 'idle' } },
  },
});

/** Scheduling results kept for the UI (most recent pods). */
export const MAX_KEPT_RESULTS = 256;

/** Time one scheduling cycle takes in the simulation (the real one takes well under a millisecond per pod). */
export const SCHEDULING_CYCLE_MS = 1;

export class Scheduler extends Component {
  private readonly nodeInfos = new Map<string, NodeInfo>();
  private queue: { key: string; priority: number; order: number }[] = [];
  private queued = new Set<string>();
  private readonly unschedulable = new Set<string>();
  private readonly pods = new Map<string, Pod>();
  /** Pods assumed on a node whose binding has not been confirmed by a watch event yet. */
  private readonly assumed = new Map<string, string>();
  private readonly results = new Map<string, SchedulingResult>();
  private cycleTimer: TimerHandle | undefined;
  private order = 0;
  private sortedNodes: NodeInfo[] | undefined;

  constructor(sim: SimContext) {
    super('kube-scheduler', 'kube-scheduler', sim, 'controlplane');
    // idle <-> scheduling changes with every pod: a table keeps this cheap (same machine, same states).
    this.useLifecycleTable(schedulerMachine, ['POD_QUEUED', 'QUEUE_EMPTY', 'STOP', 'START']);
    this.startInformers();
  }

  schedulingResult(namespace: string, name: string): SchedulingResult | undefined {
    return this.results.get(`${namespace}/${name}`);
  }

  protected override onStart(): void {
    this.startInformers();
  }

  protected override onStop(): void {
    this.nodeInfos.clear();
    this.queue = [];
    this.queued.clear();
    this.unschedulable.clear();
    this.pods.clear();
    this.assumed.clear();
    this.cycleTimer = undefined;
  }

  private startInformers(): void {
    // The real scheduler's pod informer excludes terminated pods with a field selector.
    this.api.informer('nodes', {}, {
      add: (n) => {
        this.nodeInfos.set(n.metadata.name!, new NodeInfo(n as Node));
        this.sortedNodes = undefined;
        for (const pod of this.pods.values()) if (pod.spec.nodeName === n.metadata.name) this.nodeInfos.get(n.metadata.name!)!.addPod(storeKey(pod), pod);
        this.retryUnschedulable();
      },
      update: (oldObj, n) => {
        const info = this.nodeInfos.get(n.metadata.name!);
        if (!info) return;
        info.setNode(n as Node);
        if (schedulingRelevantChange(oldObj as Node, n as Node)) this.retryUnschedulable();
      },
      delete: (n) => {
        this.nodeInfos.delete(n.metadata.name!);
        this.sortedNodes = undefined;
      },
    });
    this.api.informer('pods', { fieldSelector: 'status.phase!=Succeeded,status.phase!=Failed' }, {
      add: (p) => this.onPod(undefined, p as Pod),
      update: (o, p) => this.onPod(o as Pod, p as Pod),
      delete: (p) => this.onPodDeleted(p as Pod),
    });
  }

  private onPod(old: Pod | undefined, pod: Pod): void {
    const key = storeKey(pod);
    this.pods.set(key, pod);
    const node = pod.spec.nodeName;
    if (old?.spec.nodeName && old.spec.nodeName !== node) this.nodeInfos.get(old.spec.nodeName)?.removePod(key);
    if (node) {
      const assumedOn = this.assumed.get(key);
      if (assumedOn && assumedOn !== node) this.nodeInfos.get(assumedOn)?.removePod(key);
      this.assumed.delete(key);
      this.unschedulable.delete(key);
      this.nodeInfos.get(node)?.addPod(key, pod);
      return;
    }
    if (this.assumed.has(key)) return;
    if ((pod.spec.schedulerName ?? 'default-scheduler') !== 'default-scheduler') return;
    if (pod.metadata.deletionTimestamp) return;
    if (this.unschedulable.has(key) || this.queued.has(key)) return;
    this.enqueue(key, pod);
  }

  private onPodDeleted(pod: Pod): void {
    const key = storeKey(pod);
    this.pods.delete(key);
    this.unschedulable.delete(key);
    const node = pod.spec.nodeName ?? this.assumed.get(key);
    if (node) this.nodeInfos.get(node)?.removePod(key);
    this.assumed.delete(key);
    if (this.queued.has(key)) {
      this.queued.delete(key);
      this.queue = this.queue.filter((q) => q.key !== key);
    }
    // Freed resources may let waiting pods fit now.
    if (node) this.retryUnschedulable();
  }

  private enqueue(key: string, pod: Pod): void {
    this.queued.add(key);
    this.queue.push({ key, priority: pod.spec.priority ?? 0, order: this.order++ });
    // The queue stays sorted (priority, then arrival): only a higher-priority newcomer needs a re-sort.
    const previous = this.queue[this.queue.length - 2];
    if (previous && previous.priority < (pod.spec.priority ?? 0)) this.queue.sort((a, b) => b.priority - a.priority || a.order - b.order);
    if (this.stateValue() === 'idle') this.sendLifecycle('POD_QUEUED');
    this.scheduleCycle();
  }

  private retryUnschedulable(): void {
    if (this.unschedulable.size === 0) return;
    const keys = [...this.unschedulable];
    this.unschedulable.clear();
    for (const key of keys) {
      const pod = this.pods.get(key);
      if (pod && !pod.spec.nodeName) this.enqueue(key, pod);
    }
  }

  private scheduleCycle(): void {
    if (this.cycleTimer || this.queue.length === 0) return;
    const next = this.pods.get(this.queue[0].key);
    const name = next?.metadata.name ?? '';
    this.cycleTimer = this.setTimer(
      SCHEDULING_CYCLE_MS,
      { id: 'scheduler.schedule', params: { pod: name } },
      () => {
        this.cycleTimer = undefined;
        this.runCycle();
      },
      { kind: 'schedule', object: next ? `pods/${next.metadata.namespace}/${name}` : undefined },
    );
  }

  private runCycle(): void {
    const item = this.queue.shift();
    if (!item) return;
    this.queued.delete(item.key);
    const pod = this.pods.get(item.key);
    if (pod && !pod.spec.nodeName && !pod.metadata.deletionTimestamp && !this.assumed.has(item.key)) this.scheduleOne(item.key, pod);
    if (this.queue.length) this.scheduleCycle();
    else this.sendLifecycle('QUEUE_EMPTY');
  }

  private scheduleOne(key: string, pod: Pod): void {
    const nodes = (this.sortedNodes ??= [...this.nodeInfos.values()].sort((a, b) => (a.node.metadata.name! < b.node.metadata.name! ? -1 : 1)));
    const result = schedulePod(pod, nodes, this.sim.kernel.rng, this.sim.now());
    // Keep the detailed per-node results of the most recent attempts only (the UI's scheduler panel).
    this.results.delete(key);
    this.results.set(key, result);
    if (this.results.size > MAX_KEPT_RESULTS) this.results.delete(this.results.keys().next().value!);
    const ns = pod.metadata.namespace ?? 'default';
    const name = pod.metadata.name!;
    if (!result.selected) {
      this.unschedulable.add(key);
      this.api.recordEvent(pod, 'Warning', 'FailedScheduling', result.message!);
      const cond = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
      if (!cond || cond.status !== 'False' || cond.message !== result.message) {
        const others = (pod.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
        this.api.patchStatus('pods', ns, name, {
          conditions: [
            ...others,
            { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: result.message, lastProbeTime: null, lastTransitionTime: this.sim.timestamp() },
          ],
        });
      }
      return;
    }
    const nodeName = result.selected;
    const assumedPod: Pod = { ...pod, spec: { ...pod.spec, nodeName } };
    this.assumed.set(key, nodeName);
    this.nodeInfos.get(nodeName)?.addPod(key, assumedPod);
    this.api.bind(ns, name, nodeName, (r) => {
      if (r.ok) {
        this.api.recordEvent(pod, 'Normal', 'Scheduled', `Successfully assigned ${ns}/${name} to ${nodeName}`);
        return;
      }
      // Binding failed: forget the assumption and try again unless the pod is gone or already bound.
      this.assumed.delete(key);
      this.nodeInfos.get(nodeName)?.removePod(key);
      const current = this.pods.get(key);
      if (current && !current.spec.nodeName && r.reason !== 'NotFound') this.enqueue(key, current);
    });
  }
}

function schedulingRelevantChange(a: Node, b: Node): boolean {
  return (
    JSON.stringify(a.spec) !== JSON.stringify(b.spec) ||
    JSON.stringify(a.status?.allocatable) !== JSON.stringify(b.status?.allocatable) ||
    JSON.stringify(a.metadata.labels) !== JSON.stringify(b.metadata.labels)
  );
}

