// ClaimObject (pkg/controller/controller_ref_manager.go): an owner keeps the objects it controls
// whose labels still match, adopts matching orphans and releases owned objects that stopped
// matching. Adoption and release are API patches; here they come back as updated copies.
import type { KubeObject, OwnerReference } from '../../api/types.ts';
import { deepClone } from './semanticEqual.ts';

export interface ClaimOwner {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; namespace?: string; uid?: string; deletionTimestamp?: string };
}

export interface ClaimResult<T extends KubeObject> {
  claimed: T[];
  adopt: T[];
  release: T[];
}

export function newControllerRef(owner: ClaimOwner): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name ?? '',
    uid: owner.metadata.uid ?? '',
    controller: true,
    blockOwnerDeletion: true,
  };
}

export function claimObjects<T extends KubeObject>(owner: ClaimOwner, objects: T[], match: (obj: T) => boolean): ClaimResult<T> {
  const result: ClaimResult<T> = { claimed: [], adopt: [], release: [] };
  const ownerBeingDeleted = !!owner.metadata.deletionTimestamp;
  for (const obj of objects) {
    const ref = obj.metadata.ownerReferences?.find((r) => r.controller === true);
    if (ref) {
      if (ref.uid !== owner.metadata.uid) continue; // someone else's
      if (match(obj)) {
        result.claimed.push(obj);
        continue;
      }
      if (ownerBeingDeleted) continue;
      const released = deepClone(obj);
      released.metadata.ownerReferences = (released.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
      if (released.metadata.ownerReferences.length === 0) delete released.metadata.ownerReferences;
      result.release.push(released);
      continue;
    }
    // An orphan.
    if (ownerBeingDeleted || !match(obj)) continue;
    if (obj.metadata.deletionTimestamp) continue;
    if (owner.metadata.namespace && owner.metadata.namespace !== obj.metadata.namespace) continue;
    const adopted = deepClone(obj);
    adopted.metadata.ownerReferences = [...(adopted.metadata.ownerReferences ?? []), newControllerRef(owner)];
    result.adopt.push(adopted);
    result.claimed.push(adopted);
  }
  return result;
}
