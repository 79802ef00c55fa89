// ReplicaSet controller (pkg/controller/replicaset): apps/v1 ReplicaSets with a set-based selector.
import type { ReplicaSet } from '../../api/types.ts';
import { matchesLabelSelector } from '../util/labelSelector.ts';
import type { ReplicaOwner } from './replicaSync.ts';

export const REPLICASET_CONTROLLER = 'replicaset-controller';

export function replicaSetOwner(rs: ReplicaSet): ReplicaOwner {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: rs.metadata,
    // The API server defaults replicas to 1; an explicit 0 stays 0.
    replicas: rs.spec.replicas ?? 1,
    minReadySeconds: rs.spec.minReadySeconds ?? 0,
    template: rs.spec.template,
    status: rs.status,
    selects: (labels) => matchesLabelSelector(rs.spec.selector, labels),
    eventSource: REPLICASET_CONTROLLER,
  };
}
