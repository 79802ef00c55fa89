// The ClusterRoles and ClusterRoleBindings a kubeadm 1.33 cluster starts with that decide what the
// terminal's users may do (k/k plugin/pkg/auth/authorizer/rbac/bootstrappolicy, kubeadm's
// kubeadm:cluster-admins binding). cluster-admin and the self-review/discovery roles are exact;
// admin, edit and view are the aggregated roles reduced to the resources the engine serves, and
// the component roles keep their names with the rules they need (the components themselves are
// trusted by the engine's API server, see authorization.ts).
import type { PolicyRule, Subject } from './authorizer.ts';

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];

const VIEW_CORE = [
  'configmaps', 'endpoints', 'persistentvolumeclaims', 'persistentvolumeclaims/status', 'pods', 'replicationcontrollers',
  'replicationcontrollers/scale', 'serviceaccounts', 'services', 'services/status', 'bindings', 'events', 'limitranges',
  'namespaces/status', 'pods/log', 'pods/status', 'replicationcontrollers/status', 'resourcequotas', 'resourcequotas/status',
];
const VIEW_APPS = [
  'controllerrevisions', 'daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status',
  'replicasets', 'replicasets/scale', 'replicasets/status', 'statefulsets', 'statefulsets/scale', 'statefulsets/status',
];
const VIEW_OTHERS: PolicyRule[] = [
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers', 'horizontalpodautoscalers/status'], verbs: READ },
  { apiGroups: ['batch'], resources: ['cronjobs', 'cronjobs/status', 'jobs', 'jobs/status'], verbs: READ },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets', 'poddisruptionbudgets/status'], verbs: READ },
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses', 'ingresses/status', 'networkpolicies'], verbs: READ },
  { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: READ },
];

const VIEW: PolicyRule[] = [
  { apiGroups: [''], resources: VIEW_CORE, verbs: READ },
  { apiGroups: [''], resources: ['namespaces'], verbs: READ },
  { apiGroups: ['apps'], resources: VIEW_APPS, verbs: READ },
  ...VIEW_OTHERS,
];

const EDIT: PolicyRule[] = [
  ...VIEW,
  { apiGroups: [''], resources: ['pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'secrets', 'services/proxy'], verbs: READ },
  { apiGroups: [''], resources: ['serviceaccounts'], verbs: ['impersonate'] },
  { apiGroups: [''], resources: ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy'], verbs: WRITE },
  { apiGroups: [''], resources: ['pods/eviction'], verbs: ['create'] },
  { apiGroups: [''], resources: ['configmaps', 'events', 'persistentvolumeclaims', 'replicationcontrollers', 'replicationcontrollers/scale', 'secrets', 'serviceaccounts', 'services', 'services/proxy'], verbs: WRITE },
  { apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] },
  { apiGroups: ['apps'], resources: ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'replicasets', 'replicasets/scale', 'statefulsets', 'statefulsets/scale'], verbs: WRITE },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: WRITE },
  { apiGroups: ['batch'], resources: ['cronjobs', 'jobs'], verbs: WRITE },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: WRITE },
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses', 'networkpolicies'], verbs: WRITE },
  { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: [...READ, ...WRITE] },
];

const ADMIN: PolicyRule[] = [
  ...EDIT,
  { apiGroups: ['authorization.k8s.io'], resources: ['localsubjectaccessreviews'], verbs: ['create'] },
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['rolebindings', 'roles'], verbs: [...WRITE, ...READ] },
];

