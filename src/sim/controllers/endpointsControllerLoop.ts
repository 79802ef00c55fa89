// The Endpoints and EndpointSlice controllers as kube-controller-manager plugins: informer events -> work queue keyed by Service (or quota) ->
// the pure reconcile functions -> requests. The work queue never runs two syncs of one key at once
// and a sync finishes only after its requests are answered, so a slice just created is in the
// cache before the next sync of that Service looks for it.
import type { EndpointSlice, Endpoints, Pod, Service } from '../api/types.ts';
import { storeKey } from '../apiserver/client.ts';
import type { ControllerName, ReconcileTarget } from '../../i18n/narration/messages.ts';
import type { ControllerHost, ControllerPlugin, InformerEvent } from './manager/controllerPlugin.ts';
import { WorkQueue, splitKey } from './manager/workQueue.ts';
import { matchesEqualitySelector } from './util/labelSelector.ts';
import { formatTime } from './util/time.ts';
import { reconcileEndpoints } from './endpointsController.ts';
import { CONTROLLER_NAME, MANAGED_BY_LABEL, reconcileEndpointSlices, SERVICE_NAME_LABEL } from './endpointsliceController.ts';
import { MIRRORING_MANAGED_BY, reconcileMirroring } from './endpointsliceMirroringController.ts';

/** Services in the pod's namespace whose selector matches the pod before or after the change. */
function servicesForPod(host: ControllerHost, e: InformerEvent): string[] {
  const pods = [e.object, e.old].filter(Boolean) as Pod[];
  const ns = e.object.metadata.namespace;
  return (host.informer('services').list() as Service[])
    .filter((s) => s.metadata.namespace === ns && s.spec.selector && Object.keys(s.spec.selector).length)
    .filter((s) => pods.some((p) => matchesEqualitySelector(s.spec.selector, p.metadata.labels)))
    .map(storeKey);
}

/** Pod changes that cannot move an endpoint are ignored (heartbeat-free status writes happen often). */
function podMatters(e: InformerEvent): boolean {
  if (e.type !== 'update' || !e.old) return true;
  const a = e.old as Pod;
  const b = e.object as Pod;
  const ready = (p: Pod) => p.status?.conditions?.find((c) => c.type === 'Ready')?.status;
  return a.status?.podIP !== b.status?.podIP || ready(a) !== ready(b) || a.status?.phase !== b.status?.phase
    || !!a.metadata.deletionTimestamp !== !!b.metadata.deletionTimestamp || JSON.stringify(a.metadata.labels) !== JSON.stringify(b.metadata.labels)
    || a.spec.nodeName !== b.spec.nodeName;
}

abstract class ServiceKeyedLoop {
  protected readonly queue: WorkQueue;
  constructor(protected readonly host: ControllerHost, protected readonly name: ControllerName, target: ReconcileTarget) {
    this.queue = new WorkQueue(host, name, (key, done) => this.sync(key, done), target);
  }

  onSynced(): void {
    for (const s of this.host.informer('services').list()) this.queue.add(storeKey(s));
  }

  onEvent(e: InformerEvent): void {
    if (e.resource === 'services') this.queue.add(storeKey(e.object));
    else if (e.resource === 'pods') {
      if (podMatters(e)) for (const key of servicesForPod(this.host, e)) this.queue.add(key);
    } else this.onOwnObject(e);
  }

  protected abstract onOwnObject(e: InformerEvent): void;
  protected abstract sync(key: string, done: () => void): void;

  protected pods(): Pod[] {
    return this.host.informer('pods').list() as Pod[];
  }

  protected changeTime(): string {
    return formatTime(this.host.nowMs());
  }
}

class EndpointsLoop extends ServiceKeyedLoop {
  protected onOwnObject(e: InformerEvent): void {
    this.queue.add(storeKey(e.object));
  }

