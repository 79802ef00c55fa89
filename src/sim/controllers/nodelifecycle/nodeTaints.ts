// Taints the node lifecycle controller manages (node_lifecycle_controller.go): condition taints
// with effect NoSchedule, and not-ready/unreachable with effect NoExecute for taint-based eviction.
import type { Node, Taint } from '../../api/types.ts';
import { formatTime } from '../util/time.ts';
import type { Narration } from '../../kernel/log.ts';

export const TAINT_NOT_READY = 'node.kubernetes.io/not-ready';
export const TAINT_UNREACHABLE = 'node.kubernetes.io/unreachable';
export const TAINT_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';

export const NOT_READY_NO_EXECUTE: Taint = { key: TAINT_NOT_READY, effect: 'NoExecute' };
export const UNREACHABLE_NO_EXECUTE: Taint = { key: TAINT_UNREACHABLE, effect: 'NoExecute' };

/** nodeConditionToTaintKeyStatusMap. */
const CONDITION_TAINTS: Record<string, Partial<Record<'True' | 'False' | 'Unknown', string>>> = {
  Ready: { False: TAINT_NOT_READY, Unknown: TAINT_UNREACHABLE },
  MemoryPressure: { True: 'node.kubernetes.io/memory-pressure' },
  DiskPressure: { True: 'node.kubernetes.io/disk-pressure' },
  NetworkUnavailable: { True: 'node.kubernetes.io/network-unavailable' },
  PIDPressure: { True: 'node.kubernetes.io/pid-pressure' },
};
const CONDITION_TAINT_KEYS = new Set(Object.values(CONDITION_TAINTS).flatMap((m) => Object.values(m)));

const sameTaint = (a: Taint, b: Taint) => a.key === b.key && a.effect === b.effect;

export function taintExists(taints: Taint[] | undefined, t: Taint): boolean {
  return (taints ?? []).some((x) => sameTaint(x, t));
}

/**
 * SwapNodeControllerTaint: a copy of the node with `add` (stamped with timeAdded) and without
 * `remove`, or undefined when nothing changes.
 */
/** The narration of a taint swap: the taints it really adds and removes. */
export function taintNarration(node: Node, add: Taint[], remove: Taint[]): Narration {
  const name = node.metadata.name ?? '';
  const has = (t: Taint) => (node.spec.taints ?? []).some((x) => sameTaint(x, t));
  const added = add.filter((t) => !has(t)).map((t) => `${t.key}:${t.effect}`);
  const removed = remove.filter(has).map((t) => `${t.key}:${t.effect}`);
  return { id: 'controller.taint', params: { controller: 'node-lifecycle-controller', node: name, added, removed } };
}

export function swapTaints(node: Node, add: Taint[], remove: Taint[], nowMs: number): Node | undefined {
  const current = node.spec.taints ?? [];
  let taints = current.filter((t) => !remove.some((r) => sameTaint(r, t)));
  let changed = taints.length !== current.length;
  for (const t of add) {
    if (taints.some((x) => sameTaint(x, t))) continue;
    taints = [...taints, { ...t, timeAdded: formatTime(nowMs) }];
    changed = true;
  }
  if (!changed) return undefined;
  const copy: Node = JSON.parse(JSON.stringify(node));
  if (taints.length) copy.spec.taints = taints;
  else delete copy.spec.taints;
  return copy;
}

/**
 * doNoScheduleTaintingPass: the NoSchedule taints a node should carry for its conditions (and
 * spec.unschedulable), compared with the ones it carries. Returns the updated node or undefined.
 */
export function noScheduleTaintUpdate(node: Node, nowMs: number): Node | undefined {
  const wanted: Taint[] = [];
  for (const c of node.status?.conditions ?? []) {
    const key = CONDITION_TAINTS[c.type]?.[c.status];
    if (key) wanted.push({ key, effect: 'NoSchedule' });
  }
  if (node.spec.unschedulable) wanted.push({ key: TAINT_UNSCHEDULABLE, effect: 'NoSchedule' });
  const existing = (node.spec.taints ?? []).filter(
    (t) => t.effect === 'NoSchedule' && (t.key === TAINT_UNSCHEDULABLE || CONDITION_TAINT_KEYS.has(t.key)),
  );
  const add = wanted.filter((w) => !existing.some((e) => sameTaint(e, w)));
  const del = existing.filter((e) => !wanted.some((w) => sameTaint(e, w)));
  if (add.length === 0 && del.length === 0) return undefined;
  return swapTaints(node, add, del, nowMs);
}

export function noScheduleTaintChange(node: Node): { add: Taint[]; remove: Taint[] } {
  const wanted: Taint[] = [];
  for (const c of node.status?.conditions ?? []) {
    const key = CONDITION_TAINTS[c.type]?.[c.status];
    if (key) wanted.push({ key, effect: 'NoSchedule' });
  }
  if (node.spec.unschedulable) wanted.push({ key: TAINT_UNSCHEDULABLE, effect: 'NoSchedule' });
  const existing = (node.spec.taints ?? []).filter(
    (t) => t.effect === 'NoSchedule' && (t.key === TAINT_UNSCHEDULABLE || CONDITION_TAINT_KEYS.has(t.key)),
  );
  return { add: wanted.filter((w) => !existing.some((e) => sameTaint(e, w))), remove: existing.filter((e) => !wanted.some((w) => sameTaint(e, w))) };
}
