import type { KubeObject } from '../api/types.ts';
import type { Narration } from '../kernel/log.ts';
import type { ApiRequest, ApiResponse, WatchEvent } from './protocol.ts';

/** What the client needs from its owner (a Component): identity and a way to send messages. */
export interface ClientOwner {
  readonly id: string;
  send(to: string, kind: string, payload: unknown, narration: Narration, opts?: { object?: string; background?: boolean }): void;
}

export const APISERVER_ID = 'kube-apiserver';

export interface RequestEnvelope {
  requestId: number;
  request: ApiRequest;
  /** Heartbeat traffic: the API server keeps the flag on everything the request causes. */
  background?: boolean;
}

export interface ResponseEnvelope {
  requestId: number;
  response: ApiResponse;
}

export interface RequestOptions {
  narration?: Narration;
  background?: boolean;
}

export interface InformerHandlers {
  add?: (obj: KubeObject) => void;
  update?: (oldObj: KubeObject, newObj: KubeObject) => void;
  delete?: (obj: KubeObject) => void;
  /** Called once after the initial list has been delivered. */
  synced?: () => void;
}

/** A local cache of one resource kept current by a watch (client-go's shared informer, simplified). */
export class Informer {
  readonly resource: string;
  readonly store = new Map<string, KubeObject>();
  synced = false;

  constructor(resource: string) {
    this.resource = resource;
  }

  get(namespace: string | undefined, name: string): KubeObject | undefined {
    return this.store.get(namespace ? `${namespace}/${name}` : name);
  }

  list(): KubeObject[] {
    return [...this.store.values()];
  }
}

export function storeKey(obj: KubeObject): string {
  return obj.metadata.namespace ? `${obj.metadata.namespace}/${obj.metadata.name}` : String(obj.metadata.name);
}

export function objectRef(resource: string, namespace: string | undefined, name: string | undefined): string {
  if (!name) return namespace ? `${resource}/${namespace}` : resource;
  return namespace ? `${resource}/${namespace}/${name}` : `${resource}/${name}`;
}

/**
 * The component side of the API: every call becomes a request message to kube-apiserver and the
 * callback runs when the response message is delivered (no Promises: the engine is synchronous).
 */
export class ApiClient {
  private readonly owner: ClientOwner;
  private nextRequestId = 1;
  private readonly pending = new Map<number, (r: ApiResponse) => void>();
  private readonly watchHandlers = new Map<number, (e: WatchEvent) => void>();

  constructor(owner: ClientOwner) {
    this.owner = owner;
  }

  request(request: ApiRequest, callback?: (r: ApiResponse) => void, opts: RequestOptions = {}): void {
    const requestId = this.nextRequestId++;
    if (callback) this.pending.set(requestId, callback);
    const envelope: RequestEnvelope = { requestId, request, background: opts.background };
    const name = request.name ?? request.body?.metadata?.name;
    const namespace = request.namespace ?? request.body?.metadata?.namespace;
    const narration: Narration = opts.narration
      ?? { id: 'request', params: { from: this.owner.id, verb: request.verb, resource: request.resource, name, target: request.target } };
    this.owner.send(APISERVER_ID, 'request', envelope, narration, {
      object: objectRef(request.resource, namespace, name),
      background: opts.background,
    });
  }

  get(resource: string, namespace: string | undefined, name: string, cb: (r: ApiResponse) => void, opts?: RequestOptions): void {
    this.request({ verb: 'get', resource, namespace, name }, cb, opts);
  }

  list(resource: string, sel: { namespace?: string; labelSelector?: string; fieldSelector?: string }, cb: (r: ApiResponse) => void, opts?: RequestOptions): void {
    this.request({ verb: 'list', resource, ...sel }, cb, opts);
  }

  create(resource: string, body: KubeObject, cb?: (r: ApiResponse) => void, opts?: RequestOptions): void {
    this.request({ verb: 'create', resource, namespace: body.metadata.namespace, body }, cb, opts);
  }

  /** Full update with optimistic concurrency on metadata.resourceVersion (409 Conflict when stale). */
  update(resource: string, body: KubeObject, cb?: (r: ApiResponse) => void, opts?: RequestOptions): void {
    this.request({ verb: 'update', resource, namespace: body.metadata.namespace, name: body.metadata.name, body }, cb, opts);
  }

  updateStatus(resource: string, body: KubeObject, cb?: (r: ApiResponse) => void, opts?: RequestOptions): void {
    this.request({ verb: 'updateStatus', resource, namespace: body.metadata.namespace, name: body.metadata.name, body }, cb, opts);
  }

