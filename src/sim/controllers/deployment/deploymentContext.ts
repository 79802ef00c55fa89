// The working state of one deployment sync. Go's sync functions mutate their copies of the
// Deployment and its ReplicaSets and call the API server as they go; here the same steps update
// local copies and append the requests, in the same order, to `actions`.
import type { Deployment, Pod, ReplicaSet } from '../../api/types.ts';
import type { ControllerAction, ControllerEvent } from '../util/actions.ts';
import { refOf } from '../util/actions.ts';
import { deepClone } from '../util/semanticEqual.ts';

export const DEPLOYMENT_CONTROLLER = 'deployment-controller';

export interface DeploymentSyncInput {
  deployment: Deployment;
  /** Every ReplicaSet of the Deployment's namespace in the informer cache. */
  replicaSets: ReplicaSet[];
  /** Every pod of the namespace (Recreate waits for old pods to be gone). */
  pods: Pod[];
  nowMs: number;
}

export interface DeploymentSyncResult {
  actions: ControllerAction[];
  /** Sync again after this long even without a watch event (progress deadline check). */
  requeueAfterMs?: number;
}

export class DeploymentContext {
  readonly actions: ControllerAction[] = [];
  d: Deployment;
  readonly nowMs: number;
  requeueAfterMs: number | undefined;

  constructor(input: DeploymentSyncInput) {
    this.d = deepClone(input.deployment);
    this.nowMs = input.nowMs;
  }

  event(reason: string, message: string, type: 'Normal' | 'Warning' = 'Normal'): ControllerEvent {
    return { involvedObject: refOf(this.d), type, reason, message, source: DEPLOYMENT_CONTROLLER };
  }

  /** UpdateStatus of the Deployment (the status subresource also carries annotation changes). */
  updateDeploymentStatus(): void {
    this.actions.push({ type: 'updateStatus', object: unversioned(this.d) });
  }

  createReplicaSet(rs: ReplicaSet, event?: ControllerEvent): void {
    this.actions.push({ type: 'create', object: unversioned(rs), event });
  }

  updateReplicaSet(rs: ReplicaSet, event?: ControllerEvent): void {
    this.actions.push({ type: 'update', object: unversioned(rs), event });
  }

  deleteReplicaSet(rs: ReplicaSet): void {
    this.actions.push({ type: 'delete', target: refOf(rs), preconditionUid: rs.metadata.uid });
  }
}

/**
 * The simulation applies controller writes without resourceVersion preconditions: each sync
 * starts from the latest cache, so a last-writer-wins update has the same effect as the real
 * conflict-and-retry loop, without the retry noise in the log.
 */
function unversioned<T extends Deployment | ReplicaSet>(obj: T): T {
  const copy = deepClone(obj);
  delete copy.metadata.resourceVersion;
  return copy;
}
