// Taint-eviction controller (pkg/controller/tainteviction, the former NoExecute taint manager):
// a pod on a node with NoExecute taints is deleted at once if it does not tolerate them all,
// or after the shortest tolerationSeconds among the tolerations used (300 s for not-ready and
// unreachable, added to every pod at admission). The timer starts when the controller sees the
// taint, and is cancelled if the taint goes away first.
import type { Node, Pod, Taint, Toleration } from '../../api/types.ts';
import type { ControllerAction, ControllerEvent } from '../util/actions.ts';
import { formatTime } from '../util/time.ts';

export const TAINT_EVICTION_CONTROLLER = 'taint-eviction-controller';

interface ScheduledEviction {
  createdAt: number;
  fireAt: number;
}

/** Toleration.ToleratesTaint. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  switch (t.operator ?? 'Equal') {
    case 'Exists':
      return true;
    case 'Equal':
      return (t.value ?? '') === (taint.value ?? '');
    default:
      return false;
  }
}

/** GetMatchingTolerations: all taints tolerated, and the tolerations that did it. */
export function matchingTolerations(taints: Taint[], tolerations: Toleration[]): { all: boolean; used: Toleration[] } {
  const used: Toleration[] = [];
  for (const taint of taints) {
    const t = tolerations.find((x) => toleratesTaint(x, taint));
    if (!t) return { all: false, used: [] };
    used.push(t);
  }
  return { all: true, used };
}

/** getMinTolerationTime in ms; -1 means tolerated forever. */
export function minTolerationTimeMs(used: Toleration[]): number {
  let min = -1;
  for (const t of used) {
    if (t.tolerationSeconds === undefined) continue;
    const ms = Math.max(0, t.tolerationSeconds) * 1000;
    if (min < 0 || ms < min) min = ms;
  }
  return used.length === 0 ? 0 : min;
}

function podKey(pod: Pod): string {
  return `${pod.metadata.namespace}/${pod.metadata.name}`;
}

export class TaintEvictionController {
  private readonly scheduled = new Map<string, ScheduledEviction>();

  /**
   * handlePodUpdate / handleNodeUpdate: re-evaluate the pods on `node`. Returns cancellation
   * events (immediate) and the deletions that are already due.
   */
  reconcileNode(node: Node | undefined, pods: Pod[], nowMs: number): ControllerAction[] {
    const actions: ControllerAction[] = [];
    const taints = (node?.spec.taints ?? []).filter((t) => t.effect === 'NoExecute');
    for (const pod of pods) {
      if (!node || pod.spec.nodeName !== node.metadata.name) continue;
      if (pod.metadata.deletionTimestamp) continue;
      this.processPod(pod, taints, nowMs, actions);
    }
    return [...actions, ...this.fireDue(pods, nowMs)];
  }

  /** A pod went away: forget its timer without an event. */
  forgetPod(namespace: string | undefined, name: string | undefined): void {
    this.scheduled.delete(`${namespace}/${name}`);
  }

  /** Earliest pending eviction time, for the actor's timer. */
  nextFireAt(): number | undefined {
    let next: number | undefined;
    for (const s of this.scheduled.values()) if (next === undefined || s.fireAt < next) next = s.fireAt;
    return next;
  }

  scheduledFor(namespace: string, name: string): number | undefined {
    return this.scheduled.get(`${namespace}/${name}`)?.fireAt;
  }

  /** Deletions whose time has come: event, DisruptionTarget condition, delete. */
  fireDue(pods: Pod[], nowMs: number): ControllerAction[] {
    const actions: ControllerAction[] = [];
    for (const [key, s] of [...this.scheduled].sort((a, b) => a[1].fireAt - b[1].fireAt || (a[0] < b[0] ? -1 : 1))) {
      if (s.fireAt > nowMs) continue;
      this.scheduled.delete(key);
      const pod = pods.find((p) => podKey(p) === key);
      if (!pod) continue;
      actions.push({ type: 'event', event: podEvent(pod, 'TaintManagerEviction', `Marking for deletion Pod ${key}`) });
      const copy: Pod = JSON.parse(JSON.stringify(pod));
      const status = (copy.status ??= {});
      const conditions = (status.conditions ??= []);
      if (!conditions.some((c) => c.type === 'DisruptionTarget' && c.status === 'True')) {
        conditions.push({
          type: 'DisruptionTarget', status: 'True', lastProbeTime: null, lastTransitionTime: formatTime(nowMs),
          reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint',
        });
        actions.push({ type: 'updateStatus', object: copy });
      }
      actions.push({
        type: 'delete',
        target: { apiVersion: 'v1', kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name ?? '', uid: pod.metadata.uid },
      });
    }
    return actions;
  }

  private processPod(pod: Pod, taints: Taint[], nowMs: number, actions: ControllerAction[]): void {
    const key = podKey(pod);
    if (taints.length === 0) {
      this.cancel(pod, actions);
      return;
    }
    const { all, used } = matchingTolerations(taints, pod.spec.tolerations ?? []);
    if (!all) {
      this.cancel(pod, actions);
      this.scheduled.set(key, { createdAt: nowMs, fireAt: nowMs });
      return;
    }
    const min = minTolerationTimeMs(used);
    if (min < 0) {
      this.cancel(pod, actions);
      return;
    }
    let start = nowMs;
    const existing = this.scheduled.get(key);
    if (existing) {
      start = existing.createdAt;
      if (start + min < nowMs + min) return; // keep the earlier deadline
    }
    this.scheduled.set(key, { createdAt: start, fireAt: start + min });
  }

  private cancel(pod: Pod, actions: ControllerAction[]): void {
    const key = podKey(pod);
    if (!this.scheduled.delete(key)) return;
    actions.push({ type: 'event', event: podEvent(pod, 'TaintManagerEviction', `Cancelling deletion of Pod ${key}`) });
  }
}

function podEvent(pod: Pod, reason: string, message: string): ControllerEvent {
  return {
    involvedObject: { apiVersion: 'v1', kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name ?? '', uid: pod.metadata.uid },
    type: 'Normal', reason, message, source: TAINT_EVICTION_CONTROLLER,
  };
}

