// Node lifecycle controller (pkg/controller/nodelifecycle): watches node heartbeats (Ready
// condition and Lease), marks silent nodes Unknown, keeps condition taints in sync and taints
// unreachable / not-ready nodes NoExecute (rate limited per zone) so that the taint-eviction
// controller evicts their pods. Since v1.27 this taint is the only eviction mechanism.
import type { Condition, Lease, Node, Pod } from '../../api/types.ts';
import type { ControllerAction, ControllerEvent } from '../util/actions.ts';
import { formatTime } from '../util/time.ts';
import { tryUpdateNodeHealth, type NodeHealthData } from './nodeHealth.ts';
import { RateLimitedTimedQueue } from './rateLimitedQueue.ts';
import type { NodeLifecycleConfig } from './nodeLifecycleConfig.ts';
import {
  NOT_READY_NO_EXECUTE, UNREACHABLE_NO_EXECUTE, noScheduleTaintChange, noScheduleTaintUpdate, swapTaints, taintNarration, taintExists,
} from './nodeTaints.ts';

export const NODE_CONTROLLER = 'node-controller';

export type ZoneState = 'Initial' | 'Normal' | 'PartialDisruption' | 'FullDisruption';

export interface NodeLifecycleInput {
  nodes: Node[];
  leases: Lease[];
  pods: Pod[];
  nowMs: number;
}

/** GetZoneKey: region and zone labels; nodes without them share the zone "". */
export function zoneKey(node: Node): string {
  const l = node.metadata.labels ?? {};
  const region = l['topology.kubernetes.io/region'] ?? l['failure-domain.beta.kubernetes.io/region'] ?? '';
  const zone = l['topology.kubernetes.io/zone'] ?? l['failure-domain.beta.kubernetes.io/zone'] ?? '';
  return region === '' && zone === '' ? '' : `${region}:\u0000:${zone}`;
}

function nodeEvent(node: Node, reason: string, message: string): ControllerEvent {
  return {
    involvedObject: { apiVersion: 'v1', kind: 'Node', name: node.metadata.name ?? '', uid: node.metadata.uid },
    type: 'Normal', reason, message, source: NODE_CONTROLLER,
  };
}

export class NodeLifecycleController {
  readonly health = new Map<string, NodeHealthData>();
  readonly zoneStates = new Map<string, ZoneState>();
  readonly tainters = new Map<string, RateLimitedTimedQueue>();
  private readonly known = new Map<string, Node>();

  constructor(readonly config: NodeLifecycleConfig) {}

  /** Nodes that were registered before this process started (no RegisteredNode event for them). */
  primeKnownNodes(nodes: Node[]): void {
    for (const n of nodes) this.known.set(n.metadata.name ?? '', n);
  }

  /** doNoScheduleTaintingPass, run on every node add/update event. */
  onNodeUpdate(node: Node, nowMs: number): ControllerAction[] {
    const updated = noScheduleTaintUpdate(node, nowMs);
    if (!updated) return [];
    const change = noScheduleTaintChange(node);
    return [{ type: 'update', object: updated, narration: taintNarration(node, change.add, change.remove) }];
  }

  /** monitorNodeHealth, every node-monitor-period. */
  monitorNodeHealth(input: NodeLifecycleInput): ControllerAction[] {
    const { nowMs } = input;
    const actions: ControllerAction[] = [];
    const byName = new Map(input.nodes.map((n) => [n.metadata.name ?? '', n]));
    // Nodes as this pass will leave them; taint changes build on the latest copy.
    const latest = new Map(byName);

    for (const node of input.nodes) {
      const name = node.metadata.name ?? '';
      if (this.known.has(name)) continue;
      this.known.set(name, node);
      actions.push({ type: 'event', event: nodeEvent(node, 'RegisteredNode', `Registered Node ${name} in Controller`) });
      this.tainterFor(zoneKey(node), nowMs);
      this.markNodeAsReachable(node, latest, actions, nowMs);
    }
    for (const [name, node] of [...this.known]) {
      if (byName.has(name)) continue;
      actions.push({ type: 'event', event: nodeEvent(node, 'RemovingNode', `Removing Node ${name} from Controller`) });
      this.known.delete(name);
      this.health.delete(name);
      this.tainters.get(zoneKey(node))?.remove(name);
    }

    const zoneConditions = new Map<string, (Condition | undefined)[]>();
    for (const node of input.nodes) {
      const name = node.metadata.name ?? '';
      const lease = input.leases.find((l) => l.metadata.name === name && l.metadata.namespace === 'kube-node-lease');
      const r = tryUpdateNodeHealth(this.health, node, lease, nowMs, this.config.nodeMonitorGracePeriodMs, this.config.nodeStartupGracePeriodMs);
      if (r.statusUpdate) {
        actions.push({ type: 'updateStatus', object: r.statusUpdate });
        latest.set(name, r.statusUpdate);
      }
      if (!node.metadata.labels?.['node.kubernetes.io/exclude-disruption']) {
        const zone = zoneKey(node);
        zoneConditions.set(zone, [...(zoneConditions.get(zone) ?? []), r.currentReady]);
      }
      if (!r.currentReady) continue;
      this.processTaintBaseEviction(latest.get(name)!, r.observedReady, latest, actions, nowMs);
      if (r.currentReady.status !== 'True' && r.observedReady.status === 'True') {
        actions.push({ type: 'event', event: nodeEvent(node, 'NodeNotReady', `Node ${name} status is now: NodeNotReady`) });
        actions.push(...markPodsNotReady(input.pods, name, nowMs));
      }
    }
    this.handleDisruption(zoneConditions, input.nodes, latest, actions, nowMs);
    return actions;
  }

