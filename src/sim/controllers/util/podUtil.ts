// Pod predicates the controllers share (k8s pkg/api/v1/pod and pkg/controller helpers).
import type { Condition, Pod } from '../../api/types.ts';
import { parseTime } from './time.ts';

/** controller.IsPodActive: not terminal and not being deleted. */
export function isPodActive(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata.deletionTimestamp;
}

export function getPodReadyCondition(pod: Pod): Condition | undefined {
  return pod.status?.conditions?.find((c) => c.type === 'Ready');
}

export function isPodReady(pod: Pod): boolean {
  return getPodReadyCondition(pod)?.status === 'True';
}

/**
 * podutil.IsPodAvailable: ready, and ready for at least minReadySeconds
 * (minReadySeconds 0 means available as soon as ready).
 */
export function isPodAvailable(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
  if (!isPodReady(pod)) return false;
  if (minReadySeconds === 0) return true;
  const c = getPodReadyCondition(pod);
  const since = c?.lastTransitionTime ? parseTime(c.lastTransitionTime) : undefined;
  if (since === undefined) return false;
  return since + minReadySeconds * 1000 <= nowMs;
}

/** Highest restart count among the pod's containers. */
export function maxContainerRestarts(pod: Pod): number {
  let max = 0;
  for (const s of pod.status?.containerStatuses ?? []) max = Math.max(max, s.restartCount);
  return max;
}

export function controllerRefOf<T extends { metadata: { ownerReferences?: Array<{ controller?: boolean; uid: string; kind: string; name: string; apiVersion: string }> } }>(
  obj: T,
) {
  return obj.metadata.ownerReferences?.find((r) => r.controller === true);
}
