// Deployment status and progress conditions (deployment/sync.go calculateStatus,
// syncDeploymentStatus; deployment/progress.go syncRolloutStatus).
import type { Condition, DeploymentStatus, ReplicaSet } from '../../api/types.ts';
import { semanticEqual, deepClone } from '../util/semanticEqual.ts';
import { parseTime } from '../util/time.ts';
import type { DeploymentContext } from './deploymentContext.ts';
import {
  MINIMUM_REPLICAS_AVAILABLE, MINIMUM_REPLICAS_UNAVAILABLE, NEW_RS_AVAILABLE_REASON, REPLICA_SET_UPDATED_REASON,
  TIMED_OUT_REASON, deploymentComplete, deploymentProgressing, deploymentTimedOut, getActualReplicaCountForReplicaSets,
  getAvailableReplicaCountForReplicaSets, getCondition, getReadyReplicaCountForReplicaSets, getReplicaCountForReplicaSets,
  hasProgressDeadline, maxUnavailable, newDeploymentCondition, removeCondition, replicasOf, setCondition,
} from './deploymentUtil.ts';

/** calculateStatus: counts from the ReplicaSets' statuses plus the Available condition. */
export function calculateDeploymentStatus(ctx: DeploymentContext, allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined): DeploymentStatus {
  const d = ctx.d;
  const available = getAvailableReplicaCountForReplicaSets(allRSs);
  const total = getReplicaCountForReplicaSets(allRSs);
  const unavailable = Math.max(0, total - available);
  const status: DeploymentStatus = {
    observedGeneration: d.metadata.generation,
    replicas: getActualReplicaCountForReplicaSets(allRSs),
    updatedReplicas: getActualReplicaCountForReplicaSets([newRS]),
    readyReplicas: getReadyReplicaCountForReplicaSets(allRSs),
    availableReplicas: available,
    unavailableReplicas: unavailable,
    collisionCount: d.status?.collisionCount,
  };
  const conditions = d.status?.conditions;
  if (conditions) status.conditions = deepClone(conditions);
  if (available >= replicasOf(d) - maxUnavailable(d)) {
    setCondition(status, newDeploymentCondition('Available', 'True', MINIMUM_REPLICAS_AVAILABLE, 'Deployment has minimum availability.', ctx.nowMs));
  } else {
    setCondition(status, newDeploymentCondition('Available', 'False', MINIMUM_REPLICAS_UNAVAILABLE, 'Deployment does not have minimum availability.', ctx.nowMs));
  }
  return omitZeros(status);
}

/** The API omits zero counts and unset fields when it serialises a status (omitempty). */
function omitZeros(s: DeploymentStatus): DeploymentStatus {
  const out: DeploymentStatus = {};
  for (const [k, v] of Object.entries(s) as [keyof DeploymentStatus, unknown][]) {
    if (v === undefined || v === 0) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

function statusChanged(ctx: DeploymentContext, status: DeploymentStatus): boolean {
  return !semanticEqual(ctx.d.status ?? {}, status);
}

/** syncDeploymentStatus (paused deployments and scaling events). */
export function syncDeploymentStatus(ctx: DeploymentContext, allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined): void {
  const status = calculateDeploymentStatus(ctx, allRSs, newRS);
  if (!statusChanged(ctx, status)) return;
  ctx.d.status = status;
  ctx.updateDeploymentStatus();
}

/** syncRolloutStatus: status plus the Progressing condition (progress, completion, deadline). */
export function syncRolloutStatus(ctx: DeploymentContext, allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined): void {
  const d = ctx.d;
  const status = calculateDeploymentStatus(ctx, allRSs, newRS);
  if (!hasProgressDeadline(d)) removeCondition(status, 'Progressing');
  const current = getCondition(d.status, 'Progressing');
  const isComplete = (status.replicas ?? 0) === (status.updatedReplicas ?? 0) && current?.reason === NEW_RS_AVAILABLE_REASON;
  if (hasProgressDeadline(d) && !isComplete) {
    const rsName = newRS?.metadata.name;
    if (deploymentComplete(d, status)) {
      const msg = rsName ? `ReplicaSet "${rsName}" has successfully progressed.` : `Deployment "${d.metadata.name}" has successfully progressed.`;
      setCondition(status, newDeploymentCondition('Progressing', 'True', NEW_RS_AVAILABLE_REASON, msg, ctx.nowMs));
    } else if (deploymentProgressing(d, status)) {
      const msg = rsName ? `ReplicaSet "${rsName}" is progressing.` : `Deployment "${d.metadata.name}" is progressing.`;
      const c: Condition = newDeploymentCondition('Progressing', 'True', REPLICA_SET_UPDATED_REASON, msg, ctx.nowMs);
      // Progress refreshes lastUpdateTime even when the reason stays the same.
      if (current) {
        if (current.status === 'True') c.lastTransitionTime = current.lastTransitionTime;
        removeCondition(status, 'Progressing');
      }
      setCondition(status, c);
    } else if (deploymentTimedOut(d, status, ctx.nowMs)) {
      const msg = rsName ? `ReplicaSet "${rsName}" has timed out progressing.` : `Deployment "${d.metadata.name}" has timed out progressing.`;
      setCondition(status, newDeploymentCondition('Progressing', 'False', TIMED_OUT_REASON, msg, ctx.nowMs));
    }
  }
  // ReplicaFailure conditions of the ReplicaSets surface on the Deployment.
  const failure = replicaFailure(allRSs, newRS);
  if (failure) setCondition(status, failure);
  else removeCondition(status, 'ReplicaFailure');

  if (!statusChanged(ctx, status)) {
    requeueStuckDeployment(ctx, status);
    return;
  }
  ctx.d.status = status;
  ctx.updateDeploymentStatus();
}

function replicaFailure(allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined): Condition | undefined {
  const fromRS = (rs: ReplicaSet | undefined) => rs?.status?.conditions?.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
  const own = fromRS(newRS);
  const c = own ?? allRSs.map(fromRS).find((x) => x);
  if (!c) return undefined;
  return { type: 'ReplicaFailure', status: c.status, lastUpdateTime: c.lastTransitionTime, lastTransitionTime: c.lastTransitionTime, reason: c.reason, message: c.message };
}

/** requeueStuckDeployment: schedule the sync that will notice a missed progress deadline. */
function requeueStuckDeployment(ctx: DeploymentContext, status: DeploymentStatus): void {
  const d = ctx.d;
  const c = getCondition(status, 'Progressing');
  if (!hasProgressDeadline(d) || !c) return;
  if (c.reason === NEW_RS_AVAILABLE_REASON || c.reason === TIMED_OUT_REASON) return;
  if (deploymentComplete(d, status)) return;
  const after = (parseTime(c.lastUpdateTime) ?? ctx.nowMs) + (d.spec.progressDeadlineSeconds ?? 600) * 1000 - ctx.nowMs;
  // Under a second left: an immediate (rate-limited, 5 ms first) retry; otherwise one second
  // after the deadline so that the check never runs on it.
  ctx.requeueAfterMs = after < 1000 ? 5 : after + 1000;
}
