// Deployment controller (pkg/controller/deployment/deployment_controller.go syncDeployment):
// one pure sync of one Deployment over the informer cache.
//
// Rollback is not in here on purpose: since apps/v1, `kubectl rollout undo` copies the old
// ReplicaSet's template back into the Deployment and this controller simply finds that
// ReplicaSet again as the "new" one (giving it the next revision and a revision-history entry).
import type { Deployment, Pod, ReplicaSet } from '../../api/types.ts';
import { isEmptySelector } from '../util/labelSelector.ts';
import { deepClone } from '../util/semanticEqual.ts';
import { matchesLabelSelector } from '../util/labelSelector.ts';
import { DeploymentContext, type DeploymentSyncInput, type DeploymentSyncResult } from './deploymentContext.ts';
import { PAUSED_DEPLOY_REASON, RESUMED_DEPLOY_REASON, TIMED_OUT_REASON, getCondition, hasProgressDeadline, newDeploymentCondition, setCondition } from './deploymentUtil.ts';
import { syncDeploymentStatus } from './deploymentStatus.ts';
import { claimReplicaSets, getAllReplicaSetsAndSyncRevision } from './replicaSets.ts';
import { isScalingEvent, syncScaleOrPaused } from './scale.ts';
import { rolloutRolling } from './rolling.ts';
import { rolloutRecreate } from './recreate.ts';

export { DEPLOYMENT_CONTROLLER } from './deploymentContext.ts';
export type { DeploymentSyncInput, DeploymentSyncResult } from './deploymentContext.ts';

export function syncDeployment(input: DeploymentSyncInput): DeploymentSyncResult {
  const ctx = new DeploymentContext(input);
  const d = ctx.d;
  if (isEmptySelector(d.spec.selector)) {
    ctx.actions.push({ type: 'event', event: ctx.event('SelectingAll', 'This deployment is selecting all pods. A non-empty selector is required.', 'Warning') });
    if ((d.status?.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
      (d.status ??= {}).observedGeneration = d.metadata.generation;
      ctx.updateDeploymentStatus();
    }
    return result(ctx);
  }
  // Work on copies: scaling mutates the ReplicaSets, and the inputs are the informer's cache.
  const rsList = claimReplicaSets(ctx, deepClone(input.replicaSets));
  const podMap = podMapForDeployment(d, rsList, input.pods);

  if (d.metadata.deletionTimestamp) {
    const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, rsList, false);
    syncDeploymentStatus(ctx, [...oldRSs, newRS], newRS);
    return result(ctx);
  }
  checkPausedConditions(ctx);
  if (d.spec.paused || isScalingEvent(ctx, rsList)) {
    syncScaleOrPaused(ctx, rsList);
    return result(ctx);
  }
  if (d.spec.strategy?.type === 'Recreate') rolloutRecreate(ctx, rsList, podMap);
  else rolloutRolling(ctx, rsList);
  return result(ctx);
}

function result(ctx: DeploymentContext): DeploymentSyncResult {
  return ctx.requeueAfterMs === undefined ? { actions: ctx.actions } : { actions: ctx.actions, requeueAfterMs: ctx.requeueAfterMs };
}

/** checkPausedConditions: Progressing=Unknown with DeploymentPaused / DeploymentResumed. */
function checkPausedConditions(ctx: DeploymentContext): void {
  const d = ctx.d;
  if (!hasProgressDeadline(d)) return;
  const c = getCondition(d.status, 'Progressing');
  if (c?.reason === TIMED_OUT_REASON) return;
  const pausedCondExists = c?.reason === PAUSED_DEPLOY_REASON;
  if (d.spec.paused && !pausedCondExists) {
    setCondition((d.status ??= {}), newDeploymentCondition('Progressing', 'Unknown', PAUSED_DEPLOY_REASON, 'Deployment is paused', ctx.nowMs));
  } else if (!d.spec.paused && pausedCondExists) {
    setCondition((d.status ??= {}), newDeploymentCondition('Progressing', 'Unknown', RESUMED_DEPLOY_REASON, 'Deployment is resumed', ctx.nowMs));
  } else {
    return;
  }
  ctx.updateDeploymentStatus();
}

/** getPodMapForDeployment: the Deployment's pods grouped by the UID of the ReplicaSet controlling them. */
function podMapForDeployment(d: Deployment, rsList: ReplicaSet[], pods: Pod[]): Map<string, Pod[]> {
  const map = new Map<string, Pod[]>();
  for (const rs of rsList) if (rs.metadata.uid) map.set(rs.metadata.uid, []);
  for (const pod of pods) {
    if (pod.metadata.namespace !== d.metadata.namespace) continue;
    if (!matchesLabelSelector(d.spec.selector, pod.metadata.labels)) continue;
    const ref = pod.metadata.ownerReferences?.find((r) => r.controller === true);
    if (!ref) continue;
    map.get(ref.uid)?.push(pod);
  }
  return map;
}
