import { setup } from 'xstate';
import { applyDefaults } from '../api/defaults.ts';
import { semanticEqual } from './semanticEqual.ts';
import { formatFieldError, invalidMessage, type FieldError } from '../api/fieldErrors.ts';
import { applyMergePatch } from '../api/mergePatch.ts';
import { clone, EPOCH_MS, timestamp } from '../api/meta.ts';
import { allResources, etcdKey, resolveResource, type ResourceKind } from '../api/resources.ts';
import type { KubeEvent, KubeObject, Pod } from '../api/types.ts';
import { newUid } from '../api/uid.ts';
import { validateObject } from '../api/validation.ts';
import { strictDecodingMessage, unknownPodFields } from '../api/strictFields.ts';
import { patchedByClient, unchangedByPatch } from './patchHandler.ts';
import { decodePatchedObject, decodeRequestBody, decodeStoredValue, MAX_REQUEST_BODY_BYTES, requestTooLarge } from './requestDecoding.ts';
import { Component, type Message, type SimContext } from '../cluster/component.ts';
import { K8S_NAME_ALPHABET } from '../kernel/rng.ts';
import type { Narration } from '../kernel/log.ts';
import { runMutating, runValidating, type AdmissionAttributes, type AdmissionPlugin } from './admission.ts';
import { APISERVER_ID, objectRef, storeKey, type RequestEnvelope, type ResponseEnvelope } from './client.ts';
import { failure, type ApiFailure, type ApiRequest, type ApiResponse, type WatchEvent, type WatchEventType } from './protocol.ts';
import { parseFieldSelector, parseFieldTerms, parseLabelSelector, SelectorError, type FieldMatcher, type Matcher } from './selectors.ts';
import type { KeyValue, StorageEnvelope, StorageReplyEnvelope, StorageRequest, StorageResponse } from './storage.ts';
import { EtcdReflector, REGISTRY_PREFIX } from './etcdReflector.ts';
import { answerReview, checkRequest } from './rbac/authorization.ts';
import { evictPod } from './podEviction.ts';
import { checkFieldSelector } from './fieldSelectors.ts';
import type { WatchResponse } from '../etcd/server/requests.ts';

/**
 * kube-apiserver: authenticates, authorizes, runs admission and validation, persists to etcd
 * (resourceVersion = etcd mod revision), and fans committed changes out to watchers.
 *
 * Simplifications (documented for the UI): kubectl's requests go through RBAC (rbac/authorization.ts),
 * the components are trusted; objects are stored as JSON, not protobuf. The watch cache follows etcd
 * through a watch of /registry (etcdReflector.ts) and also applies the API server's own committed
 * writes at once (write-through), so that the next write to the same key sees them.
 */
export const apiServerMachine = setup({}).createMachine({
  id: 'kube-apiserver',
  initial: 'serving',
  states: {
    serving: { on: { STOP: 'stopped' } },
    stopped: { on: { START: 'serving' } },
  },
});

interface Watcher {
  id: number;
  owner: string;
  resource: string;
  namespace?: string;
  labels: Matcher;
  fields: FieldMatcher;
  /** Set when the only field term is spec.nodeName=<node> (the kubelet's watch): indexed by node. */
  nodeName?: string;
}

/** kube-apiserver --etcd-compaction-interval default. */
export const COMPACTION_INTERVAL_MS = 5 * 60_000;

/** How long the API server waits for a kubelet (logs) before giving up. */
export const LOGS_TIMEOUT_MS = 5_000;

/** How long the API server waits for etcd before failing a request. */
export const STORAGE_TIMEOUT_MS = 7_000;

/** Kinds whose spec changes bump metadata.generation. */
/** The timer of every etcd request (one narration object shared by all of them). */
const STORAGE_TIMEOUT: Narration = { id: 'apiserver.storage-timeout', params: {} };

