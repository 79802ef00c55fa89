// Finding, creating and scaling a Deployment's ReplicaSets (deployment/sync.go).
import type { ReplicaSet } from '../../api/types.ts';
import { claimObjects, newControllerRef } from '../util/controllerRefManager.ts';
import { matchesLabelSelector } from '../util/labelSelector.ts';
import { computePodTemplateHash } from '../util/podTemplateHash.ts';
import { deepClone } from '../util/semanticEqual.ts';
import type { DeploymentContext } from './deploymentContext.ts';
import {
  FOUND_NEW_RS_REASON, NEW_RS_REASON, POD_TEMPLATE_HASH_LABEL, REVISION_ANNOTATION,
  equalIgnoreHash, findNewReplicaSet, findOldReplicaSets, hasProgressDeadline, maxRevision, maxSurge,
  newDeploymentCondition, newRSNewReplicas, replicasAnnotationsNeedUpdate, replicasOf, rsReplicas,
  getCondition, setCondition, setNewReplicaSetAnnotations, setReplicasAnnotations,
} from './deploymentUtil.ts';

/** getReplicaSetsForDeployment: claim (adopt/release) the namespace's ReplicaSets. */
export function claimReplicaSets(ctx: DeploymentContext, all: ReplicaSet[]): ReplicaSet[] {
  const d = ctx.d;
  const inNamespace = all.filter((rs) => rs.metadata.namespace === d.metadata.namespace);
  const claim = claimObjects(d, inNamespace, (rs) => matchesLabelSelector(d.spec.selector, rs.metadata.labels));
  for (const rs of claim.adopt) ctx.updateReplicaSet(rs);
  for (const rs of claim.release) ctx.updateReplicaSet(rs);
  return claim.claimed;
}

function setDeploymentRevision(ctx: DeploymentContext, revision: string | undefined): boolean {
  const a = (ctx.d.metadata.annotations ??= {});
  if (revision === undefined || a[REVISION_ANNOTATION] === revision) return false;
  a[REVISION_ANNOTATION] = revision;
  return true;
}

export interface ReplicaSetSplit {
  newRS: ReplicaSet | undefined;
  oldRSs: ReplicaSet[];
  /** False when a hash collision was found: the sync stops after bumping collisionCount. */
  ok: boolean;
}

/** getAllReplicaSetsAndSyncRevision. */
export function getAllReplicaSetsAndSyncRevision(ctx: DeploymentContext, rsList: ReplicaSet[], createIfNotExisted: boolean): ReplicaSetSplit {
  const { allOldRSs } = findOldReplicaSets(ctx.d, rsList);
  const result = getNewReplicaSet(ctx, rsList, allOldRSs, createIfNotExisted);
  return { newRS: result.rs, oldRSs: allOldRSs, ok: result.ok };
}

