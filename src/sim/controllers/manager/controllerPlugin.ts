// How a controller runs inside the simulated kube-controller-manager. Each controller is a plugin:
// it declares the informers it reads, reacts to their events, and hands ControllerActions to the
// host, which sends them through the API server. The cluster's composition (cluster/composition.ts)
// lists the controllers kube-controller-manager runs.
import type { KubeObject } from '../../api/types.ts';
import type { Informer } from '../../apiserver/client.ts';
import type { Narration } from '../../kernel/log.ts';
import type { ControllerName } from '../../../i18n/narration/messages.ts';
import type { TimerHandle } from '../../kernel/kernel.ts';
import type { ControllerAction } from '../util/actions.ts';

export type InformerEventType = 'add' | 'update' | 'delete';

export interface InformerEvent {
  resource: string;
  type: InformerEventType;
  object: KubeObject;
  old?: KubeObject;
}

export interface ExecuteOptions {
  /** Called after the last action, or after the first one that failed (with its error message). */
  onDone?: (ok: boolean, error?: string) => void;
  /** Called after each successful action with the server's copy of the object. */
  onResult?: (action: ControllerAction, result: KubeObject | undefined) => void;
}

export interface ControllerHost {
  /** The shared informer of a resource (started by the manager for every plugin's `resources`). */
  informer(resource: string): Informer;
  /** Absolute time in ms since the Unix epoch (object timestamps use it). */
  nowMs(): number;
  /** Sends the actions one after another; a failed request stops the rest. */
  execute(controller: ControllerName, actions: ControllerAction[], opts?: ExecuteOptions): void;
  /** A timer on the virtual clock; periodic checks pass background so settle() ignores them. */
  setTimer(ms: number, narration: Narration, fn: () => void, opts?: { background?: boolean; object?: string }): TimerHandle;
  clearTimer(handle: TimerHandle | undefined): void;
  /** Moves the controller's region of the manager's state machine ('idle' / 'syncing'). */
  setBusy(controller: ControllerName, busy: boolean): void;
}

export interface ControllerPlugin {
  /** The controller's name as kube-controller-manager calls it (--controllers), e.g. "replicaset-controller". */
  name: ControllerName;
  /** Plural resources whose informers the controller reads. */
  resources: string[];
  start(host: ControllerHost): ControllerInstance;
}

export interface ControllerInstance {
  /** Informer events of the declared resources, after the initial list has been synced. */
  onEvent?(e: InformerEvent): void;
  /** Called once every informer has delivered its initial list. */
  onSynced?(): void;
  /** The manager process stopped (timers are already cancelled). */
  onStop?(): void;
}