const GENERATION_KINDS = new Set(['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'ReplicationController']);

/** Authentication: requests without a token use the admin client certificate; tokens must be known. */
const KNOWN_TOKENS = new Set([undefined, 'admin']);

export class ApiServer extends Component {
  /** The watch cache: resource plural -> storage key -> object (with resourceVersion). */
  private readonly cache = new Map<string, Map<string, KubeObject>>();
  private readonly reflector: EtcdReflector;
  /**
   * Keys the API server deleted itself, with the revision of the delete: a watch event older than
   * that (still in flight) must not bring the object back. Dropped once the watch has passed them.
   */
  private readonly tombstones = new Map<string, number>();
  private readonly watchers: Watcher[] = [];
  /** Watchers per resource; kubelet-style pod watches are further indexed by node name. */
  private readonly watchersByResource = new Map<string, Watcher[]>();
  private readonly podWatchersByNode = new Map<string, Watcher[]>();
  /** Event aggregation index: involved object + reason + message + source -> event key. */
  private readonly eventIndex = new Map<string, string>();
  private nextWatchId = 1;
  private nextStorageId = 1;
  private readonly pendingStorage = new Map<number, (r: StorageResponse) => void>();
  private eventCounter = 0;
  private nextLogsId = 1;
  private readonly pendingLogs = new Map<number, (text: string | undefined) => void>();
  /** Memory of admission plugins across requests (see AdmissionAttributes.pluginState). */
  private readonly admissionState = new Map<string, unknown>();
  /** Cache readers handed to admission plugins (made once, not per request). */
  private readonly lookupCached = (resource: string, namespace: string | undefined, name: string) => this.cached(resource, namespace, name);
  private readonly listCached = (resource: string, namespace?: string) => this.cachedList(resource, namespace);
  /**
   * Writes to one key are applied one after another (the effect of etcd3 GuaranteedUpdate's
   * compare-and-retry): a request for a key with a write in flight waits, then runs against the
   * committed state. Preconditions (resourceVersion in an update) are still checked then.
   */
  private readonly busyKeys = new Set<string>();
  private readonly waitingByKey = new Map<string, (() => void)[]>();
  /** --etcd-servers: the members the API server's etcd client may use, in order. */
  readonly etcdEndpoints: string[];

  /** --enable-admission-plugins, in the order they run (the cluster's composition lists them). */
  private readonly admission: readonly AdmissionPlugin[];

  constructor(sim: SimContext, etcdEndpoints: string[], admission: readonly AdmissionPlugin[]) {
    super(APISERVER_ID, 'kube-apiserver', sim, 'controlplane');
    this.etcdEndpoints = etcdEndpoints;
    this.admission = admission;
    this.startActor(apiServerMachine);
    this.scheduleCompaction();
    this.reflector = new EtcdReflector({
      endpoint: () => this.currentEtcdEndpoint(),
      openStream: (member, streamId, startRevision) => {
        this.send(member, 'storage', { storageId: 0, request: EtcdReflector.request(startRevision), stream: streamId }, { id: 'apiserver.open-etcd-watch', params: { revision: startRevision } }, { background: true });
      },
      later: (ms, fn) => this.setTimer(ms, { id: 'apiserver.reopen-etcd-watch', params: {} }, fn, { background: true, kind: 'timer' }),
      list: (cb) => this.storage({ op: 'range', key: REGISTRY_PREFIX, prefix: true }, true, (r) => cb(r.ok ? { kvs: r.kvs ?? [], revision: r.revision } : undefined)),
      applyPut: (kv, background) => this.applyWatchedPut(kv, background),
      applyDelete: (key, revision, background) => this.applyWatchedDelete(key, revision, background),
      replaceAll: (kvs) => this.replaceFromList(kvs),
    });
  }

  /** Follows etcd from the revision the cache was loaded at (called once the cluster is built). */
  followStore(revision: number): void {
    this.reflector.start(revision);
  }

  /** The last revision the watch cache has seen from etcd (tests: it catches up with every commit). */
  watchCacheRevision(): number {
    return this.reflector.revision;
  }

  /**
   * The storage compactor (--etcd-compaction-interval, 5 minutes): each round compacts etcd to the
   * revision seen at the previous round, so history older than one interval goes away.
   */
  private lastSeenRevision = 0;

  private scheduleCompaction(): void {
    this.setTimer(COMPACTION_INTERVAL_MS, { id: 'apiserver.compaction-timer', params: {} }, () => {
      const target = this.lastSeenRevision;
      this.storage({ op: 'range', key: '/registry/namespaces/default' }, true, (r) => {
        if (r.ok) this.lastSeenRevision = r.revision;
        if (target > 0) this.storage({ op: 'compact', key: '', revision: target }, true, () => undefined);
      });
      this.scheduleCompaction();
    }, { background: true, kind: 'compaction' });
  }

  /** The etcd client fails over to the next member whose connection is alive. */
  currentEtcdEndpoint(): string {
    return this.etcdEndpoints.find((id) => this.sim.component(id)?.up) ?? this.etcdEndpoints[0];
  }

  // ---- direct access used by the cluster (bootstrap, snapshot) ----

  cached(resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.cache.get(resource)?.get(namespace ? `${namespace}/${name}` : name);
  }

  cachedList(resource: string, namespace?: string): KubeObject[] {
    const out: KubeObject[] = [];
    const m = this.cache.get(resource);
    if (!m) return out;
    for (const o of m.values()) if (!namespace || o.metadata.namespace === namespace) out.push(o);
    return out;
  }

  /** Seeds the cache from what etcd holds (bootstrap writes straight into the store before the clock starts). */
  loadFromStore(entries: KeyValue[]): void {
    this.cache.clear();
    for (const kv of entries) {
      const obj = decode(kv);
      if (!obj) continue;
      const rk = resolveResourceOfKey(kv.key);
      if (!rk) continue;
      this.cacheFor(rk.plural).set(storeKey(obj), obj);
    }
  }

  protected override onMessage(msg: Message): void {
    if (msg.kind === 'request') this.handle(msg.from, msg.payload as RequestEnvelope);
    else if (msg.kind === 'logs-reply') {
      const { logsId, text } = msg.payload as { logsId: number; text?: string };
      const cb = this.pendingLogs.get(logsId);
      this.pendingLogs.delete(logsId);
      cb?.(text);
    } else if (msg.kind === 'etcd-watch') {
      const { streamId, response } = msg.payload as { streamId: number; response: WatchResponse };
      this.reflector.onStream(streamId, response, !!(msg as { background?: boolean }).background);
    } else if (msg.kind === 'watch-closed') {
      this.reflector.onClosed((msg.payload as { streamId: number }).streamId);
    } else if (msg.kind === 'storage-reply') {
      const env = msg.payload as StorageReplyEnvelope;
      const cb = this.pendingStorage.get(env.storageId);
      if (cb) {
        this.pendingStorage.delete(env.storageId);
        cb(env.response);
      }
    }
  }

  protected override onStart(): void {
    this.reflector.start(this.reflector.revision);
  }

  protected override onStop(): void {
    this.reflector.stop();
    this.pendingStorage.clear();
    this.watchers.length = 0;
    this.watchersByResource.clear();
    this.podWatchersByNode.clear();
    this.busyKeys.clear();
    this.waitingByKey.clear();
  }

  private addWatcher(w: Watcher): void {
    this.watchers.push(w);
    if (w.nodeName !== undefined) {
      const list = this.podWatchersByNode.get(w.nodeName) ?? [];
      list.push(w);
      this.podWatchersByNode.set(w.nodeName, list);
    } else {
      const list = this.watchersByResource.get(w.resource) ?? [];
      list.push(w);
      this.watchersByResource.set(w.resource, list);
    }
  }

  private removeWatcher(w: Watcher): void {
    const drop = (list: Watcher[] | undefined) => {
      if (!list) return;
      const i = list.indexOf(w);
      if (i >= 0) list.splice(i, 1);
    };
    drop(this.watchers);
    drop(w.nodeName !== undefined ? this.podWatchersByNode.get(w.nodeName) : this.watchersByResource.get(w.resource));
  }

  // ---- request handling ----

  private handle(from: string, env: RequestEnvelope): void {
    const req = env.request;
    const lockKey = this.writeKey(req);
    if (lockKey !== undefined) {
      if (this.busyKeys.has(lockKey)) {
        const queue = this.waitingByKey.get(lockKey) ?? [];
        queue.push(() => this.handle(from, env));
        this.waitingByKey.set(lockKey, queue);
        return;
      }
      this.busyKeys.add(lockKey);
    }
    let released = false;
    const release = () => {
      if (lockKey === undefined || released) return;
      released = true;
      this.busyKeys.delete(lockKey);
      const next = this.waitingByKey.get(lockKey)?.shift();
      if (this.waitingByKey.get(lockKey)?.length === 0) this.waitingByKey.delete(lockKey);
      next?.();
    };
    // The key is released when the answer is sent: after the write committed, or at once on rejection.
    this.handleUnlocked(from, env, (response) => {
      this.reply(from, env, response);
      release();
    });
  }

  /** Lock key of a mutating request ('pods/default/nginx'), undefined for reads. */
  private writeKey(req: ApiRequest): string | undefined {
    if (req.verb === 'get' || req.verb === 'list' || req.verb === 'watch' || req.verb === 'unwatch' || req.verb === 'event' || req.verb === 'logs') return undefined;
    const name = req.name ?? req.body?.metadata?.name;
    if (!name) return undefined;
    return `${req.resource}/${req.namespace ?? req.body?.metadata?.namespace ?? ''}/${name}`;
  }

  private handleUnlocked(from: string, env: RequestEnvelope, respond: (r: ApiResponse) => void): void {
    const req = env.request;
    if (!KNOWN_TOKENS.has(req.token)) return respond(failure('Unauthorized', 'Unauthorized'));
    const denied = checkRequest(req, from, this.listCached);
    if (denied) return respond(denied);
    if (isReview(req)) return respond({ ok: true, code: 201, object: answerReview(req, this.listCached), resourceVersion: '' });
    const rk = resolveResource(req.resource);
    if (!rk || rk.plural !== req.resource) {
      return respond(failure('NotFound', 'the server could not find the requested resource'));
    }
    if ((req.verb === 'create' || req.verb === 'update' || req.verb === 'patch') && requestTooLarge(req)) {
      return respond(failure('RequestEntityTooLarge', `Request entity too large: limit is ${MAX_REQUEST_BODY_BYTES}`));
    }
    try {
      switch (req.verb) {
        case 'get':
          return this.doGet(rk, req, env, respond);
        case 'list':
          return this.doList(rk, req, env, respond);
        case 'watch':
          return this.doWatch(from, rk, req, respond);
        case 'unwatch': {
          const w = this.watchers.find((x) => x.id === req.watchId && x.owner === from);
          if (w) this.removeWatcher(w);
          return respond({ ok: true, code: 200, resourceVersion: '' });
        }
        case 'create':
          return this.doCreate(rk, req, env, respond);
        case 'update':
        case 'updateStatus':
        case 'patch':
        case 'patchStatus':
          return this.doUpdate(rk, req, env, respond);
        case 'delete':
          return this.doDelete(rk, req, env, respond);
        case 'bind':
          return this.doBind(req, env, respond);
        case 'evict':
          return evictPod(rk, req, respond, (answer) => this.doDelete(rk, req, env, answer));
        case 'event':
          return this.doEvent(req, env);
        case 'logs':
          return this.doLogs(req, respond);
      }
    } catch (e) {
      if (e instanceof SelectorError) return respond(failure('BadRequest', e.message));
      throw e;
    }
    respond(failure('MethodNotAllowed', 'the server does not allow this method on the requested resource'));
  }

  private reply(to: string, env: RequestEnvelope, response: ApiResponse): void {
    const payload: ResponseEnvelope = { requestId: env.requestId, response };
    const r = env.request;
    // The narration keeps only small strings and numbers, never the objects (the log lives long).
    const resource = r.resource;
    // The body is the client's, not yet decoded: only strings name the object in the log.
    const name = r.name ?? stringOrUndefined(r.body?.metadata?.name);
    const namespace = r.namespace ?? stringOrUndefined(r.body?.metadata?.namespace);
    const narration: Narration = response.ok
      ? { id: 'apiserver.respond', params: { to, code: response.code } }
      : { id: 'apiserver.reject', params: { resource, name, code: response.code, reason: response.reason } };
    this.send(to, 'response', payload, narration, { object: objectRef(resource, namespace, name), background: env.background });
  }

  private storage(request: StorageRequest, background: boolean | undefined, cb: (r: StorageResponse) => void): void {
    const storageId = this.nextStorageId++;
    // etcd never answers a request it cannot commit (no leader, member gone): time it out as the
    // API server's etcd client does.
    const timer = this.setTimer(STORAGE_TIMEOUT_MS, STORAGE_TIMEOUT, () => {
      const pending = this.pendingStorage.get(storageId);
      this.pendingStorage.delete(storageId);
      pending?.({ ok: false, revision: 0, error: 'unavailable', message: 'etcdserver: request timed out' });
    }, { kind: 'timeout', background });
    this.pendingStorage.set(storageId, (r) => {
      this.clearTimer(timer);
      cb(r);
    });
    const envelope: StorageEnvelope = { storageId, request, background };
    this.send(this.currentEtcdEndpoint(), 'storage', envelope, storageNarration(request), { object: keyToObjectRef(request.key), background });
  }

  private attrs(operation: AdmissionAttributes['operation'], rk: ResourceKind, namespace: string | undefined, name: string | undefined, object: KubeObject | undefined, oldObject: KubeObject | undefined, req: ApiRequest): AdmissionAttributes {
    return {
      operation, resource: rk, namespace, name, object, oldObject,
      user: req.user ?? 'kubernetes-admin',
      dryRun: !!req.dryRun,
      lookup: this.lookupCached,
      list: this.listCached,
      now: this.sim.now(),
      pluginState: this.admissionState,
    };
  }

  private doGet(rk: ResourceKind, req: ApiRequest, env: RequestEnvelope, respond: (r: ApiResponse) => void): void {
    const ns = rk.namespaced ? req.namespace ?? 'default' : undefined;
    if (!req.name) return respond(failure('BadRequest', 'resource name may not be empty'));
    const key = etcdKey(rk, ns, req.name);
    this.storage({ op: 'range', key }, env.background, (r) => {
      if (!r.ok) return respond(unavailable(r));
      const kv = r.kvs?.[0];
      if (!kv) return respond(notFound(rk, req.name!));
      const stored = decodeStoredValue(rk.kind, kv.value);
      if (!stored.ok) return respond(stored.failure);
      const obj = stored.object;
      obj.metadata.resourceVersion = String(kv.modRevision);
      respond({ ok: true, code: 200, object: obj, resourceVersion: String(kv.modRevision) });
    });
  }

  private doList(rk: ResourceKind, req: ApiRequest, env: RequestEnvelope, respond: (r: ApiResponse) => void): void {
    const labels = parseLabelSelector(req.labelSelector);
    const fields = parseFieldSelector(req.fieldSelector);
    checkFieldSelector(rk.plural, req.fieldSelector);
    const ns = rk.namespaced ? req.namespace : undefined;
    const prefix = ns ? `${rk.etcdPrefix}/${ns}/` : `${rk.etcdPrefix}/`;
    this.storage({ op: 'range', key: prefix, prefix: true }, env.background, (r) => {
      if (!r.ok) return respond(unavailable(r));
      const items: KubeObject[] = [];
      for (const kv of r.kvs ?? []) {
        // One object that does not decode fails the whole list, as etcd3's store does.
        const stored = decodeStoredValue(rk.kind, kv.value);
        if (!stored.ok) return respond(stored.failure);
        const obj = stored.object;
        obj.metadata.resourceVersion = String(kv.modRevision);
        if (labels(obj.metadata.labels ?? {}) && fields(obj)) items.push(obj);
      }
      respond({ ok: true, code: 200, items, resourceVersion: String(r.revision) });
    });
  }

  private doWatch(from: string, rk: ResourceKind, req: ApiRequest, respond: (r: ApiResponse) => void): void {
    checkFieldSelector(rk.plural, req.fieldSelector);
    const watcher: Watcher = {
      id: this.nextWatchId++,
      owner: from,
      resource: rk.plural,
      namespace: rk.namespaced ? req.namespace : undefined,
      labels: parseLabelSelector(req.labelSelector),
      fields: parseFieldSelector(req.fieldSelector),
    };
    const terms = parseFieldTerms(req.fieldSelector);
    if (rk.plural === 'pods' && terms.length === 1 && !terms[0].neg && terms[0].path.join('.') === 'spec.nodeName' && !req.labelSelector) {
      watcher.nodeName = terms[0].value;
    }
    this.addWatcher(watcher);
    const items = this.cachedList(rk.plural, watcher.namespace).filter((o) => this.matches(watcher, o));
    // Objects are shared, never mutated: every write replaces the cached object with a new one.
    respond({ ok: true, code: 200, items, resourceVersion: '', watchId: watcher.id });
  }

  private doCreate(rk: ResourceKind, req: ApiRequest, env: RequestEnvelope, respond: (r: ApiResponse) => void): void {
    if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) return respond(failure('BadRequest', 'the body of the request was in an unknown format'));
    let obj = clone(req.body);
    if (obj.kind === rk.kind) {
      // Decoding into the kind's Go type comes first: a field of the wrong JSON type never gets further.
      const decoded = decodeRequestBody(rk.kind, obj);
      if (!decoded.ok) return respond(decoded.failure);
      obj = decoded.object;
    }
    if (rk.kind === 'Pod' && obj.kind === 'Pod') {
      const unknown = unknownPodFields(obj as Record<string, unknown>);
      if (unknown.length) return respond(failure('BadRequest', strictDecodingMessage('Pod', obj.apiVersion ?? 'v1', unknown)));
    }
    obj.metadata ??= {};
    if (obj.kind !== rk.kind) {
      return respond(failure('BadRequest', `the API version in the data (${typeof obj.apiVersion === 'string' ? obj.apiVersion : ''}) does not match the expected API version (${rk.group ? rk.group + '/' : ''}${rk.version})`));
    }
    if (rk.namespaced) {
      // An empty namespace in the object is no namespace: the request's (the URL's) is used.
      const ns = req.namespace || obj.metadata.namespace || 'default';
      if (obj.metadata.namespace && req.namespace && obj.metadata.namespace !== req.namespace) {
        return respond(failure('BadRequest', 'the namespace of the provided object does not match the namespace sent on the request'));
      }
      obj.metadata.namespace = ns;
    } else delete obj.metadata.namespace;
    if (!obj.metadata.name && obj.metadata.generateName) {
      obj.metadata.name = obj.metadata.generateName + this.sim.kernel.rng.string(5, K8S_NAME_ALPHABET);
    }
    const name = obj.metadata.name;
    delete obj.metadata.resourceVersion;
    obj.metadata.uid = newUid(this.sim.kernel.rng);
    obj.metadata.creationTimestamp = this.sim.timestamp();
    if (GENERATION_KINDS.has(rk.kind)) obj.metadata.generation = 1;
    delete obj.metadata.deletionTimestamp;
    const attrs = this.attrs('CREATE', rk, obj.metadata.namespace, name, obj, undefined, req);
    if (rk.kind === 'Pod' && !(obj as Pod).spec) (obj as Pod).spec = { containers: [] };
    if (name) {
      try {
        applyDefaults(obj, { randomSuffix: (n) => this.sim.kernel.rng.string(n, K8S_NAME_ALPHABET) });
      } catch {
        // Malformed shapes (e.g. containers: "x") are reported by validation below.
      }
    }
    const rejected = runMutating(this.admission, attrs);
    if (rejected) return respond(rejected);
    const errors = safeValidate(obj, undefined);
    if (errors.length) return respond(invalid(rk.kind, name ?? '', errors));
    const denied = runValidating(this.admission, attrs);
    if (denied) return respond(denied);
    if (req.dryRun) {
      // The dry-run storage still answers as etcd's create would: an existing key is a conflict.
      if (this.cached(rk.plural, obj.metadata.namespace, name!)) return respond(failure('AlreadyExists', `${groupResource(rk)} "${name}" already exists`));
      return respond({ ok: true, code: 201, object: obj, resourceVersion: '' });
    }
    const key = etcdKey(rk, obj.metadata.namespace, name!);
    this.storage({ op: 'put', key, value: encode(obj), expect: { absent: true } }, env.background, (r) => {
      if (!r.ok) {
        if (r.error === 'compare-failed') return respond(failure('AlreadyExists', `${groupResource(rk)} "${name}" already exists`));
        return respond(unavailable(r));
      }
      obj.metadata.resourceVersion = String(r.kv!.modRevision);
      this.commit(rk, obj, undefined, env.background);
      respond({ ok: true, code: 201, object: obj, resourceVersion: obj.metadata.resourceVersion });
    });
  }

  private doUpdate(rk: ResourceKind, req: ApiRequest, env: RequestEnvelope, respond: (r: ApiResponse) => void): void {
    const ns = rk.namespaced ? req.namespace || req.body?.metadata?.namespace || 'default' : undefined;
    const name = req.name ?? req.body?.metadata?.name;
    if (!name) return respond(failure('BadRequest', 'resource name may not be empty'));
    if (typeof name !== 'string') return respond(failure('BadRequest', 'resource name may not be empty'));
    const current = this.cached(rk.plural, ns, name);
    if (!current) return respond(notFound(rk, name));
    let next: KubeObject;
    switch (req.verb) {
      case 'update': {
        if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) return respond(failure('BadRequest', 'the body of the request was in an unknown format'));
        const decoded = decodeRequestBody(rk.kind, clone(req.body));
        if (!decoded.ok) return respond(decoded.failure);
        const body = decoded.object;
        if (body.metadata && body.metadata.namespace && body.metadata.namespace !== ns) {
          return respond(failure('BadRequest', 'the namespace of the provided object does not match the namespace sent on the request'));
        }
        const rv = body.metadata?.resourceVersion;
        if (rv && rv !== current.metadata.resourceVersion) return respond(conflict(rk, name));
        next = { ...body, metadata: { ...body.metadata, uid: current.metadata.uid, creationTimestamp: current.metadata.creationTimestamp, namespace: ns } };
        // The body is decoded with defaulting, as on create: a replaced manifest that leaves out
        // defaulted fields keeps them (and its spec compares equal below). `next` is a fresh copy.
        // Not for pods: their defaulter also plays the create-only ServiceAccount admission.
        if (rk.kind !== 'Pod') {
          try {
            applyDefaults(next, { randomSuffix: (n) => this.sim.kernel.rng.string(n, K8S_NAME_ALPHABET) });
          } catch {
            // Malformed shapes are reported by validation below.
          }
        }
        if (current.status !== undefined) next.status = current.status;
        break;
      }
      case 'updateStatus': {
        const rv = req.body?.metadata?.resourceVersion;
        if (rv && rv !== current.metadata.resourceVersion) return respond(conflict(rk, name));
        next = { ...current, metadata: { ...current.metadata }, status: clone(req.body?.status) };
        break;
      }
      case 'patch': {
        const { status: _ignored, ...patch } = req.patch ?? {};
        const patched = req.patchType ? patchedByClient(rk.kind, current, req.patchType, req.patchBody) : { ok: true as const, object: applyMergePatch(current, patch) };
        if (!patched.ok) return respond(patched.failure);
        const decoded = decodePatchedObject(rk.kind, patched.object);
        if (!decoded.ok) return respond(decoded.failure);
        next = decoded.object;
        next.metadata = { ...next.metadata, uid: current.metadata.uid, name, namespace: ns, creationTimestamp: current.metadata.creationTimestamp };
        break;
      }
      default: {
        // Copy-on-write: only the metadata and the patched status paths are new objects.
        next = { ...current, metadata: { ...current.metadata } };
        next.status = applyMergePatch(current.status ?? {}, (req.patch ?? {}).status ?? {});
      }
    }
    next.apiVersion = current.apiVersion;
    next.kind = current.kind;
    if (GENERATION_KINDS.has(rk.kind)) {
      // PrepareForUpdate: the generation is the server's (a client's value is ignored) and moves only
      // when the spec changes semantically (key order, status or metadata changes do not count).
      const generation = current.metadata.generation ?? 1;
      next.metadata.generation = semanticEqual(next.spec, current.spec) ? generation : generation + 1;
    }
    const attrs = this.attrs('UPDATE', rk, ns, name, next, current, req);
    const rejected = runMutating(this.admission, attrs);
    if (rejected) return respond(rejected);
    const errors = req.verb === 'updateStatus' || req.verb === 'patchStatus' ? [] : safeValidate(next, current);
    if (errors.length) return respond(invalid(rk.kind, name, errors));
    const denied = runValidating(this.admission, attrs);
    if (denied) return respond(denied);
    if (req.dryRun) return respond({ ok: true, code: 200, object: next, resourceVersion: current.metadata.resourceVersion ?? '' });
    // A client's patch that changes nothing is not written (etcd3's GuaranteedUpdate skips an
    // unchanged object): the answer is the current object, same resourceVersion ("patched (no change)").
    if (req.patchType && unchangedByPatch(next, current)) return respond({ ok: true, code: 200, object: current, resourceVersion: current.metadata.resourceVersion ?? '' });
    this.write(rk, next, current, env, respond);
  }

  /** Guarded write of a changed object: compare-and-swap on the mod revision the cache holds. */
  private write(rk: ResourceKind, next: KubeObject, current: KubeObject, env: RequestEnvelope, respond?: (r: ApiResponse) => void, code: 200 | 201 = 200): void {
    const key = etcdKey(rk, next.metadata.namespace, next.metadata.name!);
    delete next.metadata.resourceVersion;
    const expected = Number(current.metadata.resourceVersion);
    this.storage({ op: 'put', key, value: encode(next), expect: { modRevision: expected } }, env.background, (r) => {
      if (!r.ok) {
        if (r.error === 'compare-failed') return respond?.(conflict(rk, next.metadata.name!));
        if (r.error === 'not-found') return respond?.(notFound(rk, next.metadata.name!));
        return respond?.(unavailable(r));
      }
      next.metadata.resourceVersion = String(r.kv!.modRevision);
      this.commit(rk, next, current, env.background);
      respond?.({ ok: true, code, object: next, resourceVersion: next.metadata.resourceVersion });
    });
  }

  private doDelete(rk: ResourceKind, req: ApiRequest, env: RequestEnvelope, respond: (r: ApiResponse) => void): void {
    const ns = rk.namespaced ? req.namespace ?? 'default' : undefined;
    const name = req.name;
    if (!name) return respond(failure('BadRequest', 'resource name may not be empty'));
    const current = this.cached(rk.plural, ns, name);
    if (!current) return respond(notFound(rk, name));
    const attrs = this.attrs('DELETE', rk, ns, name, undefined, current, req);
    const denied = runValidating(this.admission, attrs);
    if (denied) return respond(denied);
    if (req.dryRun) return respond({ ok: true, code: 200, object: current, resourceVersion: current.metadata.resourceVersion ?? '' });
    if (rk.kind === 'Pod') {
      const pod = current as Pod;
      const phase = pod.status?.phase;
      const terminal = phase === 'Succeeded' || phase === 'Failed';
      const grace = req.gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
      // Graceful deletion (pod strategy CheckGracefulDelete): scheduled, non-terminal pods get a
      // deletionTimestamp and the kubelet finishes the deletion after stopping the containers.
      if (pod.spec.nodeName && !terminal && grace > 0) {
        if (pod.metadata.deletionTimestamp) return respond({ ok: true, code: 200, object: clone(current), resourceVersion: current.metadata.resourceVersion ?? '' });
        const next = clone(current);
        next.metadata.deletionTimestamp = timestamp(this.sim.now() + grace * 1000);
        next.metadata.deletionGracePeriodSeconds = grace;
        return this.write(rk, next, current, env, respond);
      }
    }
    if (rk.kind === 'Namespace') return this.deleteNamespace(rk, current, env, respond);
    this.remove(rk, current, env, respond);
  }

  private remove(rk: ResourceKind, current: KubeObject, env: RequestEnvelope, respond?: (r: ApiResponse) => void): void {
    const key = etcdKey(rk, current.metadata.namespace, current.metadata.name!);
    this.storage({ op: 'delete', key }, env.background, (r) => {
      if (!r.ok) {
        if (r.error === 'not-found') return respond?.(notFound(rk, current.metadata.name!));
        return respond?.(unavailable(r));
      }
      const gone = { ...current, metadata: { ...current.metadata } };
      gone.metadata.resourceVersion = String(r.revision);
      if (!this.cacheFor(rk.plural).delete(storeKey(current))) return respond?.({ ok: true, code: 200, object: gone, resourceVersion: String(r.revision) });
      this.tombstones.set(key, r.revision);
      this.fanOut(rk.plural, 'DELETED', gone, undefined, env.background);
      respond?.({ ok: true, code: 200, object: gone, resourceVersion: String(r.revision) });
    });
  }

  /**
   * Simplified namespace deletion: the namespace controller's work (delete everything inside, then
   * the namespace) happens here at once. Pods inside still terminate gracefully on their nodes.
   */
  private deleteNamespace(rk: ResourceKind, ns: KubeObject, env: RequestEnvelope, respond: (r: ApiResponse) => void): void {
    const name = ns.metadata.name!;
    for (const [resource, objects] of this.cache) {
      const inner = resolveResource(resource);
      if (!inner || !inner.namespaced) continue;
      for (const obj of [...objects.values()]) {
        if (obj.metadata.namespace === name) this.remove(inner, obj, env);
      }
    }
    this.remove(rk, ns, env, respond);
  }

  private doBind(req: ApiRequest, env: RequestEnvelope, respond: (r: ApiResponse) => void): void {
    const rk = resolveResource('pods')!;
    const ns = req.namespace ?? 'default';
    const current = this.cached('pods', ns, req.name ?? '') as Pod | undefined;
    if (!current) return respond(notFound(rk, req.name ?? ''));
    if (current.spec.nodeName) {
      return respond(failure('Conflict', `Operation cannot be fulfilled on pods/binding "${req.name}": pod ${req.name} is already assigned to node "${current.spec.nodeName}"`));
    }
    if (current.metadata.deletionTimestamp) {
      return respond(failure('Conflict', `Operation cannot be fulfilled on pods/binding "${req.name}": pod ${req.name} is being deleted, cannot be assigned to a host`));
    }
    const next: Pod = { ...current, metadata: { ...current.metadata }, spec: { ...current.spec, nodeName: req.target }, status: { ...(current.status ?? {}) } };
    seedAppendedFieldJson(current.spec, next.spec, 'nodeName');
    const conditions = next.status!.conditions ?? [];
    next.status!.conditions = [
      ...conditions.filter((c) => c.type !== 'PodScheduled'),
      { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: this.sim.timestamp() },
    ];
    this.write(rk, next, current, env, respond, 201);
  }

  /** pods/log: checks the container, then proxies to the kubelet of the pod's node (port 10250). */
  private doLogs(req: ApiRequest, respond: (r: ApiResponse) => void): void {
    const ns = req.namespace ?? 'default';
    const name = req.name ?? '';
    const pod = this.cached('pods', ns, name) as Pod | undefined;
    if (!pod) return respond(failure('NotFound', `pods "${name}" not found`));
    const container = req.container ?? pod.spec.containers[0]?.name ?? '';
    if (!pod.spec.containers.some((c) => c.name === container)) return respond(failure('BadRequest', `container ${container} is not valid for pod ${name}`));
    const status = pod.status?.containerStatuses?.find((c) => c.name === container);
    if (req.previous) {
      if (!status?.lastState?.terminated) return respond(failure('BadRequest', `previous terminated container "${container}" in pod "${name}" not found`));
    } else if (!status || (status.state.waiting && !status.lastState?.terminated)) {
      const reason = status?.state.waiting?.reason ?? 'ContainerCreating';
      const why = reason === 'ImagePullBackOff' || reason === 'ErrImagePull' ? 'trying and failing to pull image' : reason;
      return respond(failure('BadRequest', `container "${container}" in pod "${name}" is waiting to start: ${why}`));
    }
    const node = pod.spec.nodeName!;
    const logsId = this.nextLogsId++;
    const hostIP = pod.status?.hostIP ?? node;
    const timer = this.setTimer(LOGS_TIMEOUT_MS, { id: 'apiserver.kubelet-timeout', params: {} }, () => {
      this.pendingLogs.delete(logsId);
      respond(failure('InternalError', `Get "https://${hostIP}:10250/containerLogs/${ns}/${name}/${container}": dial tcp ${hostIP}:10250: connect: connection refused`));
    }, { kind: 'timeout' });
    this.pendingLogs.set(logsId, (text) => {
      this.clearTimer(timer);
      respond({ ok: true, code: 200, resourceVersion: '', text: text ?? '' });
    });
    this.send(`kubelet-${node}`, 'logs', { logsId, namespace: ns, pod: name, container, previous: !!req.previous }, { id: 'apiserver.request-logs', params: { node, pod: name } }, { object: `pods/${ns}/${name}` });
  }

  /** Event recording with client-go style aggregation of identical events. */
  private doEvent(req: ApiRequest, env: RequestEnvelope): void {
    const rk = resolveResource('events')!;
    const body = req.body as KubeEvent | undefined;
    if (!body) return;
    const ns = body.metadata.namespace ?? 'default';
    const now = this.sim.timestamp();
    const aggKey = `${ns}|${body.involvedObject.kind}|${body.involvedObject.name}|${body.involvedObject.uid}|${body.reason}|${body.message}|${body.source?.component}`;
    const sameKey = this.eventIndex.get(aggKey);
    const same = sameKey ? (this.cacheFor('events').get(sameKey) as KubeEvent | undefined) : undefined;
    if (same) {
      const next = { ...same, metadata: { ...same.metadata } };
      next.count = (same.count ?? 1) + 1;
      next.lastTimestamp = now;
      return this.write(rk, next, same, env);
    }
    // The recorder built this object for this request alone: a shallow copy is enough.
    const ev: KubeEvent = { ...body };
    // Real event names are <object>.<UnixNano in hex>; the counter keeps same-millisecond names apart.
    // EPOCH_MS + now is an exact integer far below 2^53: one BigInt for the millisecond part.
    const nanos = BigInt(EPOCH_MS + this.sim.now()) * 1_000_000n + BigInt(this.eventCounter++);
    ev.metadata = { name: `${body.involvedObject.name}.${nanos.toString(16)}`, namespace: ns, uid: newUid(this.sim.kernel.rng), creationTimestamp: now };
    ev.count = 1;
    ev.firstTimestamp = now;
    ev.lastTimestamp = now;
    ev.reportingComponent = body.source?.component ?? '';
    ev.reportingInstance = body.source?.host ?? '';
    const key = etcdKey(rk, ns, ev.metadata.name!);
    this.storage({ op: 'put', key, value: encode(ev), expect: { absent: true } }, env.background, (r) => {
      if (!r.ok) return;
      ev.metadata.resourceVersion = String(r.kv!.modRevision);
      this.eventIndex.set(aggKey, storeKey(ev));
      this.commit(rk, ev, undefined, env.background);
    });
  }

  // ---- cache and watch fan-out ----

  private cacheFor(resource: string): Map<string, KubeObject> {
    let m = this.cache.get(resource);
    if (!m) this.cache.set(resource, (m = new Map()));
    return m;
  }

  private commit(rk: ResourceKind, obj: KubeObject, old: KubeObject | undefined, background?: boolean): void {
    this.cacheFor(rk.plural).set(storeKey(obj), obj);
    this.fanOut(rk.plural, old ? 'MODIFIED' : 'ADDED', obj, old, background);
  }

  /** A put etcd reported through the watch: applied unless the cache already holds that revision or a later one. */
  private applyWatchedPut(kv: KeyValue, background: boolean): void {
    const rk = resolveResourceOfKey(kv.key);
    if (!rk) return;
    const tomb = this.tombstones.get(kv.key);
    if (tomb !== undefined && tomb >= kv.modRevision) return;
    const cacheKey = cacheKeyOf(rk, kv.key);
    const old = this.cacheFor(rk.plural).get(cacheKey);
    if (old && Number(old.metadata.resourceVersion) >= kv.modRevision) return;
    this.tombstones.delete(kv.key);
    this.pruneTombstones();
    // Decoded into the kind's Go type, as the watch cache's decoder does: what cannot be decoded
    // (written with etcdctl behind the API server's back) cannot be served from the cache, and no
    // controller ever sees it.
    const stored = decodeStoredValue(rk.kind, kv.value);
    if (!stored.ok) return this.applyWatchedDelete(kv.key, kv.modRevision, background);
    const obj = stored.object;
    obj.metadata.resourceVersion = String(kv.modRevision);
    this.cacheFor(rk.plural).set(cacheKey, obj);
    this.fanOut(rk.plural, old ? 'MODIFIED' : 'ADDED', obj, old, background);
  }

  private applyWatchedDelete(key: string, revision: number, background: boolean): void {
    const rk = resolveResourceOfKey(key);
    if (!rk) return;
    const tomb = this.tombstones.get(key);
    if (tomb !== undefined && tomb >= revision) return;
    const cacheKey = cacheKeyOf(rk, key);
    const old = this.cacheFor(rk.plural).get(cacheKey);
    if (old && Number(old.metadata.resourceVersion) >= revision) return;
    this.pruneTombstones();
    if (!old) return;
    this.cacheFor(rk.plural).delete(cacheKey);
    this.tombstones.set(key, revision);
    const gone = { ...old, metadata: { ...old.metadata, resourceVersion: String(revision) } };
    this.fanOut(rk.plural, 'DELETED', gone, undefined, background);
  }

  /** The relist: the cache becomes what etcd holds; watchers see the differences. */
  private replaceFromList(kvs: KeyValue[]): void {
    const seen = new Set<string>();
    for (const kv of kvs) {
      const rk = resolveResourceOfKey(kv.key);
      if (!rk) continue;
      seen.add(kv.key);
      this.tombstones.delete(kv.key);
      this.applyWatchedPut(kv, false);
    }
    for (const [resource, objects] of this.cache) {
      const rk = resolveResource(resource);
      if (!rk) continue;
      for (const obj of [...objects.values()]) {
        const key = etcdKey(rk, obj.metadata.namespace, obj.metadata.name!);
        if (!seen.has(key)) this.applyWatchedDelete(key, Number(obj.metadata.resourceVersion) + 1, false);
      }
    }
    this.tombstones.clear();
  }

  private pruneTombstones(): void {
    if (this.tombstones.size < 256) return;
    for (const [key, revision] of this.tombstones) if (revision <= this.reflector.revision) this.tombstones.delete(key);
  }

  private matches(w: Watcher, obj: KubeObject): boolean {
    if (w.namespace && obj.metadata.namespace !== w.namespace) return false;
    return w.labels(obj.metadata.labels ?? {}) && w.fields(obj);
  }

  private fanOut(resource: string, type: WatchEventType, obj: KubeObject, old: KubeObject | undefined, background?: boolean): void {
    // Watchers of the resource, then (pods) those of the node the pod is on and of the node it was on.
    // Watches whose process is gone are collected and closed after the loop.
    let gone: Watcher[] | undefined;
    const notifyAll = (list: Watcher[] | undefined) => {
      if (!list) return;
      for (let i = 0; i < list.length; i++) {
        if (!this.notify(list[i], resource, type, obj, old, background)) (gone ??= []).push(list[i]);
      }
    };
    notifyAll(this.watchersByResource.get(resource));
    if (resource === 'pods') {
      const n1 = (obj as Pod).spec?.nodeName;
      const n2 = (old as Pod | undefined)?.spec?.nodeName;
      if (n1) notifyAll(this.podWatchersByNode.get(n1));
      if (n2 && n2 !== n1) notifyAll(this.podWatchersByNode.get(n2));
    }
    if (gone) for (const w of gone) this.removeWatcher(w);
  }

  /** Sends one watcher the event it should see for this change; false when the watcher's process is gone. */
  private notify(w: Watcher, resource: string, type: WatchEventType, obj: KubeObject, old: KubeObject | undefined, background?: boolean): boolean {
    const owner = this.sim.component(w.owner);
    // The watching process is gone: its connection (and so the watch) is closed.
    if (!owner || !owner.up) return false;
    const nowMatches = this.matches(w, obj);
    const wasMatching = old ? this.matches(w, old) : false;
    let eventType: WatchEventType;
    if (type === 'DELETED') {
      if (!nowMatches) return true;
      eventType = 'DELETED';
    } else if (nowMatches) eventType = wasMatching ? 'MODIFIED' : 'ADDED';
    else if (wasMatching) eventType = 'DELETED';
    else return true;
    const event: WatchEvent = { watchId: w.id, type: eventType, object: obj };
    this.send(w.owner, 'watch', event, { id: 'apiserver.notify', params: { to: w.owner, resource, name: obj.metadata.name, event: eventType } }, {
      object: objectRef(resource, obj.metadata.namespace, obj.metadata.name),
      background,
    });
    return true;
  }

  /** Number of watches currently open (for tests and the inspector). */
  watchCount(): number {
    return this.watchers.length;
  }
}

