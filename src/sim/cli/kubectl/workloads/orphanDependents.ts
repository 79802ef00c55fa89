// `kubectl delete --cascade=orphan`: the dependents of the deleted owner keep running without it.
// In Kubernetes the API server marks the owner (deletionTimestamp + the `orphan` finalizer), the
// garbage collector removes the dependents' ownerReferences, then the owner goes. The simulated API
// server has no finalizers, so these steps are taken here in the same order: mark the owner (its
// controller then stops adopting), release the dependents, and let the caller delete the owner.
import type { OwnerReference } from '../../../api/types.ts';
import { api, type Effect } from '../../command.ts';

const DEPENDENT_RESOURCES: Record<string, string[]> = {
  deployments: ['replicasets'],
  replicasets: ['pods'],
  replicationcontrollers: ['pods'],
};

export function* orphanDependents(resource: string, namespace: string | undefined, name: string, now: () => string): Generator<Effect, void, unknown> {
  const kinds = DEPENDENT_RESOURCES[resource];
  if (!kinds) return;
  const owner = yield* api({ verb: 'get', resource, namespace, name });
  if (!owner.ok || !owner.object) return;
  const uid = owner.object.metadata.uid;
  const at = owner.object.metadata.deletionTimestamp ?? now();
  yield* api({ verb: 'patch', resource, namespace, name, patch: { metadata: { deletionTimestamp: at, finalizers: [...(owner.object.metadata.finalizers ?? []), 'orphan'] } } });
  for (const dependent of kinds) {
    const list = yield* api({ verb: 'list', resource: dependent, namespace });
    if (!list.ok) continue;
    for (const obj of list.items ?? []) {
      const refs: OwnerReference[] = obj.metadata.ownerReferences ?? [];
      if (!refs.some((r) => r.uid === uid)) continue;
      const rest = refs.filter((r) => r.uid !== uid);
      yield* api({ verb: 'patch', resource: dependent, namespace, name: obj.metadata.name, patch: { metadata: { ownerReferences: rest.length ? rest : null } } });
    }
  }
}
