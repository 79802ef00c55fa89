// kubectl's DeploymentRollbacker (polymorphichelpers/rollback.go): find the ReplicaSet of the
// wanted revision (or the previous one) and copy its template and annotations back into the
// Deployment; the Deployment controller then finds that ReplicaSet again as the new one.
import type { Deployment, ReplicaSet } from '../../../api/types.ts';
import { equalIgnoreHash } from '../../../controllers/deployment/deploymentUtil.ts';

const ANNOTATIONS_TO_SKIP = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

export type RollbackResult =
  | { ok: true; skipped?: undefined; deployment: Deployment }
  | { ok: true; skipped: string }
  | { ok: false; error: string };

function revision(rs: ReplicaSet): number | undefined {
  const t = rs.metadata.annotations?.['deployment.kubernetes.io/revision'];
  return t !== undefined && /^\d+$/.test(t) ? Number(t) : undefined;
}

/** The ReplicaSet of the wanted revision (or of the one before the latest), as deploymentRevision finds it. */
export function rollbackTarget(d: Deployment, rss: ReplicaSet[], toRevision: number): { ok: true; target: ReplicaSet } | { ok: false; error: string } {
  if (toRevision < 0) return { ok: false, error: `unable to find specified revision ${toRevision} in history` };
  let target: ReplicaSet | undefined;
  if (toRevision > 0) {
    target = rss.find((rs) => revision(rs) === toRevision);
    if (!target) return { ok: false, error: `unable to find specified revision ${toRevision} in history` };
  } else {
    let latest = -1;
    let previous = -1;
    let latestRS: ReplicaSet | undefined;
    for (const rs of rss) {
      const v = revision(rs);
      if (v === undefined) continue;
      if (latest < v) {
        previous = latest;
        target = latestRS;
        latest = v;
        latestRS = rs;
      } else if (previous < v) {
        previous = v;
        target = rs;
      }
    }
    if (!target) return { ok: false, error: `no rollout history found for deployment "${d.metadata.name}"` };
  }
  return { ok: true, target };
}

export function rollbackPatch(d: Deployment, rss: ReplicaSet[], toRevision: number): RollbackResult {
  const found = rollbackTarget(d, rss, toRevision);
  if (!found.ok) return found;
  const target = found.target;
  if (d.spec.paused) return { ok: false, error: "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again" };
  const targetRevision = revision(target)!;
  if (equalIgnoreHash(target.spec.template, d.spec.template)) {
    return { ok: true, skipped: `skipped rollback (current template already matches revision ${targetRevision})` };
  }
  const next: Deployment = JSON.parse(JSON.stringify(d));
  const template = JSON.parse(JSON.stringify(target.spec.template));
  if (template.metadata?.labels) delete template.metadata.labels['pod-template-hash'];
  next.spec.template = template;
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) if (ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(target.metadata.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  next.metadata.annotations = annotations;
  return { ok: true, deployment: next };
}
