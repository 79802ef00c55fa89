// DeploymentStatusViewer.Status (kubectl polymorphichelpers/rollout_status.go): the text
// `kubectl rollout status` prints for a Deployment, and whether the rollout is done.
import type { Deployment } from '../../../api/types.ts';

export type RolloutStatus = { ok: true; message: string; done: boolean } | { ok: false; error: string };

export function deploymentRolloutStatus(d: Deployment, revision = 0): RolloutStatus {
  const name = d.metadata.name;
  if (revision > 0) {
    const current = Number(d.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '0');
    if (current !== revision) return { ok: false, error: `desired revision (${revision}) is different from the running revision (${current})` };
  }
  const s = d.status ?? {};
  if ((d.metadata.generation ?? 0) <= (s.observedGeneration ?? 0)) {
    const c = s.conditions?.find((x) => x.type === 'Progressing');
    if (c?.reason === 'ProgressDeadlineExceeded') return { ok: false, error: `deployment "${name}" exceeded its progress deadline` };
    const replicas = d.spec.replicas ?? 1;
    const updated = s.updatedReplicas ?? 0;
    const total = s.replicas ?? 0;
    const available = s.availableReplicas ?? 0;
    if (updated < replicas) {
      return { ok: true, done: false, message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...\n` };
    }
    if (total > updated) {
      return { ok: true, done: false, message: `Waiting for deployment "${name}" rollout to finish: ${total - updated} old replicas are pending termination...\n` };
    }
    if (available < updated) {
      return { ok: true, done: false, message: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...\n` };
    }
    return { ok: true, done: true, message: `deployment "${name}" successfully rolled out\n` };
  }
  return { ok: true, done: false, message: 'Waiting for deployment spec update to be observed...\n' };
}
