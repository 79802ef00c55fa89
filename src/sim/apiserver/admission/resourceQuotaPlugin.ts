// Registers the ResourceQuota admission plugin with kube-apiserver. Import this module after every
// other admission plugin: ResourceQuota must be the last validating plugin (k8s-facts 9.2).
//
// Usage is computed from the API server's cache of the namespace's objects plus the objects this
// plugin admitted that are not stored yet. The real plugin gets the same effect by writing the
// new usage into the quota's status (with optimistic concurrency) before the object is persisted:
// a burst of creates, such as a ReplicaSet's, cannot overrun the quota.
import type { AdmissionAttributes, AdmissionPlugin } from '../admission.ts';
import { resolveResource } from '../../api/resources.ts';
import type { KubeObject, ResourceQuota } from '../../api/types.ts';
import { admitResourceQuota, usageOf } from './resourceQuota.ts';
import { resourcesForQuota } from './resourceQuotaUsage.ts';

interface Charge {
  object: KubeObject;
  plural: string;
  group: string;
  at: number;
}

/** An admitted object that never reaches storage (its write failed) stops counting after this long. */
const CHARGE_TTL_MS = 5_000;
const STATE_KEY = 'ResourceQuota.charges';

function pendingCharges(attrs: AdmissionAttributes): Charge[] {
  const state = attrs.pluginState;
  if (!state) return [];
  let charges = state.get(STATE_KEY) as Charge[] | undefined;
  if (!charges) state.set(STATE_KEY, (charges = []));
  // A charge is settled once its object is in the cache (it is then counted there) or has expired.
  for (let i = charges.length - 1; i >= 0; i--) {
    const c = charges[i];
    if (attrs.now - c.at > CHARGE_TTL_MS || attrs.lookup(c.plural, c.object.metadata.namespace, c.object.metadata.name ?? '')) charges.splice(i, 1);
  }
  return charges;
}

/** Current usage of what a quota limits: stored objects in its namespace plus admitted, not yet stored ones. */
export function namespaceUsage(quota: ResourceQuota, list: (resource: string, namespace?: string) => KubeObject[], pending: Charge[] = []) {
  const namespace = quota.metadata.namespace;
  const objects: { object: KubeObject; plural: string; group: string }[] = [];
  for (const plural of resourcesForQuota(Object.keys(quota.spec?.hard ?? {}))) {
    const rk = resolveResource(plural);
    if (!rk) continue;
    for (const object of list(rk.plural, namespace)) objects.push({ object, plural: rk.plural, group: rk.group });
    for (const c of pending) if (c.plural === rk.plural && c.object.metadata.namespace === namespace) objects.push(c);
  }
  return usageOf(objects, quota);
}

export function admitQuota(attrs: AdmissionAttributes) {
  if (attrs.operation !== 'CREATE' || !attrs.object || !attrs.resource.namespaced || !attrs.namespace) return undefined;
  if (attrs.resource.plural === 'events') return undefined;
  const quotas = attrs.list('resourcequotas', attrs.namespace) as ResourceQuota[];
  if (!quotas.length) return undefined;
  const pending = pendingCharges(attrs);
  const decision = admitResourceQuota({
    object: attrs.object,
    plural: attrs.resource.plural,
    group: attrs.resource.group,
    quotas,
    usedBy: (q) => namespaceUsage(q, attrs.list, pending),
  });
  if (!decision.allowed) return { ok: false as const, code: decision.code, reason: decision.reason, message: decision.message };
  if (!attrs.dryRun) pending.push({ object: attrs.object, plural: attrs.resource.plural, group: attrs.resource.group, at: attrs.now });
  return undefined;
}

export const resourceQuotaPlugin: AdmissionPlugin = { name: 'ResourceQuota', validate: admitQuota };
