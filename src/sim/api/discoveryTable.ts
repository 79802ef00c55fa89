/**
 * What a kubeadm v1.33 API server lists in discovery (GET /api, /apis and their APIResourceLists):
 * the preferred version of every built-in group, its resources, short names, scope, kind, verbs and
 * categories. Beta and alpha APIs are off by default in 1.33, so only these GA versions are served
 * (ServiceCIDR and IPAddress went GA in networking.k8s.io/v1 with 1.33). `kubectl api-resources` and
 * `kubectl api-versions` print this table; kinds the engine only stores (ingresses, storageclasses,
 * ...) are registered from it as plain stored resources (api/discoveredKinds.ts).
 *
 * The stand-in API server of the golden recorder (scripts/golden/objects-fake-apiserver.mjs) serves
 * the same table, so the recordings show how real kubectl 1.33 prints it.
 */
export interface DiscoveredResource {
  name: string;
  shortNames: string[];
  group: string;
  version: string;
  namespaced: boolean;
  kind: string;
  verbs: readonly string[];
  categories?: string[];
  /** etcd prefix when the engine stores the kind (undefined: a virtual resource such as tokenreviews). */
  etcdPrefix?: string;
}

/** The verbs of an ordinary stored resource (create delete deletecollection get list patch update watch). */
const ALL = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'] as const;
/** Namespaces and a few others have no deletecollection. */
const NO_COLLECTION = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] as const;
const CREATE = ['create'] as const;

type Row = [name: string, shortNames: string, namespaced: boolean, kind: string, verbs: readonly string[], categories?: string, etcdPrefix?: string | null];

function group(groupVersion: string, rows: Row[]): DiscoveredResource[] {
  const slash = groupVersion.lastIndexOf('/');
  const g = slash < 0 ? '' : groupVersion.slice(0, slash);
  const version = groupVersion.slice(slash + 1);
  return rows.map(([name, short, namespaced, kind, verbs, categories, prefix]) => ({
    name, shortNames: short ? short.split(',') : [], group: g, version, namespaced, kind, verbs,
    ...(categories ? { categories: categories.split(',') } : {}),
    ...(prefix === null ? {} : { etcdPrefix: prefix ?? `/registry/${name}` }),
  }));
}