  protected sync(key: string, done: () => void): void {
    const [ns, name] = splitKey(key);
    const svc = this.host.informer('services').get(ns, name) as Service | undefined;
    const current = this.host.informer('endpoints').get(ns, name) as Endpoints | undefined;
    if (!svc) {
      // The Service is gone: its Endpoints go with it (the Endpoints controller deletes them itself).
      if (!current) return done();
      return this.host.execute(this.name, [{ type: 'delete', target: { apiVersion: 'v1', kind: 'Endpoints', namespace: ns, name, uid: current.metadata.uid } }], { onDone: () => done() });
    }
    const actions = reconcileEndpoints(svc, this.pods(), current, this.changeTime());
    if (!actions.length) return done();
    this.host.execute(this.name, actions, { onDone: () => done() });
  }
}

class EndpointSliceLoop extends ServiceKeyedLoop {
  protected onOwnObject(e: InformerEvent): void {
    const svc = e.object.metadata.labels?.[SERVICE_NAME_LABEL];
    if (svc) this.queue.add(`${e.object.metadata.namespace}/${svc}`);
  }

  protected sync(key: string, done: () => void): void {
    const [ns, name] = splitKey(key);
    const svc = this.host.informer('services').get(ns, name) as Service | undefined;
    const slices = this.host.informer('endpointslices').list() as EndpointSlice[];
    if (!svc) {
      // Simplification: in a real cluster the garbage collector removes a deleted Service's slices
      // (they carry its ownerReference); the engine's collector tracks workloads only, so the
      // EndpointSlice controller deletes its own slices here.
      const orphans = slices.filter((s) => s.metadata.namespace === ns && s.metadata.labels?.[SERVICE_NAME_LABEL] === name && s.metadata.labels?.[MANAGED_BY_LABEL] === CONTROLLER_NAME);
      if (!orphans.length) return done();
      return this.host.execute(this.name, orphans.map((s) => ({ type: 'delete' as const, target: { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', namespace: ns, name: s.metadata.name!, uid: s.metadata.uid } })), { onDone: () => done() });
    }
    const actions = reconcileEndpointSlices(svc, this.pods(), slices, this.changeTime());
    if (!actions.length) return done();
    this.host.execute(this.name, actions, { onDone: () => done() });
  }
}

export const endpointsControllerPlugin: ControllerPlugin = {
  name: 'endpoints-controller',
  resources: ['services', 'pods', 'endpoints'],
  start: (host) => new EndpointsLoop(host, 'endpoints-controller', 'service-endpoints'),
};

export const endpointSliceControllerPlugin: ControllerPlugin = {
  name: 'endpointslice-controller',
  resources: ['services', 'pods', 'endpointslices'],
  start: (host) => new EndpointSliceLoop(host, 'endpointslice-controller', 'service-endpointslices'),
};

/** Mirrors hand-written Endpoints of selector-less Services into EndpointSlices. */
class MirroringLoop {
  private readonly queue: WorkQueue;
  constructor(private readonly host: ControllerHost) {
    this.queue = new WorkQueue(host, 'endpointslicemirroring-controller', (key, done) => this.sync(key, done), 'endpoints');
  }

  onSynced(): void {
    for (const e of this.host.informer('endpoints').list()) this.queue.add(storeKey(e));
  }

  onEvent(e: InformerEvent): void {
    if (e.resource === 'endpointslices') {
      const name = e.object.metadata.labels?.[SERVICE_NAME_LABEL];
      if (name && e.object.metadata.labels?.['endpointslice.kubernetes.io/managed-by'] === MIRRORING_MANAGED_BY) this.queue.add(`${e.object.metadata.namespace}/${name}`);
      return;
    }
    this.queue.add(storeKey(e.object));
  }

  private sync(key: string, done: () => void): void {
    const [ns, name] = splitKey(key);
    const ep = this.host.informer('endpoints').get(ns, name) as Endpoints | undefined;
    const svc = this.host.informer('services').get(ns, name) as Service | undefined;
    const actions = reconcileMirroring(ep, svc, this.host.informer('endpointslices').list() as EndpointSlice[], ns, name);
    if (!actions.length) return done();
    this.host.execute('endpointslicemirroring-controller', actions, { onDone: () => done() });
  }
}

export const endpointSliceMirroringControllerPlugin: ControllerPlugin = {
  name: 'endpointslicemirroring-controller',
  resources: ['endpoints', 'services', 'endpointslices'],
  start: (host) => new MirroringLoop(host),
};