  /** JSON merge patch of the whole object (metadata/spec). */
  patch(resource: string, namespace: string | undefined, name: string, patch: Record<string, unknown>, cb?: (r: ApiResponse) => void, opts?: RequestOptions): void {
    this.request({ verb: 'patch', resource, namespace, name, patch }, cb, opts);
  }

  /** JSON merge patch of the status subresource: { phase: 'Running', ... }. */
  patchStatus(resource: string, namespace: string | undefined, name: string, status: Record<string, unknown>, cb?: (r: ApiResponse) => void, opts?: RequestOptions): void {
    this.request({ verb: 'patchStatus', resource, namespace, name, patch: { status } }, cb, opts);
  }

  delete(resource: string, namespace: string | undefined, name: string, cb?: (r: ApiResponse) => void, opts: RequestOptions & { gracePeriodSeconds?: number } = {}): void {
    this.request({ verb: 'delete', resource, namespace, name, gracePeriodSeconds: opts.gracePeriodSeconds }, cb, opts);
  }

  /** pods/binding: assigns a pod to a node (what the scheduler does). */
  bind(namespace: string, podName: string, nodeName: string, cb?: (r: ApiResponse) => void, opts?: RequestOptions): void {
    this.request({ verb: 'bind', resource: 'pods', namespace, name: podName, target: nodeName }, cb, opts);
  }

  /**
   * Records a v1 Event about an object (what `kubectl describe` lists). Fire-and-forget, like
   * client-go's event broadcaster; repeated identical events are aggregated (count, lastTimestamp).
   */
  recordEvent(involved: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, opts: { background?: boolean; host?: string } = {}): void {
    const body = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { namespace: involved.metadata.namespace ?? 'default' },
      involvedObject: {
        apiVersion: involved.apiVersion,
        kind: involved.kind,
        name: involved.metadata.name ?? '',
        namespace: involved.metadata.namespace,
        uid: involved.metadata.uid,
        resourceVersion: involved.metadata.resourceVersion,
      },
      reason,
      message,
      type,
      source: { component: sourceComponent(this.owner.id), host: opts.host },
    } as unknown as KubeObject;
    this.request({ verb: 'event', resource: 'events', namespace: body.metadata.namespace, body }, undefined, {
      background: opts.background,
      narration: { id: 'event.record', params: { from: this.owner.id, kind: involved.kind, name: involved.metadata.name ?? '', reason } },
    });
  }

  /** Starts a watch; onList receives the initial list (list+watch in one round trip). */
  watch(resource: string, sel: { namespace?: string; labelSelector?: string; fieldSelector?: string }, onEvent: (e: WatchEvent) => void, onList?: (items: KubeObject[]) => void, opts?: RequestOptions): void {
    this.request(
      { verb: 'watch', resource, ...sel },
      (r) => {
        if (!r.ok || r.watchId === undefined) return;
        this.watchHandlers.set(r.watchId, onEvent);
        onList?.(r.items ?? []);
      },
      opts,
    );
  }

  informer(resource: string, sel: { namespace?: string; labelSelector?: string; fieldSelector?: string }, handlers: InformerHandlers, opts?: RequestOptions): Informer {
    const informer = new Informer(resource);
    this.watch(
      resource,
      sel,
      (e) => {
        const key = storeKey(e.object);
        const old = informer.store.get(key);
        if (e.type === 'DELETED') {
          informer.store.delete(key);
          handlers.delete?.(e.object);
        } else {
          informer.store.set(key, e.object);
          if (old) handlers.update?.(old, e.object);
          else handlers.add?.(e.object);
        }
      },
      (items) => {
        for (const item of items) {
          informer.store.set(storeKey(item), item);
          handlers.add?.(item);
        }
        informer.synced = true;
        handlers.synced?.();
      },
      opts,
    );
    return informer;
  }

  handleResponse(envelope: ResponseEnvelope): void {
    const cb = this.pending.get(envelope.requestId);
    if (!cb) return;
    this.pending.delete(envelope.requestId);
    cb(envelope.response);
  }

  handleWatch(event: WatchEvent): void {
    this.watchHandlers.get(event.watchId)?.(event);
  }

  /** Drops pending callbacks and watches (the process stopped; its connections are gone). */
  reset(): void {
    this.pending.clear();
    this.watchHandlers.clear();
  }

  hasPending(): boolean {
    return this.pending.size > 0;
  }
}

function sourceComponent(id: string): string {
  if (id.startsWith('kubelet-')) return 'kubelet';
  if (id === 'kube-scheduler') return 'default-scheduler';
  return id;
}

