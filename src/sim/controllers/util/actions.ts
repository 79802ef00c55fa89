// What a reconcile function asks for. Reconcilers are pure: they read a snapshot of the objects
// (the informer cache) and return the API requests the real controller would send, in order.
// The kube-controller-manager actor sends them through the API server; a request that fails
// stops the rest of that sync (the real sync functions return on the first error and requeue).
import type { KubeObject } from '../../api/types.ts';
import type { Narration } from '../../kernel/log.ts';

export interface ObjectRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
  uid?: string;
}

export interface ControllerEvent {
  involvedObject: ObjectRef;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  /** The event source component, e.g. "replicaset-controller". */
  source: string;
}

/** An event recorded only once the request succeeded; may depend on the server's answer (generated names). */
export type EventOnSuccess = ControllerEvent | ((result: KubeObject) => ControllerEvent);


export type ControllerAction =
  | { type: 'create'; object: KubeObject; event?: EventOnSuccess; failureEvent?: (error: string) => ControllerEvent; narration?: Narration }
  /** narration: the log's words for a request the generic ones ("updates node node01") say too little about. */
  | { type: 'update'; object: KubeObject; event?: EventOnSuccess; narration?: Narration }
  | { type: 'updateStatus'; object: KubeObject; event?: EventOnSuccess; narration?: Narration }
  | {
      type: 'delete';
      target: ObjectRef;
      /** Delete only if the object still has this UID (DeleteOptions.Preconditions). */
      preconditionUid?: string;
      event?: EventOnSuccess;
      failureEvent?: (error: string) => ControllerEvent;
    }
  | { type: 'event'; event: ControllerEvent };

export function refOf(obj: KubeObject): ObjectRef {
  return {
    apiVersion: obj.apiVersion,
    kind: obj.kind,
    namespace: obj.metadata.namespace,
    name: obj.metadata.name ?? '',
    uid: obj.metadata.uid,
  };
}

export function resolveEvent(event: EventOnSuccess, result: KubeObject): ControllerEvent {
  return typeof event === 'function' ? event(result) : event;
}
