// The patch strategies of the Go types (their `patchStrategy` and `patchMergeKey` struct tags), for
// the fields of the kinds the engine stores. Strategic merge patch (the API server's and kubectl's
// k8s.io/apimachinery/pkg/util/strategicpatch) reads them from the typed object; the engine looks
// them up by field path (list indices removed) and kind. Lists without an entry are atomic: a patch
// replaces them whole (tolerations, args, command, Service externalIPs, Node taints...).

export interface PatchMeta {
  /** patchStrategy "merge": lists are merged item by item (by mergeKey, or as a set of primitives). */
  merge: boolean;
  /** patchMergeKey of a list of objects. */
  mergeKey?: string;
  /** patchStrategy "retainKeys" (a union: keys the patch does not name are cleared). */
  retainKeys: boolean;
}

const ATOMIC: PatchMeta = { merge: false, retainKeys: false };
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

export function patchMetaFor(path: readonly string[], kind: string): PatchMeta {
  const field = path[path.length - 1];
  const parent = path[path.length - 2];
  const byKey = (mergeKey: string, retainKeys = false): PatchMeta => ({ merge: true, mergeKey, retainKeys });
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'imagePullSecrets':
    case 'schedulingGates':
      return parent === 'spec' ? byKey('name') : ATOMIC;
    case 'volumes':
    case 'resourceClaims':
      return parent === 'spec' ? byKey('name', true) : ATOMIC;
    case 'hostAliases':
      return parent === 'spec' ? byKey('ip') : ATOMIC;
    case 'topologySpreadConstraints':
      return parent === 'spec' ? byKey('topologyKey') : ATOMIC;
    case 'env':
      return CONTAINER_LISTS.has(parent) ? byKey('name') : ATOMIC;
    case 'volumeMounts':
      return CONTAINER_LISTS.has(parent) ? byKey('mountPath') : ATOMIC;
    case 'volumeDevices':
      return CONTAINER_LISTS.has(parent) ? byKey('devicePath') : ATOMIC;
    case 'ports':
      if (CONTAINER_LISTS.has(parent)) return byKey('containerPort');
      if (kind === 'Service' && path.length === 2 && path[0] === 'spec') return byKey('port');
      return ATOMIC;
    case 'ownerReferences':
      return path.length === 2 && path[0] === 'metadata' ? byKey('uid') : ATOMIC;
    case 'finalizers':
      return path.length === 2 && path[0] === 'metadata' ? { merge: true, retainKeys: false } : ATOMIC;
    case 'conditions':
    case 'addresses':
      return path[0] === 'status' ? byKey('type') : ATOMIC;
    case 'strategy':
      // DeploymentSpec.Strategy: `patchStrategy:"retainKeys"`.
      return kind === 'Deployment' && path.length === 2 && path[0] === 'spec' ? { merge: false, retainKeys: true } : ATOMIC;
    default:
      return ATOMIC;
  }
}
