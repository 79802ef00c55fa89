// RollingUpdate strategy (deployment/rolling.go).
import type { ReplicaSet } from '../../api/types.ts';
import type { DeploymentContext } from './deploymentContext.ts';
import { syncRolloutStatus } from './deploymentStatus.ts';
import { cleanupDeployment } from './cleanup.ts';
import { getAllReplicaSetsAndSyncRevision, scaleReplicaSetAndRecordEvent } from './replicaSets.ts';
import {
  byCreationTimestamp, deploymentComplete, filterActiveReplicaSets, getAvailableReplicaCountForReplicaSets,
  getReplicaCountForReplicaSets, maxUnavailable, newRSNewReplicas, replicasOf, rsReplicas,
} from './deploymentUtil.ts';

export function rolloutRolling(ctx: DeploymentContext, rsList: ReplicaSet[]): void {
  const split = getAllReplicaSetsAndSyncRevision(ctx, rsList, true);
  if (!split.ok || !split.newRS) return;
  const { newRS, oldRSs } = split;
  const allRSs = [...oldRSs, newRS];

  if (reconcileNewReplicaSet(ctx, allRSs, newRS)) {
    syncRolloutStatus(ctx, allRSs, newRS);
    return;
  }
  if (reconcileOldReplicaSets(ctx, allRSs, filterActiveReplicaSets(oldRSs), newRS)) {
    syncRolloutStatus(ctx, allRSs, newRS);
    return;
  }
  if (ctx.d.status && deploymentComplete(ctx.d, ctx.d.status)) cleanupDeployment(ctx, oldRSs);
  syncRolloutStatus(ctx, allRSs, newRS);
}

/** reconcileNewReplicaSet: grow the new ReplicaSet within maxSurge (or shrink it to replicas). */
export function reconcileNewReplicaSet(ctx: DeploymentContext, allRSs: ReplicaSet[], newRS: ReplicaSet): boolean {
  const desired = replicasOf(ctx.d);
  if (rsReplicas(newRS) === desired) return false;
  if (rsReplicas(newRS) > desired) return scaleReplicaSetAndRecordEvent(ctx, newRS, desired);
  return scaleReplicaSetAndRecordEvent(ctx, newRS, newRSNewReplicas(ctx.d, allRSs, newRS));
}

/** reconcileOldReplicaSets: shrink old ReplicaSets without going below minAvailable. */
export function reconcileOldReplicaSets(ctx: DeploymentContext, allRSs: ReplicaSet[], oldRSs: ReplicaSet[], newRS: ReplicaSet): boolean {
  const oldPods = getReplicaCountForReplicaSets(oldRSs);
  if (oldPods === 0) return false;
  const allPods = getReplicaCountForReplicaSets(allRSs);
  const minAvailable = replicasOf(ctx.d) - maxUnavailable(ctx.d);
  const newRSUnavailable = rsReplicas(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = allPods - minAvailable - newRSUnavailable;
  if (maxScaledDown <= 0) return false;
  // First remove unhealthy old replicas (they do not count towards availability anyway),
  // then scale old ReplicaSets down as far as availability allows.
  const cleanup = cleanupUnhealthyReplicas(ctx, oldRSs, maxScaledDown);
  const scaledDown = scaleDownOldReplicaSetsForRollingUpdate(ctx, [...oldRSs, newRS], oldRSs);
  return cleanup + scaledDown > 0;
}

function cleanupUnhealthyReplicas(ctx: DeploymentContext, oldRSs: ReplicaSet[], maxCleanupCount: number): number {
  oldRSs.sort(byCreationTimestamp);
  let total = 0;
  for (const rs of oldRSs) {
    if (total >= maxCleanupCount) break;
    const available = rs.status?.availableReplicas ?? 0;
    if (rsReplicas(rs) === 0 || rsReplicas(rs) === available) continue;
    const count = Math.min(maxCleanupCount - total, rsReplicas(rs) - available);
    scaleReplicaSetAndRecordEvent(ctx, rs, rsReplicas(rs) - count);
    total += count;
  }
  return total;
}

function scaleDownOldReplicaSetsForRollingUpdate(ctx: DeploymentContext, allRSs: ReplicaSet[], oldRSs: ReplicaSet[]): number {
  const minAvailable = replicasOf(ctx.d) - maxUnavailable(ctx.d);
  const available = getAvailableReplicaCountForReplicaSets(allRSs);
  if (available <= minAvailable) return 0;
  oldRSs.sort(byCreationTimestamp);
  let total = 0;
  const target = available - minAvailable;
  for (const rs of oldRSs) {
    if (total >= target) break;
    if (rsReplicas(rs) === 0) continue;
    const count = Math.min(rsReplicas(rs), target - total);
    scaleReplicaSetAndRecordEvent(ctx, rs, rsReplicas(rs) - count);
    total += count;
  }
  return total;
}
