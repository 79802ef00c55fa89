// revisionHistoryLimit (deployment/sync.go cleanupDeployment): delete the oldest old ReplicaSets
// that are fully scaled down, keeping at most revisionHistoryLimit of them.
import type { ReplicaSet } from '../../api/types.ts';
import type { DeploymentContext } from './deploymentContext.ts';
import { byRevision, hasRevisionHistoryLimit, rsReplicas } from './deploymentUtil.ts';

export function cleanupDeployment(ctx: DeploymentContext, oldRSs: ReplicaSet[]): void {
  if (!hasRevisionHistoryLimit(ctx.d)) return;
  const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
  const diff = cleanable.length - (ctx.d.spec.revisionHistoryLimit ?? 10);
  if (diff <= 0) return;
  cleanable.sort(byRevision);
  for (let i = 0; i < diff; i++) {
    const rs = cleanable[i];
    if ((rs.status?.replicas ?? 0) !== 0 || rsReplicas(rs) !== 0) continue;
    if ((rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0)) continue;
    ctx.deleteReplicaSet(rs);
  }
}
