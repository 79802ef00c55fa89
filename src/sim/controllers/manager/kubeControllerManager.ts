// The simulated kube-controller-manager: one process (component) hosting the controller plugins.
// It keeps one shared informer per resource, fans informer events out to the plugins, and sends
// their ControllerActions to kube-apiserver one request at a time. Its XState actor has one
// parallel region per controller ('idle' / 'syncing') so the player can show which loop is busy.
import { setup, type AnyStateMachine } from 'xstate';
import { EPOCH_MS } from '../../api/meta.ts';
import type { KubeObject } from '../../api/types.ts';
import type { Informer } from '../../apiserver/client.ts';
import type { ApiResponse } from '../../apiserver/protocol.ts';
import { Component, type SimContext } from '../../cluster/component.ts';
import type { Narration } from '../../kernel/log.ts';
import type { ControllerName } from '../../../i18n/narration/messages.ts';
import { resolveEvent, type ControllerAction, type ControllerEvent } from '../util/actions.ts';
import { semanticEqual } from '../util/semanticEqual.ts';
import { actionNarration, pluralOf } from './narration.ts';
import type { ControllerHost, ControllerInstance, ControllerPlugin, ExecuteOptions, InformerEvent } from './controllerPlugin.ts';

export const KCM_ID = 'kube-controller-manager';

function managerMachine(plugins: readonly ControllerPlugin[]): AnyStateMachine {
  const regions: Record<string, object> = {};
  for (const p of plugins) {
    regions[p.name] = {
      initial: 'idle',
      states: {
        idle: { on: { [`${p.name}.BUSY`]: 'syncing' } },
        syncing: { on: { [`${p.name}.IDLE`]: 'idle' } },
      },
    };
  }
  return setup({}).createMachine({
    id: 'kube-controller-manager',
    initial: 'running',
    states: {
      running: { type: 'parallel', states: regions, on: { STOP: 'stopped' } },
      stopped: { on: { START: 'running' } },
    },
  } as never) as unknown as AnyStateMachine;
}

export class KubeControllerManager extends Component implements ControllerHost {
  private readonly plugins: readonly ControllerPlugin[];
  private readonly instances = new Map<string, ControllerInstance>();
  private readonly informers = new Map<string, Informer>();
  private syncedCount = 0;

  constructor(sim: SimContext, plugins: readonly ControllerPlugin[], node?: string) {
    super(KCM_ID, 'kube-controller-manager', sim, node);
    this.plugins = plugins;
    this.startActor(managerMachine(plugins));
    this.startControllers();
  }

  private startControllers(): void {
    this.informers.clear();
    this.instances.clear();
    this.syncedCount = 0;
    for (const p of this.plugins) this.instances.set(p.name, p.start(this));
    const resources = [...new Set(this.plugins.flatMap((p) => p.resources))];
    for (const resource of resources) {
      const listeners = this.plugins.filter((p) => p.resources.includes(resource)).map((p) => p.name);
      const fan = (e: InformerEvent) => {
        for (const name of listeners) this.instances.get(name)?.onEvent?.(e);
      };
      let synced = false;
      const informer = this.api.informer(resource, {}, {
        add: (object) => synced && fan({ resource, type: 'add', object }),
        update: (old, object) => fan({ resource, type: 'update', object, old }),
        delete: (object) => fan({ resource, type: 'delete', object }),
        synced: () => {
          synced = true;
          if (++this.syncedCount === resources.length) for (const i of this.instances.values()) i.onSynced?.();
        },
      }, { narration: { id: 'kcm.watch', params: { resource } } });
      this.informers.set(resource, informer);
    }
  }

  protected override onStop(): void {
    for (const i of this.instances.values()) i.onStop?.();
  }

  protected override onStart(): void {
    // A restarted process lists and watches again from scratch, like a real restart.
    this.startControllers();
  }

  /** The first busy controller's region ('running.replicaset-controller.syncing'), else the first region. */
  override stateValue(): string {
    const value = this.actor?.getSnapshot().value as Record<string, Record<string, string>> | string | undefined;
    if (!value || typeof value === 'string') return value ?? (this.up ? 'running' : 'stopped');
    const regions = value.running ?? {};
    const busy = Object.entries(regions).find(([, v]) => v === 'syncing');
    const [name, state] = busy ?? Object.entries(regions)[0] ?? ['', ''];
    return name ? `running.${name}.${state}` : 'running';
  }

  informer(resource: string): Informer {
    const i = this.informers.get(resource);
    if (!i) throw new Error(`kube-controller-manager has no informer for ${resource}`);
    return i;
  }

  nowMs(): number {
    return EPOCH_MS + this.sim.now();
  }

