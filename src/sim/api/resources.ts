/**
 * The API resource kinds the API server serves: names, group/version, scope and etcd key prefix
 * (k8s-facts 9.3: legacy special prefixes such as nodes -> /registry/minions). Other parts of the
 * engine register more kinds with registerResource(); kubectl resolves names and short names here.
 */
export interface ResourceKind {
  kind: string;
  /** Lower-case plural, as in URLs and kubectl: 'pods'. */
  plural: string;
  singular: string;
  shortNames: string[];
  /** '' for the core group. */
  group: string;
  version: string;
  namespaced: boolean;
  /** etcd key prefix without trailing slash, e.g. '/registry/pods'. */
  etcdPrefix: string;
  /** kubectl get 'all' includes it. */
  inAll?: boolean;
}

const kinds = new Map<string, ResourceKind>();

export function registerResource(rk: ResourceKind): void {
  kinds.set(rk.plural, rk);
  resolved.clear();
}

/** Answers of resolveResource (asked several times per API request); emptied when a kind is registered. */
const resolved = new Map<string, ResourceKind | undefined>();

export function allResources(): ResourceKind[] {
  return [...kinds.values()];
}

export function apiVersionOf(rk: ResourceKind): string {
  return rk.group ? `${rk.group}/${rk.version}` : rk.version;
}

/** Resolves what a user types ('po', 'pod', 'pods', 'Pod', 'deployments.apps') to a resource kind. */
export function resolveResource(name: string): ResourceKind | undefined {
  const known = resolved.get(name);
  if (known !== undefined || resolved.has(name)) return known;
  const found = resolveResourceUncached(name);
  if (resolved.size >= 1024) resolved.clear();
  resolved.set(name, found);
  return found;
}

function resolveResourceUncached(name: string): ResourceKind | undefined {
  const lower = name.toLowerCase();
  const [base, group] = splitGroup(lower);
  for (const rk of kinds.values()) {
    if (group !== undefined && rk.group !== group && !(group === '' && rk.group === '')) continue;
    if (rk.plural === base || rk.singular === base || rk.kind.toLowerCase() === base || rk.shortNames.includes(base)) {
      return rk;
    }
  }
  return undefined;
}

export function resourceForKind(apiVersion: string | undefined, kind: string): ResourceKind | undefined {
  for (const rk of kinds.values()) {
    if (rk.kind === kind && (apiVersion === undefined || apiVersionOf(rk) === apiVersion)) return rk;
  }
  return undefined;
}

export function etcdKey(rk: ResourceKind, namespace: string | undefined, name: string): string {
  return rk.namespaced ? `${rk.etcdPrefix}/${namespace}/${name}` : `${rk.etcdPrefix}/${name}`;
}

function splitGroup(name: string): [string, string | undefined] {
  const dot = name.indexOf('.');
  if (dot < 0) return [name, undefined];
  return [name.slice(0, dot), name.slice(dot + 1)];
}

const core = (kind: string, plural: string, shortNames: string[], namespaced: boolean, etcdPrefix?: string, inAll?: boolean): ResourceKind => ({
  kind, plural, singular: kind.toLowerCase(), shortNames, group: '', version: 'v1', namespaced,
  etcdPrefix: etcdPrefix ?? `/registry/${plural}`, inAll,
});

registerResource(core('Pod', 'pods', ['po'], true, undefined, true));
registerResource(core('Node', 'nodes', ['no'], false, '/registry/minions'));
registerResource(core('Namespace', 'namespaces', ['ns'], false));
registerResource(core('Service', 'services', ['svc'], true, '/registry/services/specs', true));
registerResource(core('Endpoints', 'endpoints', ['ep'], true, '/registry/services/endpoints'));
registerResource(core('Event', 'events', ['ev'], true));
registerResource(core('ReplicationController', 'replicationcontrollers', ['rc'], true, '/registry/controllers', true));
registerResource(core('ResourceQuota', 'resourcequotas', ['quota'], true));
registerResource(core('ConfigMap', 'configmaps', ['cm'], true));
registerResource(core('ServiceAccount', 'serviceaccounts', ['sa'], true));
registerResource(core('Secret', 'secrets', [], true));
const apps = (kind: string, plural: string, shortNames: string[]): ResourceKind => ({
  kind, plural, singular: kind.toLowerCase(), shortNames, group: 'apps', version: 'v1', namespaced: true,
  etcdPrefix: `/registry/${plural}`, inAll: true,
});
registerResource(apps('Deployment', 'deployments', ['deploy']));
registerResource(apps('ReplicaSet', 'replicasets', ['rs']));
registerResource(apps('DaemonSet', 'daemonsets', ['ds']));
registerResource(apps('StatefulSet', 'statefulsets', ['sts']));
registerResource({
  kind: 'Lease', plural: 'leases', singular: 'lease', shortNames: [], group: 'coordination.k8s.io', version: 'v1',
  namespaced: true, etcdPrefix: '/registry/leases',
});
registerResource({
  kind: 'EndpointSlice', plural: 'endpointslices', singular: 'endpointslice', shortNames: [], group: 'discovery.k8s.io',
  version: 'v1', namespaced: true, etcdPrefix: '/registry/endpointslices',
});
const clusterScoped = (kind: string, plural: string, group: string, shortNames: string[] = []): ResourceKind => ({
  kind, plural, singular: kind.toLowerCase(), shortNames, group, version: 'v1', namespaced: false, etcdPrefix: `/registry/${plural}`,
});
registerResource(clusterScoped('PriorityClass', 'priorityclasses', 'scheduling.k8s.io', ['pc']));
registerResource(clusterScoped('ClusterRole', 'clusterroles', 'rbac.authorization.k8s.io'));
registerResource(clusterScoped('ClusterRoleBinding', 'clusterrolebindings', 'rbac.authorization.k8s.io'));
registerResource({ kind: 'Role', plural: 'roles', singular: 'role', shortNames: [], group: 'rbac.authorization.k8s.io', version: 'v1', namespaced: true, etcdPrefix: '/registry/roles' });
registerResource({ kind: 'RoleBinding', plural: 'rolebindings', singular: 'rolebinding', shortNames: [], group: 'rbac.authorization.k8s.io', version: 'v1', namespaced: true, etcdPrefix: '/registry/rolebindings' });
