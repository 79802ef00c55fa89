// ReplicationController manager (pkg/controller/replication): the ReplicaSet logic applied to
// v1 ReplicationControllers, whose selector is a plain label map (equality only). The API server
// defaults an empty selector to the template's labels.
import type { ReplicationController } from '../../api/types.ts';
import { matchesEqualitySelector } from '../util/labelSelector.ts';
import type { ReplicaOwner } from './replicaSync.ts';

export const REPLICATION_CONTROLLER = 'replication-controller';

export function replicationControllerOwner(rc: ReplicationController): ReplicaOwner {
  const selector = rc.spec.selector && Object.keys(rc.spec.selector).length > 0 ? rc.spec.selector : rc.spec.template.metadata?.labels;
  return {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: rc.metadata,
    replicas: rc.spec.replicas ?? 1,
    minReadySeconds: rc.spec.minReadySeconds ?? 0,
    template: rc.spec.template,
    status: rc.status,
    // An RC with no selector at all selects nothing (validation requires one).
    selects: (labels) => !!selector && Object.keys(selector).length > 0 && matchesEqualitySelector(selector, labels),
    eventSource: REPLICATION_CONTROLLER,
  };
}
