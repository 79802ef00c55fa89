// The reconcile core shared by the ReplicaSet controller (apps/v1, set-based selector) and the
// ReplicationController manager (v1, equality selector). Kubernetes runs the RC manager on the
// ReplicaSet code through a conversion layer; the only differences are the selector, the kind and
// the event source.
import type { Labels, Pod, PodTemplateSpec, ReplicaSetStatus } from '../../api/types.ts';
import type { ControllerEvent } from '../util/actions.ts';
import { claimObjects, newControllerRef, type ClaimOwner } from '../util/controllerRefManager.ts';
import { isPodActive } from '../util/podUtil.ts';
import { deepClone } from '../util/semanticEqual.ts';
import { BURST_REPLICAS, slowStartBatchSizes } from './slowStart.ts';
import { getPodsToDelete } from './podDeletionOrder.ts';

/** What the shared core needs to know about a ReplicaSet or ReplicationController. */
export interface ReplicaOwner extends ClaimOwner {
  metadata: ClaimOwner['metadata'] & { generation?: number };
  replicas: number;
  minReadySeconds: number;
  template: PodTemplateSpec;
  status: ReplicaSetStatus | undefined;
  selects(labels: Labels | undefined): boolean;
  /** "replicaset-controller" or "replication-controller". */
  eventSource: string;
}

export interface ReplicaSyncInput {
  owner: ReplicaOwner;
  /** Every pod of the owner's namespace in the informer cache. */
  pods: Pod[];
  /**
   * Pods of sibling ReplicaSets under the same controller (a Deployment's other ReplicaSets),
   * used to rank pods that share a node. Defaults to the owner's own pods.
   */
  relatedPods?: Pod[];
  /** False while earlier creates/deletes have not been observed yet: then only status is synced. */
  expectationsSatisfied: boolean;
  nowMs: number;
}

export interface ReplicaSyncPlan {
  /** Pods to patch: adopted (controller ownerReference added) or released (removed). */
  adopt: Pod[];
  release: Pod[];
  /** Active pods the owner controls after claiming: the base of status and of the diff. */
  filteredPods: Pod[];
  /** Pods to create, in slow-start batches (1, 2, 4, ...). */
  create: { count: number; batches: number[]; pod: Pod } | undefined;
  /** Pods to delete, in deletion order. */
  delete: Pod[];
}

/** GetPodFromTemplate: labels, annotations and finalizers of the template, generateName "<owner>-". */
export function podFromTemplate(owner: ReplicaOwner): Pod {
  const t = owner.template;
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `${owner.metadata.name}-`,
      namespace: owner.metadata.namespace,
      ownerReferences: [newControllerRef(owner)],
    },
    spec: deepClone(t.spec),
  };
  if (t.metadata?.labels) pod.metadata.labels = { ...t.metadata.labels };
  if (t.metadata?.annotations) pod.metadata.annotations = { ...t.metadata.annotations };
  if (t.metadata?.finalizers) pod.metadata.finalizers = [...t.metadata.finalizers];
  return pod;
}

export function planReplicaSync(input: ReplicaSyncInput): ReplicaSyncPlan {
  const { owner } = input;
  const active = input.pods.filter(
    (p) => p.metadata.namespace === owner.metadata.namespace && isPodActive(p),
  );
  const claim = claimObjects(owner, active, (p) => owner.selects(p.metadata.labels));
  const plan: ReplicaSyncPlan = {
    adopt: claim.adopt,
    release: claim.release,
    filteredPods: claim.claimed,
    create: undefined,
    delete: [],
  };
  // rsNeedsSync && DeletionTimestamp == nil
  if (!input.expectationsSatisfied || owner.metadata.deletionTimestamp) return plan;
  const diff = claim.claimed.length - owner.replicas;
  if (diff < 0) {
    const count = Math.min(-diff, BURST_REPLICAS);
    plan.create = { count, batches: slowStartBatchSizes(count), pod: podFromTemplate(owner) };
  } else if (diff > 0) {
    const count = Math.min(diff, BURST_REPLICAS);
    plan.delete = getPodsToDelete(claim.claimed, input.relatedPods ?? claim.claimed, count, input.nowMs);
  }
  return plan;
}

function ownerRef(owner: ReplicaOwner, apiVersion: string) {
  return { apiVersion, kind: owner.kind, namespace: owner.metadata.namespace, name: owner.metadata.name ?? '', uid: owner.metadata.uid };
}

// Event texts from pkg/controller/controller_utils.go (RealPodControl).
export function createdPodEvent(owner: ReplicaOwner, podName: string): ControllerEvent {
  return { involvedObject: ownerRef(owner, owner.apiVersion), type: 'Normal', reason: 'SuccessfulCreate', message: `Created pod: ${podName}`, source: owner.eventSource };
}
export function failedCreateEvent(owner: ReplicaOwner, error: string): ControllerEvent {
  return { involvedObject: ownerRef(owner, owner.apiVersion), type: 'Warning', reason: 'FailedCreate', message: `Error creating: ${error}`, source: owner.eventSource };
}
export function deletedPodEvent(owner: ReplicaOwner, podName: string): ControllerEvent {
  return { involvedObject: ownerRef(owner, owner.apiVersion), type: 'Normal', reason: 'SuccessfulDelete', message: `Deleted pod: ${podName}`, source: owner.eventSource };
}
export function failedDeleteEvent(owner: ReplicaOwner, error: string): ControllerEvent {
  return { involvedObject: ownerRef(owner, owner.apiVersion), type: 'Warning', reason: 'FailedDelete', message: `Error deleting: ${error}`, source: owner.eventSource };
}