/** The narration of a storage message: the operation and the key, never the object. */
function storageNarration(request: StorageRequest): Narration {
  const op = request.op;
  const key = request.key;
  if (op === 'compact') return { id: 'storage.compact', params: { revision: (request as { revision: number }).revision } };
  if (op === 'range') return { id: 'storage.range', params: { key, prefix: !!request.prefix } };
  const expect = request.expect;
  if (op === 'delete') return { id: 'storage.delete', params: { key } };
  if (expect && 'absent' in expect) return { id: 'storage.create', params: { key } };
  if (expect && 'modRevision' in expect) return { id: 'storage.update', params: { key, modRevision: expect.modRevision } };
  return { id: 'storage.put', params: { key } };
}

function safeValidate(obj: KubeObject, old: KubeObject | undefined) {
  try {
    return validateObject(obj, old);
  } catch {
    return [{ type: 'Invalid' as const, field: 'spec', value: '', detail: 'malformed object' }];
  }
}

/**
 * JSON encoding of a stored object (without resourceVersion, as the API server stores it). Objects
 * are copy-on-write, so a status update keeps the very same spec object: its JSON text is cached by
 * identity, which makes the frequent status writes cheap.
 */
const jsonCache = new WeakMap<object, string>();

function cachedJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  let text = jsonCache.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    jsonCache.set(value, text);
  }
  return text;
}

