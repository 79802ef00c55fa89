// Scaling events and paused deployments (deployment/sync.go sync, scale, isScalingEvent):
// a change of spec.replicas is spread over the active ReplicaSets in proportion to their size.
import type { ReplicaSet } from '../../api/types.ts';
import type { DeploymentContext } from './deploymentContext.ts';
import { syncDeploymentStatus } from './deploymentStatus.ts';
import { cleanupDeployment } from './cleanup.ts';
import { getAllReplicaSetsAndSyncRevision, scaleReplicaSet, scaleReplicaSetAndRecordEvent } from './replicaSets.ts';
import {
  bySizeNewer, bySizeOlder, desiredReplicasAnnotation, filterActiveReplicaSets, findActiveOrLatest, getProportion,
  getReplicaCountForReplicaSets, isRollingUpdate, isSaturated, maxSurge, replicasOf, rsReplicas,
} from './deploymentUtil.ts';

/** isScalingEvent: some active ReplicaSet was sized for a different spec.replicas. */
export function isScalingEvent(ctx: DeploymentContext, rsList: ReplicaSet[]): boolean {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, rsList, false);
  for (const rs of filterActiveReplicaSets([...oldRSs, newRS])) {
    const desired = desiredReplicasAnnotation(rs);
    if (desired === undefined) continue;
    if (desired !== replicasOf(ctx.d)) return true;
  }
  return false;
}

/** sync: scale, clean up when paused, and update the status. */
export function syncScaleOrPaused(ctx: DeploymentContext, rsList: ReplicaSet[]): void {
  const { newRS, oldRSs, ok } = getAllReplicaSetsAndSyncRevision(ctx, rsList, false);
  if (!ok) return;
  scale(ctx, newRS, oldRSs);
  if (ctx.d.spec.paused) cleanupDeployment(ctx, oldRSs);
  syncDeploymentStatus(ctx, [...oldRSs, newRS], newRS);
}

export function scale(ctx: DeploymentContext, newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[]): void {
  const d = ctx.d;
  const activeOrLatest = findActiveOrLatest(newRS, oldRSs);
  if (activeOrLatest) {
    if (rsReplicas(activeOrLatest) === replicasOf(d)) return;
    scaleReplicaSetAndRecordEvent(ctx, activeOrLatest, replicasOf(d));
    return;
  }
  if (isSaturated(d, newRS)) {
    for (const old of filterActiveReplicaSets(oldRSs)) scaleReplicaSetAndRecordEvent(ctx, old, 0);
    return;
  }
  if (!isRollingUpdate(d)) return;

  const allRSs = filterActiveReplicaSets([...oldRSs, newRS]);
  const allReplicas = getReplicaCountForReplicaSets(allRSs);
  const allowedSize = replicasOf(d) > 0 ? replicasOf(d) + maxSurge(d) : 0;
  const toAdd = allowedSize - allReplicas;
  let operation: 'up' | 'down' | undefined;
  if (toAdd > 0) {
    allRSs.sort(bySizeNewer);
    operation = 'up';
  } else if (toAdd < 0) {
    allRSs.sort(bySizeOlder);
    operation = 'down';
  }
  let added = 0;
  const sizes = new Map<ReplicaSet, number>();
  for (const rs of allRSs) {
    if (toAdd !== 0) {
      const proportion = getProportion(rs, d, toAdd, added);
      sizes.set(rs, rsReplicas(rs) + proportion);
      added += proportion;
    } else {
      sizes.set(rs, rsReplicas(rs));
    }
  }
  allRSs.forEach((rs, i) => {
    // Leftovers go to the largest ReplicaSet.
    if (i === 0 && toAdd !== 0) sizes.set(rs, Math.max(0, sizes.get(rs)! + toAdd - added));
    scaleReplicaSet(ctx, rs, sizes.get(rs)!, operation);
  });
}
