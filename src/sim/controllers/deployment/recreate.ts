// Recreate strategy (deployment/recreate.go): all old pods go first, then the new ReplicaSet
// scales straight to replicas.
import type { Pod, ReplicaSet } from '../../api/types.ts';
import type { DeploymentContext } from './deploymentContext.ts';
import { syncRolloutStatus } from './deploymentStatus.ts';
import { cleanupDeployment } from './cleanup.ts';
import { getAllReplicaSetsAndSyncRevision, scaleReplicaSetAndRecordEvent } from './replicaSets.ts';
import { deploymentComplete, filterActiveReplicaSets, getActualReplicaCountForReplicaSets, replicasOf, rsReplicas } from './deploymentUtil.ts';

export function rolloutRecreate(ctx: DeploymentContext, rsList: ReplicaSet[], podMap: Map<string, Pod[]>): void {
  // Do not create the new ReplicaSet yet, so that nothing scales up before the old pods are gone.
  let split = getAllReplicaSetsAndSyncRevision(ctx, rsList, false);
  if (!split.ok) return;
  let allRSs: (ReplicaSet | undefined)[] = [...split.oldRSs, split.newRS];

  let scaledDown = false;
  for (const rs of filterActiveReplicaSets(split.oldRSs)) {
    if (rsReplicas(rs) === 0) continue;
    scaleReplicaSetAndRecordEvent(ctx, rs, 0);
    scaledDown = true;
  }
  if (scaledDown || oldPodsRunning(split.newRS, split.oldRSs, podMap)) {
    syncRolloutStatus(ctx, allRSs, split.newRS);
    return;
  }
  if (!split.newRS) {
    split = getAllReplicaSetsAndSyncRevision(ctx, rsList, true);
    if (!split.ok || !split.newRS) return;
    allRSs = [...split.oldRSs, split.newRS];
  }
  scaleReplicaSetAndRecordEvent(ctx, split.newRS!, replicasOf(ctx.d));
  if (ctx.d.status && deploymentComplete(ctx.d, ctx.d.status)) cleanupDeployment(ctx, split.oldRSs);
  syncRolloutStatus(ctx, allRSs, split.newRS);
}

/** oldPodsRunning: any old ReplicaSet still reports pods, or any non-terminal pod of an old one exists. */
export function oldPodsRunning(newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[], podMap: Map<string, Pod[]>): boolean {
  if (getActualReplicaCountForReplicaSets(oldRSs) > 0) return true;
  for (const [uid, pods] of podMap) {
    if (newRS && newRS.metadata.uid === uid) continue;
    for (const pod of pods) {
      const phase = pod.status?.phase;
      if (phase === 'Failed' || phase === 'Succeeded') continue;
      return true;
    }
  }
  return false;
}
