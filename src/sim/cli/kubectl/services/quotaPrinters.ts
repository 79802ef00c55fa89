// How kubectl shows a ResourceQuota: `kubectl describe quota` (describe.go DescribeResourceQuota)
// and the REQUEST / LIMIT cells of `kubectl get quota` (the server's printResourceQuota).
import type { ResourceQuota } from '../../../api/types.ts';
import { tabwrite } from '../tabwriter.ts';

/** helpTextForResourceQuotaScope */
export const SCOPE_HELP: Record<string, string> = {
  Terminating: 'Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.',
  NotTerminating: 'Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.',
  BestEffort: 'Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.',
  NotBestEffort: 'Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.',
};

const sortedResources = (q: ResourceQuota) => Object.keys(q.status?.hard ?? {}).sort();

export function describeQuota(q: ResourceQuota): string {
  let out = `Name:\t${q.metadata.name}\nNamespace:\t${q.metadata.namespace}\n`;
  const scopes = [...(q.spec?.scopes ?? [])].sort();
  if (scopes.length) {
    out += `Scopes:\t${scopes.join(', ')}\n`;
    for (const scope of scopes) if (SCOPE_HELP[scope]) out += ` * ${SCOPE_HELP[scope]}\n`;
  }
  out += 'Resource\tUsed\tHard\n--------\t----\t----\n';
  for (const r of sortedResources(q)) out += `${r}\t${q.status?.used?.[r] ?? '0'}\t${q.status?.hard?.[r]}\n`;
  return tabwrite(out, 0, 2);
}

/** [REQUEST, LIMIT]: "name: used/hard" pairs, limits.* in the second column. */
export function quotaRequestLimitCells(q: ResourceQuota): [string, string] {
  const request: string[] = [];
  const limit: string[] = [];
  for (const r of sortedResources(q)) {
    const cell = `${r}: ${q.status?.used?.[r] ?? '0'}/${q.status?.hard?.[r]}`;
    (r.split('.').length > 1 && r.split('.')[0] === 'limits' ? limit : request).push(cell);
  }
  return [request.join(', '), limit.join(', ')];
}
