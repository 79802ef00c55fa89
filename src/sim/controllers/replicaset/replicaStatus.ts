// ReplicaSet / ReplicationController status (replica_set_utils.go calculateStatus).
import type { Condition, Labels, Pod, ReplicaSetStatus } from '../../api/types.ts';
import { matchesEqualitySelector } from '../util/labelSelector.ts';
import { isPodAvailable, isPodReady } from '../util/podUtil.ts';
import { formatTime } from '../util/time.ts';
import { deepClone } from '../util/semanticEqual.ts';

export interface ReplicaStatusInput {
  status: ReplicaSetStatus | undefined;
  replicas: number;
  minReadySeconds: number;
  templateLabels: Labels | undefined;
  generation: number | undefined;
}

/** `manageError` is the error of the last create/delete round, if any (sets ReplicaFailure). */
export function calculateReplicaStatus(
  owner: ReplicaStatusInput,
  filteredPods: Pod[],
  manageError: string | undefined,
  nowMs: number,
): ReplicaSetStatus {
  const previous = deepClone(owner.status) ?? { replicas: 0 };
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  for (const pod of filteredPods) {
    // The template labels as an equality selector: "fully labeled" pods carry all of them.
    if (matchesEqualitySelector(owner.templateLabels, pod.metadata.labels)) fullyLabeled++;
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, owner.minReadySeconds, nowMs)) available++;
    }
  }
  let conditions: Condition[] | undefined = previous.conditions;
  const failure = conditions?.find((c) => c.type === 'ReplicaFailure');
  if (manageError !== undefined && !failure) {
    const diff = filteredPods.length - owner.replicas;
    const reason = diff < 0 ? 'FailedCreate' : diff > 0 ? 'FailedDelete' : '';
    conditions = [
      ...(conditions ?? []),
      { type: 'ReplicaFailure', status: 'True', lastTransitionTime: formatTime(nowMs), reason, message: manageError },
    ];
  } else if (manageError === undefined && failure) {
    conditions = conditions!.filter((c) => c.type !== 'ReplicaFailure');
    if (conditions.length === 0) conditions = undefined;
  }
  // Zero counts are omitted, as the API serialises them (omitempty); `replicas` is always present.
  const status: ReplicaSetStatus = { replicas: filteredPods.length };
  if (fullyLabeled) status.fullyLabeledReplicas = fullyLabeled;
  if (ready) status.readyReplicas = ready;
  if (available) status.availableReplicas = available;
  // updateReplicaSetStatus stamps the generation it acted on.
  const observed = owner.generation ?? previous.observedGeneration;
  if (observed) status.observedGeneration = observed;
  if (conditions) status.conditions = conditions;
  return status;
}
