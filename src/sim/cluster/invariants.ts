import { resolveResource } from '../api/resources.ts';
import type { KubeObject } from '../api/types.ts';
import { decode } from '../apiserver/apiServer.ts';
import { REGISTRY_PREFIX } from '../apiserver/etcdReflector.ts';
import type { SimCluster } from './cluster.ts';

/**
 * Consistency invariants of a settled cluster (issue 18), for the model-based test and the fuzz
 * campaign. Each returns human-readable violations (empty: holds).
 */

interface Stored {
  resource: string;
  key: string;
  obj: KubeObject;
  modRevision: number;
}

function stored(cluster: SimCluster): Stored[] {
  const out: Stored[] = [];
  for (const kv of cluster.store.entries()) {
    if (!kv.key.startsWith(REGISTRY_PREFIX)) continue;
    const obj = decode(kv);
    const rk = resolveResourceOfStoredKey(kv.key);
    if (!obj || !rk) continue;
    out.push({ resource: rk, key: kv.key, obj, modRevision: kv.modRevision });
  }
  return out;
}

function resolveResourceOfStoredKey(key: string): string | undefined {
  const parts = key.slice(REGISTRY_PREFIX.length).split('/');
  // '/registry/services/specs/ns/name' and '/registry/<group>/<plural>/...' forms: try the longest prefix first.
  for (const n of [3, 2, 1]) {
    const prefix = `${REGISTRY_PREFIX}${parts.slice(0, n).join('/')}`;
    const rk = resourcesByPrefix().get(prefix);
    if (rk) return rk;
  }
  return undefined;
}

let prefixIndex: Map<string, string> | undefined;
function resourcesByPrefix(): Map<string, string> {
  if (prefixIndex) return prefixIndex;
  prefixIndex = new Map();
  for (const name of ['pods', 'services', 'deployments', 'replicasets', 'daemonsets', 'nodes', 'namespaces', 'events', 'endpoints', 'endpointslices', 'leases', 'configmaps', 'serviceaccounts', 'secrets', 'resourcequotas', 'replicationcontrollers', 'statefulsets', 'jobs']) {
    const rk = resolveResource(name);
    if (rk) prefixIndex.set(rk.etcdPrefix, rk.plural);
  }
  return prefixIndex;
}

/** The API server's watch cache holds exactly what etcd holds under /registry, at the same revisions. */
export function cacheMatchesStore(cluster: SimCluster): string[] {
  const problems: string[] = [];
  const byResource = new Map<string, Map<string, number>>();
  for (const s of stored(cluster)) {
    const name = s.obj.metadata.name;
    const ns = s.obj.metadata.namespace;
    const cached = cluster.apiServer.cached(s.resource, ns, name ?? '');
    if (!cached) problems.push(`${s.key} (revision ${s.modRevision}) is in etcd but not in the watch cache`);
    else if (cached.metadata.resourceVersion !== String(s.modRevision)) {
      problems.push(`${s.key}: watch cache at resourceVersion ${cached.metadata.resourceVersion}, etcd at ${s.modRevision}`);
    }
    let m = byResource.get(s.resource);
    if (!m) byResource.set(s.resource, (m = new Map()));
    m.set(`${ns ?? ''}/${name}`, s.modRevision);
  }
  for (const resource of resourcesByPrefix().values()) {
    for (const o of cluster.apiServer.cachedList(resource)) {
      const id = `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
      if (!byResource.get(resource)?.has(id)) problems.push(`${resource} ${id} is in the watch cache but not in etcd`);
    }
  }
  const newest = Math.max(0, ...stored(cluster).map((s) => s.modRevision));
  if (cluster.apiServer.watchCacheRevision() < newest && problems.length === 0) {
    problems.push(`the watch cache has seen revision ${cluster.apiServer.watchCacheRevision()}, etcd's /registry is at ${newest}`);
  }
  return problems;
}

/** Owner references point to existing owners (the garbage collector removes orphans of deleted owners). */
export function ownersExist(cluster: SimCluster): string[] {
  const all = stored(cluster);
  const uids = new Set(all.map((s) => s.obj.metadata.uid));
  // kubeadm's node leases name their Node without a uid in this engine's bootstrap: match by kind and name.
  const names = new Set(all.map((s) => `${s.obj.kind}/${s.obj.metadata.name}`));
  const problems: string[] = [];
  for (const s of all) {
    // Being deleted is the garbage collector's answer (a pod on a stopped kubelet stays Terminating).
    if (s.obj.metadata.deletionTimestamp) continue;
    for (const ref of s.obj.metadata.ownerReferences ?? []) {
      if (ref.uid ? !uids.has(ref.uid) : !names.has(`${ref.kind}/${ref.name}`)) problems.push(`${s.key} is owned by ${ref.kind} ${ref.name} (${ref.uid}), which no longer exists`);
    }
  }
  return problems;
}

interface Workload extends KubeObject {
  spec?: { replicas?: number };
  status?: { replicas?: number; currentNumberScheduled?: number; desiredNumberScheduled?: number };
}

/** ReplicaSets own as many live pods as they want, and their status says how many they own. */
export function workloadsConverged(cluster: SimCluster): string[] {
  const all = stored(cluster);
  const pods = all.filter((s) => s.resource === 'pods' && !s.obj.metadata.deletionTimestamp);
  const problems: string[] = [];
  for (const rs of all.filter((s) => s.resource === 'replicasets')) {
    const w = rs.obj as Workload;
    const owned = pods.filter((p) => p.obj.metadata.ownerReferences?.some((r) => r.uid === w.metadata.uid)).length;
    const want = w.spec?.replicas ?? 1;
    if (owned !== want) problems.push(`ReplicaSet ${w.metadata.namespace}/${w.metadata.name} wants ${want} pods and owns ${owned}`);
    if ((w.status?.replicas ?? 0) !== owned) problems.push(`ReplicaSet ${w.metadata.namespace}/${w.metadata.name} reports ${w.status?.replicas ?? 0} replicas and owns ${owned}`);
  }
  return problems;
}