  /** doNoExecuteTaintingPass, every nodeEvictionPeriod (100 ms). */
  doNoExecuteTaintingPass(nodes: Node[], nowMs: number): ControllerAction[] {
    const actions: ControllerAction[] = [];
    const byName = new Map(nodes.map((n) => [n.metadata.name ?? '', n]));
    for (const zone of [...this.tainters.keys()].sort()) {
      this.tainters.get(zone)!.try(nowMs, (name) => {
        const node = byName.get(name);
        if (!node) return { done: true };
        const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
        if (!ready) return { done: false, retryAfterMs: 50 };
        let add;
        let opposite;
        if (ready.status === 'False') {
          add = NOT_READY_NO_EXECUTE;
          opposite = UNREACHABLE_NO_EXECUTE;
        } else if (ready.status === 'Unknown') {
          add = UNREACHABLE_NO_EXECUTE;
          opposite = NOT_READY_NO_EXECUTE;
        } else {
          return { done: true }; // ready again
        }
        const updated = swapTaints(node, [add], [opposite], nowMs);
        if (updated) actions.push({ type: 'update', object: updated, narration: taintNarration(node, [add], [opposite]) });
        return { done: true };
      });
    }
    return actions;
  }

  /** True while some node waits in a NoExecute tainting queue (the actor then keeps its 100 ms timer). */
  hasPendingTainting(): boolean {
    for (const q of this.tainters.values()) if (q.size > 0) return true;
    return false;
  }

  /** When the next tainting pass can do something: a queued node and a rate-limiter token. */
  nextTaintingAt(nowMs: number): number | undefined {
    let next: number | undefined;
    for (const q of this.tainters.values()) {
      const at = q.nextAttemptAt(nowMs);
      if (at !== undefined && (next === undefined || at < next)) next = at;
    }
    return next;
  }

  private tainterFor(zone: string, nowMs: number): RateLimitedTimedQueue {
    let q = this.tainters.get(zone);
    if (!q) {
      q = new RateLimitedTimedQueue(this.config.evictionLimiterQps, nowMs);
      this.tainters.set(zone, q);
      this.zoneStates.set(zone, 'Initial');
    }
    return q;
  }

  private processTaintBaseEviction(node: Node, observed: Condition, latest: Map<string, Node>, actions: ControllerAction[], nowMs: number): void {
    const name = node.metadata.name ?? '';
    const zone = zoneKey(node);
    if (observed.status === 'False') {
      if (taintExists(node.spec.taints, UNREACHABLE_NO_EXECUTE)) {
        this.pushSwap(node, [NOT_READY_NO_EXECUTE], [UNREACHABLE_NO_EXECUTE], latest, actions, nowMs);
      } else if (!taintExists(node.spec.taints, NOT_READY_NO_EXECUTE)) {
        // Kubernetes re-queues an already tainted node every pass and the queue then swaps nothing;
        // skipping that no-op keeps the log readable (it only spends a rate-limiter token).
        this.tainterFor(zone, nowMs).add(name, nowMs);
      }
    } else if (observed.status === 'Unknown') {
      if (taintExists(node.spec.taints, NOT_READY_NO_EXECUTE)) {
        this.pushSwap(node, [UNREACHABLE_NO_EXECUTE], [NOT_READY_NO_EXECUTE], latest, actions, nowMs);
      } else if (!taintExists(node.spec.taints, UNREACHABLE_NO_EXECUTE)) {
        this.tainterFor(zone, nowMs).add(name, nowMs);
      }
    } else if (observed.status === 'True') {
      this.markNodeAsReachable(node, latest, actions, nowMs);
    }
  }

  private markNodeAsReachable(node: Node, latest: Map<string, Node>, actions: ControllerAction[], nowMs: number): void {
    const name = node.metadata.name ?? '';
    this.pushSwap(latest.get(name) ?? node, [], [UNREACHABLE_NO_EXECUTE, NOT_READY_NO_EXECUTE], latest, actions, nowMs);
    this.tainters.get(zoneKey(node))?.remove(name);
  }

