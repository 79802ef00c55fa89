// The resource quota controller as a kube-controller-manager plugin: quota, pod and service events
// -> work queue keyed by quota -> reconcileQuota -> status update.
import type { KubeObject, Pod, ResourceQuota } from '../api/types.ts';
import { resolveResource } from '../api/resources.ts';
import { storeKey } from '../apiserver/client.ts';
import type { ControllerHost, ControllerPlugin, InformerEvent } from './manager/controllerPlugin.ts';
import { WorkQueue, splitKey } from './manager/workQueue.ts';
import { reconcileQuota, watchedResources } from './resourcequotaController.ts';

/** Resources the quota controller counts (object-count quotas on other kinds are not recalculated). */
export const QUOTA_COUNTED = ['pods', 'services', 'configmaps', 'secrets', 'replicationcontrollers'];

class QuotaLoop {
  private readonly queue: WorkQueue;

  constructor(private readonly host: ControllerHost) {
    this.queue = new WorkQueue(host, 'resourcequota-controller', (key, done) => this.sync(key, done), 'resourcequotas');
  }

  onSynced(): void {
    for (const q of this.host.informer('resourcequotas').list()) this.queue.add(storeKey(q));
  }

  onEvent(e: InformerEvent): void {
    if (e.resource === 'resourcequotas') {
      if (e.type !== 'delete') this.queue.add(storeKey(e.object));
      return;
    }
    if (e.resource === 'pods' && !podUsageMayChange(e)) return;
    for (const q of this.host.informer('resourcequotas').list()) {
      if (q.metadata.namespace === e.object.metadata.namespace) this.queue.add(storeKey(q));
    }
  }

  private sync(key: string, done: () => void): void {
    const [ns, name] = splitKey(key);
    const quota = this.host.informer('resourcequotas').get(ns, name) as ResourceQuota | undefined;
    if (!quota) return done();
    const objects: { object: KubeObject; plural: string; group: string }[] = [];
    for (const plural of watchedResources(quota)) {
      if (!QUOTA_COUNTED.includes(plural)) continue;
      const rk = resolveResource(plural)!;
      for (const object of this.host.informer(plural).list()) objects.push({ object, plural: rk.plural, group: rk.group });
    }
    const actions = reconcileQuota(quota, objects);
    if (!actions.length) return done();
    this.host.execute('resourcequota-controller', actions, { onDone: () => done() });
  }
}

/** Only a pod's appearance, disappearance or finishing changes what it is charged. */
function podUsageMayChange(e: InformerEvent): boolean {
  if (e.type !== 'update' || !e.old) return true;
  const terminal = (p: KubeObject) => ['Succeeded', 'Failed'].includes(String((p as Pod).status?.phase));
  return terminal(e.old) !== terminal(e.object);
}

export const resourceQuotaControllerPlugin: ControllerPlugin = {
  name: 'resourcequota-controller',
  resources: ['resourcequotas', ...QUOTA_COUNTED],
  start: (host) => new QuotaLoop(host),
};
