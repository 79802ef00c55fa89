// Garbage collector (pkg/controller/garbagecollector), simplified to background cascading
// deletion: when an owner is gone, dependents whose ownerReferences all point to missing owners
// are deleted. (The real collector keeps a dependency graph of every resource and also handles
// foreground deletion and the orphan finalizer; `kubectl delete --cascade=orphan` is handled by
// kubectl removing the ownerReferences first.)
import type { KubeObject } from '../../api/types.ts';
import { storeKey } from '../../apiserver/client.ts';
import type { ControllerAction } from '../util/actions.ts';
import type { ControllerHost, ControllerPlugin, InformerEvent } from '../manager/controllerPlugin.ts';

export const GARBAGE_COLLECTOR = 'garbage-collector-controller';
/** Resources whose objects own others in the workloads the engine runs. */
const RESOURCES = ['deployments', 'replicasets', 'replicationcontrollers', 'pods'];

export const garbageCollectorPlugin: ControllerPlugin = {
  name: GARBAGE_COLLECTOR,
  resources: RESOURCES,
  start: (host) => new GarbageCollector(host),
};

/** Dependents to delete: objects none of whose owners exists any more (by UID). */
export function orphanedDependents(objects: KubeObject[], liveUids: Set<string>): KubeObject[] {
  return objects.filter((o) => {
    const refs = o.metadata.ownerReferences ?? [];
    if (refs.length === 0 || o.metadata.deletionTimestamp) return false;
    // Only owners of kinds we track; a Node-owned mirror pod or a DaemonSet pod is left alone.
    const tracked = refs.filter((r) => ['Deployment', 'ReplicaSet', 'ReplicationController'].includes(r.kind));
    return tracked.length === refs.length && tracked.every((r) => !liveUids.has(r.uid));
  });
}

class GarbageCollector {
  constructor(private readonly host: ControllerHost) {}

  onSynced(): void {
    this.collect();
  }

  onEvent(e: InformerEvent): void {
    if (e.type === 'delete' && e.resource !== 'pods') this.collect();
  }

  private collect(): void {
    const all = RESOURCES.flatMap((r) => this.host.informer(r).list());
    const live = new Set(all.map((o) => o.metadata.uid ?? ''));
    const actions: ControllerAction[] = orphanedDependents(all, live)
      .sort((a, b) => storeKey(a).localeCompare(storeKey(b)))
      .map((o) => ({
        type: 'delete',
        target: { apiVersion: o.apiVersion, kind: o.kind, namespace: o.metadata.namespace, name: o.metadata.name ?? '', uid: o.metadata.uid },
        preconditionUid: o.metadata.uid,
      }));
    // Independent deletions: one failing (already gone) must not stop the others.
    for (const a of actions) this.host.execute(GARBAGE_COLLECTOR, [a]);
  }
}