  private pushSwap(node: Node, add: typeof UNREACHABLE_NO_EXECUTE[], remove: typeof UNREACHABLE_NO_EXECUTE[], latest: Map<string, Node>, actions: ControllerAction[], nowMs: number): void {
    const updated = swapTaints(node, add, remove, nowMs);
    if (!updated) return;
    actions.push({ type: 'update', object: updated, narration: taintNarration(node, add, remove) });
    latest.set(node.metadata.name ?? '', updated);
  }

  /** ComputeZoneState. */
  computeZoneState(conditions: (Condition | undefined)[]): ZoneState {
    let ready = 0;
    let notReady = 0;
    for (const c of conditions) {
      if (c?.status === 'True') ready++;
      else notReady++;
    }
    if (ready === 0 && notReady > 0) return 'FullDisruption';
    if (notReady > 2 && notReady / (notReady + ready) >= this.config.unhealthyZoneThreshold) return 'PartialDisruption';
    return 'Normal';
  }

  private limiterFor(state: ZoneState, zoneSize: number): number {
    if (state === 'PartialDisruption') {
      // ReducedQPSFunc: small clusters stop evicting when a zone is partially disrupted.
      return zoneSize > this.config.largeClusterThreshold ? this.config.secondaryEvictionLimiterQps : 0;
    }
    return this.config.evictionLimiterQps;
  }

  /** handleDisruption: if every zone is fully disrupted, stop evicting (likely a control-plane network problem). */
  private handleDisruption(zoneConditions: Map<string, (Condition | undefined)[]>, nodes: Node[], latest: Map<string, Node>, actions: ControllerAction[], nowMs: number): void {
    const newStates = new Map<string, ZoneState>();
    let allAreFullyDisrupted = true;
    for (const [zone, conditions] of zoneConditions) {
      const s = this.computeZoneState(conditions);
      newStates.set(zone, s);
      if (s !== 'FullDisruption') allAreFullyDisrupted = false;
      if (!this.zoneStates.has(zone)) this.zoneStates.set(zone, 'Initial');
    }
    let allWasFullyDisrupted = true;
    for (const [zone, state] of [...this.zoneStates]) {
      if (!zoneConditions.has(zone)) {
        this.zoneStates.delete(zone);
        continue;
      }
      if (state !== 'FullDisruption') {
        allWasFullyDisrupted = false;
        break;
      }
    }
    if (allAreFullyDisrupted && allWasFullyDisrupted) return;
    if (allAreFullyDisrupted) {
      for (const node of nodes) this.markNodeAsReachable(latest.get(node.metadata.name ?? '') ?? node, latest, actions, nowMs);
      for (const zone of this.zoneStates.keys()) {
        this.tainterFor(zone, nowMs).limiter.swap(0, nowMs);
        this.zoneStates.set(zone, 'FullDisruption');
      }
      return;
    }
    if (allWasFullyDisrupted) {
      for (const node of nodes) {
        const h = this.health.get(node.metadata.name ?? '');
        if (h) this.health.set(node.metadata.name ?? '', { ...h, probeTimestamp: nowMs, readyTransitionTimestamp: nowMs });
      }
      for (const zone of this.zoneStates.keys()) {
        const s = newStates.get(zone) ?? 'Normal';
        this.tainterFor(zone, nowMs).limiter.swap(this.limiterFor(s, zoneConditions.get(zone)?.length ?? 0), nowMs);
        this.zoneStates.set(zone, s);
      }
      return;
    }
    for (const [zone, state] of this.zoneStates) {
      const s = newStates.get(zone);
      if (!s || s === state) continue;
      this.tainterFor(zone, nowMs).limiter.swap(this.limiterFor(s, zoneConditions.get(zone)?.length ?? 0), nowMs);
      this.zoneStates.set(zone, s);
    }
  }
}

/** MarkPodsNotReady: the Ready condition of every pod on the node becomes False, with a Warning event. */
export function markPodsNotReady(pods: Pod[], nodeName: string, nowMs: number): ControllerAction[] {
  const actions: ControllerAction[] = [];
  for (const pod of pods) {
    if (pod.spec.nodeName !== nodeName) continue;
    const ready = pod.status?.conditions?.find((c) => c.type === 'Ready');
    if (!ready || ready.status === 'False') continue;
    const copy: Pod = JSON.parse(JSON.stringify(pod));
    const c = copy.status!.conditions!.find((x) => x.type === 'Ready')!;
    c.status = 'False';
    c.lastTransitionTime = formatTime(nowMs);
    actions.push({
      type: 'updateStatus',
      object: copy,
      narration: { id: 'controller.mark-not-ready', params: { controller: 'node-lifecycle-controller', pod: pod.metadata.name ?? '' } },
      event: {
        involvedObject: { apiVersion: 'v1', kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name ?? '', uid: pod.metadata.uid },
        type: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready', source: NODE_CONTROLLER,
      },
    });
  }
  return actions;
}