/**
 * When `next` is `{ ...prev, [field]: value }` and prev had no such key, its JSON is prev's JSON with
 * the field appended: derive it instead of serializing the whole spec again (pods/binding).
 */
function seedAppendedFieldJson(prev: object, next: object, field: string): void {
  if (field in prev) return;
  const text = jsonCache.get(prev);
  const value = (next as Record<string, unknown>)[field];
  if (text === undefined || value === undefined) return;
  const appended = `${JSON.stringify(field)}:${JSON.stringify(value)}`;
  jsonCache.set(next, text === '{}' ? `{${appended}}` : `${text.slice(0, -1)},${appended}}`);
}

export function encode(obj: KubeObject): string {
  // The write paths drop resourceVersion before encoding: copy only when it is still there.
  let stored = obj as unknown as Record<string, unknown>;
  if (obj.metadata && obj.metadata.resourceVersion !== undefined) {
    const { resourceVersion: _rv, ...metadata } = obj.metadata;
    stored = { ...stored, metadata };
  }
  const spec = stored.spec;
  // One native JSON.stringify call is much cheaper than one per field: use it for the parts around
  // the spec, and splice in the spec's cached text.
  if (spec === null || typeof spec !== 'object') return JSON.stringify(stored);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  let seenSpec = false;
  for (const key of Object.keys(stored)) {
    if (key === 'spec') seenSpec = true;
    else if (seenSpec) after[key] = stored[key];
    else before[key] = stored[key];
  }
  const head = JSON.stringify(before);
  const tail = JSON.stringify(after);
  const specField = `"spec":${cachedJson(spec)}`;
  return `${head.length > 2 ? `${head.slice(0, -1)},` : '{'}${specField}${tail.length > 2 ? `,${tail.slice(1)}` : '}'}`;
}