export const BASIC_USER_RULES: PolicyRule[] = [
  { apiGroups: ['authorization.k8s.io'], resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'], verbs: ['create'] },
  { apiGroups: ['authentication.k8s.io'], resources: ['selfsubjectreviews'], verbs: ['create'] },
];

const DISCOVERY_RULES: PolicyRule[] = [
  { nonResourceURLs: ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/'], verbs: ['get'] },
];

const PUBLIC_INFO_RULES: PolicyRule[] = [
  { nonResourceURLs: ['/healthz', '/livez', '/readyz', '/version', '/version/'], verbs: ['get'] },
];

const ALL_COMPONENT: PolicyRule[] = [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }];

export const BOOTSTRAP_CLUSTER_ROLES: Record<string, PolicyRule[]> = {
  admin: ADMIN,
  'cluster-admin': [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }, { nonResourceURLs: ['*'], verbs: ['*'] }],
  edit: EDIT,
  view: VIEW,
  'kubeadm:get-nodes': [{ apiGroups: [''], resources: ['nodes'], verbs: ['get'] }],
  'system:basic-user': BASIC_USER_RULES,
  'system:discovery': DISCOVERY_RULES,
  'system:public-info-viewer': PUBLIC_INFO_RULES,
  'system:controller:node-controller': [{ apiGroups: [''], resources: ['nodes', 'nodes/status', 'pods', 'pods/status'], verbs: ['delete', 'get', 'list', 'patch', 'update'] }],
  'system:controller:replicaset-controller': [{ apiGroups: ['apps', 'extensions'], resources: ['replicasets', 'replicasets/status', 'replicasets/finalizers'], verbs: ['get', 'list', 'update', 'watch'] }, { apiGroups: [''], resources: ['pods'], verbs: ['create', 'delete', 'list', 'patch', 'watch'] }],
  'system:coredns': [{ apiGroups: [''], resources: ['endpoints', 'services', 'pods', 'namespaces'], verbs: ['list', 'watch'] }, { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['list', 'watch'] }],
  'system:kube-controller-manager': ALL_COMPONENT,
  'system:kube-scheduler': ALL_COMPONENT,
  'system:node': ALL_COMPONENT,
  'system:node-proxier': [{ apiGroups: [''], resources: ['endpoints', 'services', 'nodes'], verbs: ['get', 'list', 'watch'] }, { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['list', 'watch'] }],
};

const group = (name: string): Subject => ({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name });
const user = (name: string): Subject => ({ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name });

/** Binding name -> the ClusterRole it grants and to whom. */
export const BOOTSTRAP_CLUSTER_ROLE_BINDINGS: Record<string, { role: string; subjects: Subject[] }> = {
  'cluster-admin': { role: 'cluster-admin', subjects: [group('system:masters')] },
  'kubeadm:cluster-admins': { role: 'cluster-admin', subjects: [group('kubeadm:cluster-admins')] },
  'kubeadm:get-nodes': { role: 'kubeadm:get-nodes', subjects: [group('system:bootstrappers:kubeadm:default-node-token')] },
  'kubeadm:kubelet-bootstrap': { role: 'system:node-bootstrapper', subjects: [group('system:bootstrappers:kubeadm:default-node-token')] },
  'system:basic-user': { role: 'system:basic-user', subjects: [group('system:authenticated')] },
  'system:coredns': { role: 'system:coredns', subjects: [{ kind: 'ServiceAccount', name: 'coredns', namespace: 'kube-system' }] },
  'system:discovery': { role: 'system:discovery', subjects: [group('system:authenticated')] },
  'system:kube-controller-manager': { role: 'system:kube-controller-manager', subjects: [user('system:kube-controller-manager')] },
  'system:kube-scheduler': { role: 'system:kube-scheduler', subjects: [user('system:kube-scheduler')] },
  'system:node-proxier': { role: 'system:node-proxier', subjects: [user('system:kube-proxy')] },
  'system:public-info-viewer': { role: 'system:public-info-viewer', subjects: [group('system:authenticated'), group('system:unauthenticated')] },
};

/** Bootstrap RBAC objects that came after the engine's first keyspace (their uids are derived from their names). */
export const LATER_RBAC_OBJECTS = new Set([
  'ClusterRole/system:discovery', 'ClusterRole/system:public-info-viewer',
  'ClusterRoleBinding/system:basic-user', 'ClusterRoleBinding/system:discovery', 'ClusterRoleBinding/system:public-info-viewer',
]);

/** A stable UUID-shaped uid from a name (FNV-1a rounds), drawing nothing from the seeded random stream. */
export function uidFromName(name: string): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round++) {
    let h = 0x811c9dc5;
    for (const ch of `${round}:${name}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