  setBusy(controller: string, busy: boolean): void {
    // Work queues report after every item; only a change of the region's state is an event for the
    // actor (an event without a transition would change nothing, but costs a full macrostep).
    const value = this.actor?.getSnapshot().value as { running?: Record<string, string> } | string | undefined;
    const region = typeof value === 'object' ? value.running?.[controller] : undefined;
    if (region === (busy ? 'syncing' : 'idle')) return;
    this.actor?.send({ type: `${controller}.${busy ? 'BUSY' : 'IDLE'}` });
  }

  execute(controller: ControllerName, actions: ControllerAction[], opts: ExecuteOptions = {}): void {
    let i = 0;
    const next = (): void => {
      if (!this.up) return;
      if (i >= actions.length) return opts.onDone?.(true);
      const action = actions[i++];
      this.send1(controller, action, (ok, result, error) => {
        if (!ok) {
          const failure = 'failureEvent' in action ? action.failureEvent : undefined;
          if (failure && error) this.recordControllerEvent(controller, failure(error));
          return opts.onDone?.(false, error);
        }
        if ('event' in action && action.event && action.type !== 'event') this.recordControllerEvent(controller, resolveEvent(action.event, result ?? ({} as KubeObject)));
        opts.onResult?.(action, result);
        next();
      });
    };
    next();
  }

  private send1(controller: ControllerName, action: ControllerAction, done: (ok: boolean, result: KubeObject | undefined, error?: string) => void): void {
    const narration = actionNarration(controller, action);
    const cb = (r: ApiResponse) => (r.ok ? done(true, r.object) : done(false, undefined, r.message));
    switch (action.type) {
      case 'create':
        return this.api.create(pluralOf(action.object.kind), unversioned(action.object), cb, { narration });
      case 'update':
        return this.api.update(pluralOf(action.object.kind), unversioned(action.object), cb, { narration });
      case 'updateStatus': {
        const obj = unversioned(action.object);
        const plural = pluralOf(obj.kind);
        // The Deployment controller writes its revision annotation through UpdateStatus, which on a
        // real API server also persists metadata changes; this API server's status subresource takes
        // only status, so the annotations go first as a metadata patch.
        const cached = this.informers.get(plural)?.get(obj.metadata.namespace, obj.metadata.name ?? '');
        if (cached && !semanticEqual(cached.metadata.annotations, obj.metadata.annotations)) {
          return this.api.patch(plural, obj.metadata.namespace, obj.metadata.name ?? '', { metadata: { annotations: annotationPatch(cached.metadata.annotations, obj.metadata.annotations) } }, (r) => {
            if (!r.ok) return done(false, undefined, r.message);
            this.api.updateStatus(plural, obj, cb, { narration });
          }, { narration: { id: 'controller.update-annotations', params: { controller, resource: plural, name: obj.metadata.name ?? '' } } });
        }
        return this.api.updateStatus(plural, obj, cb, { narration });
      }
      case 'delete': {
        const t = action.target;
        const plural = pluralOf(t.kind);
        const cached = this.informers.get(plural)?.get(t.namespace, t.name);
        if (action.preconditionUid && cached && cached.metadata.uid !== action.preconditionUid) {
          return done(false, undefined, `Precondition failed: UID in precondition: ${action.preconditionUid}, UID in object meta: ${cached.metadata.uid}`);
        }
        return this.api.delete(plural, t.namespace, t.name, cb, { narration });
      }
      case 'event':
        this.recordControllerEvent(controller, action.event, narration);
        return done(true, undefined);
    }
  }

  /** Sends a v1 Event with the controller's own source component (as `kubectl describe` shows in FROM). */
  recordControllerEvent(controller: ControllerName, e: ControllerEvent, narration?: Narration): void {
    const namespace = e.involvedObject.namespace ?? 'default';
    const body = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { namespace },
      involvedObject: { ...e.involvedObject },
      reason: e.reason,
      message: e.message,
      type: e.type,
      source: { component: e.source },
    } as unknown as KubeObject;
    this.api.request({ verb: 'event', resource: 'events', namespace, body }, undefined, {
      narration: narration ?? actionNarration(controller, { type: 'event', event: e }),
    });
  }
}

function unversioned(obj: KubeObject): KubeObject {
  const copy = JSON.parse(JSON.stringify(obj)) as KubeObject;
  // Controllers write what they computed from the latest cache (last writer wins) instead of
  // retrying on 409 Conflict: the effect is the same and the log shows no retry noise.
  delete copy.metadata.resourceVersion;
  return copy;
}

/** A JSON merge patch turning `from` annotations into `to` (null deletes a key). */
function annotationPatch(from: Record<string, string> | undefined, to: Record<string, string> | undefined): Record<string, string | null> {
  const patch: Record<string, string | null> = {};
  for (const k of Object.keys(from ?? {})) if (!to || !(k in to)) patch[k] = null;
  for (const [k, v] of Object.entries(to ?? {})) if (from?.[k] !== v) patch[k] = v;
  return patch;
}