export const DISCOVERY_1_33: readonly DiscoveredResource[] = [
  ...group('v1', [
    ['bindings', '', true, 'Binding', CREATE, undefined, null],
    ['componentstatuses', 'cs', false, 'ComponentStatus', ['get', 'list'], undefined, null],
    ['configmaps', 'cm', true, 'ConfigMap', ALL],
    ['endpoints', 'ep', true, 'Endpoints', ALL, undefined, '/registry/services/endpoints'],
    ['events', 'ev', true, 'Event', ALL],
    ['limitranges', 'limits', true, 'LimitRange', ALL],
    ['namespaces', 'ns', false, 'Namespace', NO_COLLECTION],
    ['nodes', 'no', false, 'Node', ALL, undefined, '/registry/minions'],
    ['persistentvolumeclaims', 'pvc', true, 'PersistentVolumeClaim', ALL],
    ['persistentvolumes', 'pv', false, 'PersistentVolume', ALL],
    ['pods', 'po', true, 'Pod', ALL, 'all'],
    ['podtemplates', '', true, 'PodTemplate', ALL],
    ['replicationcontrollers', 'rc', true, 'ReplicationController', ALL, 'all', '/registry/controllers'],
    ['resourcequotas', 'quota', true, 'ResourceQuota', ALL],
    ['secrets', '', true, 'Secret', ALL],
    ['serviceaccounts', 'sa', true, 'ServiceAccount', ALL],
    ['services', 'svc', true, 'Service', ALL, 'all', '/registry/services/specs'],
  ]),
  ...group('admissionregistration.k8s.io/v1', [
    ['mutatingwebhookconfigurations', '', false, 'MutatingWebhookConfiguration', ALL, 'api-extensions'],
    ['validatingadmissionpolicies', '', false, 'ValidatingAdmissionPolicy', ALL, 'api-extensions'],
    ['validatingadmissionpolicybindings', '', false, 'ValidatingAdmissionPolicyBinding', ALL, 'api-extensions'],
    ['validatingwebhookconfigurations', '', false, 'ValidatingWebhookConfiguration', ALL, 'api-extensions'],
  ]),
  ...group('apiextensions.k8s.io/v1', [
    ['customresourcedefinitions', 'crd,crds', false, 'CustomResourceDefinition', ALL, 'api-extensions', '/registry/apiextensions.k8s.io/customresourcedefinitions'],
  ]),
  ...group('apiregistration.k8s.io/v1', [
    ['apiservices', '', false, 'APIService', ALL, 'api-extensions', '/registry/apiregistration.k8s.io/apiservices'],
  ]),
  ...group('apps/v1', [
    ['controllerrevisions', '', true, 'ControllerRevision', ALL],
    ['daemonsets', 'ds', true, 'DaemonSet', ALL, 'all'],
    ['deployments', 'deploy', true, 'Deployment', ALL, 'all'],
    ['replicasets', 'rs', true, 'ReplicaSet', ALL, 'all'],
    ['statefulsets', 'sts', true, 'StatefulSet', ALL, 'all'],
  ]),
  ...group('authentication.k8s.io/v1', [
    ['selfsubjectreviews', '', false, 'SelfSubjectReview', CREATE, undefined, null],
    ['tokenreviews', '', false, 'TokenReview', CREATE, undefined, null],
  ]),
  ...group('authorization.k8s.io/v1', [
    ['localsubjectaccessreviews', '', true, 'LocalSubjectAccessReview', CREATE, undefined, null],
    ['selfsubjectaccessreviews', '', false, 'SelfSubjectAccessReview', CREATE, undefined, null],
    ['selfsubjectrulesreviews', '', false, 'SelfSubjectRulesReview', CREATE, undefined, null],
    ['subjectaccessreviews', '', false, 'SubjectAccessReview', CREATE, undefined, null],
  ]),
  ...group('autoscaling/v2', [
    ['horizontalpodautoscalers', 'hpa', true, 'HorizontalPodAutoscaler', ALL, 'all'],
  ]),
  ...group('batch/v1', [
    ['cronjobs', 'cj', true, 'CronJob', ALL, 'all'],
    ['jobs', '', true, 'Job', ALL, 'all'],
  ]),
  ...group('certificates.k8s.io/v1', [
    ['certificatesigningrequests', 'csr', false, 'CertificateSigningRequest', ALL],
  ]),
  ...group('coordination.k8s.io/v1', [
    ['leases', '', true, 'Lease', ALL],
  ]),
  ...group('discovery.k8s.io/v1', [
    ['endpointslices', '', true, 'EndpointSlice', ALL],
  ]),
  ...group('events.k8s.io/v1', [
    ['events', 'ev', true, 'Event', ALL, undefined, null],
  ]),
  ...group('flowcontrol.apiserver.k8s.io/v1', [
    ['flowschemas', '', false, 'FlowSchema', ALL],
    ['prioritylevelconfigurations', '', false, 'PriorityLevelConfiguration', ALL],
  ]),
  ...group('networking.k8s.io/v1', [
    ['ingressclasses', '', false, 'IngressClass', ALL],
    ['ingresses', 'ing', true, 'Ingress', ALL, undefined, '/registry/ingress'],
    ['ipaddresses', 'ip', false, 'IPAddress', ALL],
    ['networkpolicies', 'netpol', true, 'NetworkPolicy', ALL],
    ['servicecidrs', '', false, 'ServiceCIDR', ALL],
  ]),
  ...group('node.k8s.io/v1', [
    ['runtimeclasses', '', false, 'RuntimeClass', ALL],
  ]),
  ...group('policy/v1', [
    ['poddisruptionbudgets', 'pdb', true, 'PodDisruptionBudget', ALL],
  ]),
  ...group('rbac.authorization.k8s.io/v1', [
    ['clusterrolebindings', '', false, 'ClusterRoleBinding', ALL],
    ['clusterroles', '', false, 'ClusterRole', ALL],
    ['rolebindings', '', true, 'RoleBinding', ALL],
    ['roles', '', true, 'Role', ALL],
  ]),
  ...group('scheduling.k8s.io/v1', [
    ['priorityclasses', 'pc', false, 'PriorityClass', ALL],
  ]),
  ...group('storage.k8s.io/v1', [
    ['csidrivers', '', false, 'CSIDriver', ALL],
    ['csinodes', '', false, 'CSINode', ALL],
    ['csistoragecapacities', '', true, 'CSIStorageCapacity', ALL],
    ['storageclasses', 'sc', false, 'StorageClass', ALL],
    ['volumeattachments', '', false, 'VolumeAttachment', ALL],
  ]),
];

/** `kubectl api-versions`: every served group/version (each group's preferred one here), sorted as kubectl sorts them. */
export function servedApiVersions(): string[] {
  const versions = new Set(DISCOVERY_1_33.map((r) => (r.group ? `${r.group}/${r.version}` : r.version)));
  // autoscaling serves v1 beside the preferred v2 (its HPA v1 is still served).
  versions.add('autoscaling/v1');
  return [...versions].sort();
}