function getNewReplicaSet(
  ctx: DeploymentContext,
  rsList: ReplicaSet[],
  oldRSs: ReplicaSet[],
  createIfNotExisted: boolean,
): { rs: ReplicaSet | undefined; ok: boolean } {
  const d = ctx.d;
  const existing = findNewReplicaSet(d, rsList);
  const newRevision = maxRevision(oldRSs) + 1;
  if (existing) {
    const rsCopy = deepClone(existing);
    const annotationsUpdated = setNewReplicaSetAnnotations(d, rsCopy, newRevision, true);
    const minReadyChanged = (rsCopy.spec.minReadySeconds ?? 0) !== (d.spec.minReadySeconds ?? 0);
    if (annotationsUpdated || minReadyChanged) {
      rsCopy.spec.minReadySeconds = d.spec.minReadySeconds ?? 0;
      ctx.updateReplicaSet(rsCopy);
      replaceInList(rsList, rsCopy);
      return { rs: rsCopy, ok: true };
    }
    let needsUpdate = setDeploymentRevision(ctx, rsCopy.metadata.annotations?.[REVISION_ANNOTATION]);
    if (hasProgressDeadline(d) && !getCondition(d.status, 'Progressing')) {
      const c = newDeploymentCondition('Progressing', 'True', FOUND_NEW_RS_REASON, `Found new replica set "${rsCopy.metadata.name}"`, ctx.nowMs);
      setCondition((d.status ??= {}), c);
      needsUpdate = true;
    }
    if (needsUpdate) ctx.updateDeploymentStatus();
    return { rs: rsCopy, ok: true };
  }
  if (!createIfNotExisted) return { rs: undefined, ok: true };

  const template = deepClone(d.spec.template);
  const hash = computePodTemplateHash(template, d.status?.collisionCount);
  template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash } };
  const selector = deepClone(d.spec.selector);
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash };
  const name = `${d.metadata.name}-${hash}`;

  // A ReplicaSet of that name with another template: a hash collision. Kubernetes bumps
  // status.collisionCount so that the next sync computes a different hash.
  const clash = rsList.find((rs) => rs.metadata.name === name);
  if (clash && !equalIgnoreHash(clash.spec.template, d.spec.template)) {
    const status = (d.status ??= {});
    status.collisionCount = (status.collisionCount ?? 0) + 1;
    ctx.updateDeploymentStatus();
    return { rs: undefined, ok: false };
  }

  const newRS: ReplicaSet = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: d.metadata.namespace,
      ownerReferences: [newControllerRef(d)],
      labels: { ...template.metadata.labels },
    },
    spec: { replicas: 0, minReadySeconds: d.spec.minReadySeconds ?? 0, selector, template },
  };
  newRS.spec.replicas = newRSNewReplicas(d, [...oldRSs, newRS], newRS);
  setNewReplicaSetAnnotations(d, newRS, newRevision, false);
  const scaledEvent = rsReplicas(newRS) > 0
    ? ctx.event('ScalingReplicaSet', `Scaled up replica set ${name} from 0 to ${rsReplicas(newRS)}`)
    : undefined;
  ctx.createReplicaSet(newRS, scaledEvent);
  rsList.push(newRS);
  setDeploymentRevision(ctx, String(newRevision));
  if (hasProgressDeadline(d)) {
    const c = newDeploymentCondition('Progressing', 'True', NEW_RS_REASON, `Created new replica set "${name}"`, ctx.nowMs);
    setCondition((d.status ??= {}), c);
  }
  ctx.updateDeploymentStatus();
  return { rs: newRS, ok: true };
}

function replaceInList(list: ReplicaSet[], rs: ReplicaSet): void {
  const i = list.findIndex((x) => x.metadata.name === rs.metadata.name);
  if (i >= 0) list[i] = rs;
}

/**
 * scaleReplicaSet: set spec.replicas and the desired/max annotations; the ScalingReplicaSet event
 * is recorded when the size changed. Mutates `rs` (the caller's working copy).
 */
export function scaleReplicaSet(ctx: DeploymentContext, rs: ReplicaSet, newScale: number, operation?: 'up' | 'down'): boolean {
  const d = ctx.d;
  const desired = replicasOf(d);
  const max = desired + maxSurge(d);
  const sizeNeedsUpdate = rsReplicas(rs) !== newScale;
  const annotationsNeedUpdate = replicasAnnotationsNeedUpdate(rs, desired, max);
  if (!sizeNeedsUpdate && !annotationsNeedUpdate) return false;
  const oldScale = rsReplicas(rs);
  rs.spec.replicas = newScale;
  setReplicasAnnotations(rs, desired, max);
  const op = operation ?? (oldScale < newScale ? 'up' : 'down');
  const event = sizeNeedsUpdate
    ? ctx.event('ScalingReplicaSet', `Scaled ${op} replica set ${rs.metadata.name} from ${oldScale} to ${newScale}`)
    : undefined;
  ctx.updateReplicaSet(rs, event);
  return sizeNeedsUpdate;
}

/** scaleReplicaSetAndRecordEvent: nothing to do when the size is already right. */
export function scaleReplicaSetAndRecordEvent(ctx: DeploymentContext, rs: ReplicaSet, newScale: number): boolean {
  if (rsReplicas(rs) === newScale) return false;
  return scaleReplicaSet(ctx, rs, newScale);
}
