// The ResourceQuota admission plugin (k/k staging/src/k8s.io/apiserver/pkg/admission/plugin/
// resourcequota): the last validating plugin (k8s-facts 9.2). For a create in a namespace with
// quotas it checks, quota by quota, that pods declare the compute resources a quota constrains
// (8.3) and that the new usage stays within every hard limit (8.2); an accepted request also moves
// each quota's status.used, which is why this plugin runs last.
import type { KubeObject, Pod, ResourceQuota } from '../../api/types.ts';
import { qosClass } from '../../api/defaults.ts';
import {
  COMPUTE_RESOURCES, addUsage, containerUsage, formatAmount, objectUsage, toUsage, type Usage,
} from './resourceQuotaUsage.ts';

export interface QuotaAdmissionInput {
  /** The object being created, after defaulting and name generation. */
  object: KubeObject;
  /** Resource plural and group, as in the error text: pods "x" is forbidden, deployments.apps "y" ... */
  plural: string;
  group: string;
  /** Quotas in the object's namespace. */
  quotas: ResourceQuota[];
  /** Current usage the quota controller would report for a quota (status.used). */
  usedBy(quota: ResourceQuota): Usage;
}

export type QuotaDecision =
  | { allowed: true; updatedQuotas: ResourceQuota[] }
  | { allowed: false; code: 403; reason: 'Forbidden'; message: string };

/**
 * Whether a quota with scopes applies to an object: scoped quotas track pods only, and a pod must
 * match every scope (BestEffort / NotBestEffort by QoS class, Terminating / NotTerminating by
 * activeDeadlineSeconds). Quotas without scopes apply to everything in the namespace.
 */
export function matchesScopes(quota: ResourceQuota, obj: KubeObject): boolean {
  const scopes = quota.spec?.scopes ?? [];
  if (!scopes.length) return true;
  if (obj.kind !== 'Pod') return false;
  const pod = obj as Pod;
  const bestEffort = qosClass(pod) === 'BestEffort';
  const terminating = typeof pod.spec.activeDeadlineSeconds === 'number' && pod.spec.activeDeadlineSeconds >= 0;
  return scopes.every((scope) => {
    switch (scope) {
      case 'BestEffort': return bestEffort;
      case 'NotBestEffort': return !bestEffort;
      case 'Terminating': return terminating;
      case 'NotTerminating': return !terminating;
      default: return false;
    }
  });
}

/** prettyPrint: "name=quantity" pairs sorted by name, joined with ",". */
export function prettyPrint(usage: Usage, only: string[]): string {
  return [...only].sort().map((r) => `${r}=${formatAmount(r, usage[r])}`).join(',');
}

function hardOf(quota: ResourceQuota): Usage {
  return toUsage(quota.status?.hard ?? quota.spec?.hard);
}

/** podEvaluator.Constraints: the "must specify" message, or undefined when every container declares what is required. */
export function missingComputeResources(pod: Pod, hard: string[]): string | undefined {
  const required = hard.filter((r) => COMPUTE_RESOURCES.has(r));
  if (!required.length) return undefined;
  const missing = new Map<string, Set<string>>();
  for (const c of [...(pod.spec.containers ?? []), ...(pod.spec.initContainers ?? [])]) {
    const declared = containerUsage(c);
    for (const r of required) {
      if (declared[r]) continue;
      if (!missing.has(r)) missing.set(r, new Set());
      missing.get(r)!.add(c.name);
    }
  }
  if (!missing.size) return undefined;
  const parts = [...missing.keys()].sort().map((r) => `${r} for: ${[...missing.get(r)!].sort().join(',')}`);
  return `must specify ${parts.join('; ')}`;
}

export function admitResourceQuota(input: QuotaAdmissionInput): QuotaDecision {
  const { object, quotas } = input;
  const resource = input.group ? `${input.plural}.${input.group}` : input.plural;
  const forbidden = (message: string): QuotaDecision => ({
    allowed: false, code: 403, reason: 'Forbidden', message: `${resource} "${object.metadata.name}" is forbidden: ${message}`,
  });
  const requested = objectUsage(object, input.plural, input.group);
  const updated: ResourceQuota[] = [];
  const ordered = [...quotas].sort((a, b) => ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1));
  for (const quota of ordered) {
    if (!matchesScopes(quota, object)) continue;
    const hard = hardOf(quota);
    const hardNames = Object.keys(hard);
    const interesting = Object.keys(requested).filter((r) => hard[r]);
    if (object.kind === 'Pod') {
      const missing = missingComputeResources(object as Pod, hardNames);
      if (missing) return forbidden(`failed quota: ${quota.metadata.name}: ${missing}`);
    }
    if (!interesting.length) continue;
    const used = input.usedBy(quota);
    const newUsed = addUsage(used, Object.fromEntries(interesting.map((r) => [r, requested[r]])));
    const exceeded = interesting.filter((r) => newUsed[r].value > hard[r].value);
    if (exceeded.length) {
      return forbidden(`exceeded quota: ${quota.metadata.name}, requested: ${prettyPrint(requested, exceeded)}, used: ${prettyPrint(used, exceeded)}, limited: ${prettyPrint(hard, exceeded)}`);
    }
    updated.push(withStatus(quota, newUsed));
  }
  return { allowed: true, updatedQuotas: updated };
}

/** The quota with status.hard copied from spec and status.used printed from a usage (resourcequota controller). */
export function withStatus(quota: ResourceQuota, used: Usage): ResourceQuota {
  const hard = quota.spec?.hard ?? {};
  const hardUsage = toUsage(hard);
  const statusHard: Record<string, string> = {};
  const statusUsed: Record<string, string> = {};
  for (const r of Object.keys(hard).sort()) {
    statusHard[r] = formatAmount(r, hardUsage[r]);
    statusUsed[r] = formatAmount(r, used[r]);
  }
  return { ...quota, status: { hard: statusHard, used: statusUsed } };
}

/** Usage of a set of objects (the quota controller's recalculation for one namespace); with a quota, only what its scopes select. */
export function usageOf(objects: { object: KubeObject; plural: string; group: string }[], quota?: ResourceQuota): Usage {
  let total: Usage = {};
  for (const o of objects) {
    if (quota && !matchesScopes(quota, o.object)) continue;
    total = addUsage(total, objectUsage(o.object, o.plural, o.group));
  }
  return total;
}
