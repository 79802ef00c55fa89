// The resource quota controller (k/k pkg/controller/resourcequota): keeps each ResourceQuota's
// status.hard equal to spec.hard and status.used equal to what the namespace's objects use, so
// `kubectl describe quota` shows current numbers. It recalculates on quota changes and whenever a
// counted object is added, deleted or finishes (the real controller's replenishment).
import type { KubeObject, ResourceQuota } from '../api/types.ts';
import { usageOf, withStatus } from '../apiserver/admission/resourceQuota.ts';
import { resourcesForQuota } from '../apiserver/admission/resourceQuotaUsage.ts';
import type { ControllerAction } from './util/actions.ts';
import { semanticEqual } from './util/semanticEqual.ts';

export const RESOURCEQUOTA_CONTROLLER = 'resourcequota-controller';

/** Resource plurals (with group when not core) whose changes can move a quota's usage. */
export function watchedResources(quota: ResourceQuota): string[] {
  return resourcesForQuota(Object.keys(quota.spec?.hard ?? {}));
}

/**
 * Returns the status update for one quota, or nothing when status already matches.
 * `objects` lists the namespace's objects of each watched resource ({ plural, group } per entry).
 */
export function reconcileQuota(quota: ResourceQuota, objects: { object: KubeObject; plural: string; group: string }[]): ControllerAction[] {
  const inNamespace = objects.filter((o) => o.object.metadata.namespace === quota.metadata.namespace);
  const next = withStatus(quota, usageOf(inNamespace, quota));
  if (semanticEqual(next.status, quota.status)) return [];
  return [{ type: 'updateStatus', object: next }];
}
