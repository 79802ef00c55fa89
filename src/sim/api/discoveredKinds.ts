import { DISCOVERY_1_33 } from './discoveryTable.ts';
import { registerResource, resolveResource } from './resources.ts';

/**
 * Every stored kind a kubeadm 1.33 API server serves becomes a resource of the engine's API server,
 * so `kubectl get ingresses`, `kubectl create -f storageclass.yaml` and `kubectl delete pv x` work
 * as on a real cluster even where no component acts on the objects (the engine only stores them).
 * Kinds registered elsewhere keep their own registration; virtual resources (reviews, bindings) and
 * the events.k8s.io view of Events are not stored.
 */
for (const r of DISCOVERY_1_33) {
  if (!r.etcdPrefix || r.group === 'events.k8s.io' || resolveResource(`${r.name}.${r.group}`)?.plural === r.name) continue;
  registerResource({
    kind: r.kind, plural: r.name, singular: r.kind.toLowerCase(), shortNames: r.shortNames, group: r.group, version: r.version,
    namespaced: r.namespaced, etcdPrefix: r.etcdPrefix, inAll: r.categories?.includes('all'),
  });
}