export function decode(kv: KeyValue): KubeObject | undefined {
  try {
    const obj = JSON.parse(kv.value) as KubeObject;
    if (!obj || typeof obj !== 'object' || !obj.metadata) return undefined;
    obj.metadata.resourceVersion = String(kv.modRevision);
    return obj;
  } catch {
    return undefined;
  }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** 'pods', or 'deployments.apps' for named groups, as the API server names resources in messages. */
/** kubectl auth can-i's SelfSubjectAccessReview / SelfSubjectRulesReview (create only; nothing is stored). */
function isReview(req: ApiRequest): boolean {
  return req.verb === 'create' && (req.resource === 'selfsubjectaccessreviews' || req.resource === 'selfsubjectrulesreviews');
}

export function groupResource(rk: ResourceKind): string {
  return rk.group ? `${rk.plural}.${rk.group}` : rk.plural;
}

function invalid(kind: string, name: string, errors: FieldError[]): ApiFailure {
  return { ...failure('Invalid', invalidMessage(kind, name, errors)), details: { kind, name, causes: errors.map(formatFieldError) } };
}

function notFound(rk: ResourceKind, name: string): ApiFailure {
  return failure('NotFound', `${groupResource(rk)} "${name}" not found`);
}

function conflict(rk: ResourceKind, name: string): ApiFailure {
  return failure('Conflict', `Operation cannot be fulfilled on ${groupResource(rk)} "${name}": the object has been modified; please apply your changes to the latest version and try again`);
}

function unavailable(r: StorageResponse): ApiFailure {
  return failure('InternalError', (!r.ok && r.message) || 'etcdserver: request timed out');
}

const kindOfPrefix = new Map<string, ResourceKind | undefined>();

function resolveResourceOfKey(key: string): ResourceKind | undefined {
  const cut = key.indexOf('/', key.indexOf('/', 1) + 1);
  const head = cut > 0 ? key.slice(0, cut) : key;
  if (kindOfPrefix.has(head) && head !== '/registry/services') return kindOfPrefix.get(head);
  const found = resolveResourceOfKeySlow(key);
  if (head !== '/registry/services') kindOfPrefix.set(head, found);
  return found;
}

function resolveResourceOfKeySlow(key: string): ResourceKind | undefined {
  let best: ResourceKind | undefined;
  for (const rk of allResources()) {
    if (key.startsWith(rk.etcdPrefix + '/') && (!best || rk.etcdPrefix.length > best.etcdPrefix.length)) best = rk;
  }
  return best;
}

/** The cache's key ('ns/name' or 'name') of an etcd key. */
function cacheKeyOf(rk: ResourceKind, key: string): string {
  return key.slice(rk.etcdPrefix.length + 1);
}

function keyToObjectRef(key: string): string | undefined {
  const rk = resolveResourceOfKey(key);
  if (!rk) return undefined;
  const rest = key.slice(rk.etcdPrefix.length + 1).split('/');
  return rk.namespaced ? objectRef(rk.plural, rest[0], rest[1]) : objectRef(rk.plural, undefined, rest[0]);
}

