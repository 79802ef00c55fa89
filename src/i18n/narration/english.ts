// English words of the narration: nouns for resources and how component ids read in a sentence.

const NOUN_EN: Record<string, string> = {
  pods: 'pod', nodes: 'node', namespaces: 'namespace', services: 'service', endpoints: 'endpoints',
  events: 'event', replicationcontrollers: 'ReplicationController', resourcequotas: 'ResourceQuota',
  configmaps: 'ConfigMap', serviceaccounts: 'ServiceAccount', secrets: 'Secret', deployments: 'Deployment',
  replicasets: 'ReplicaSet', daemonsets: 'DaemonSet', statefulsets: 'StatefulSet', leases: 'Lease',
  endpointslices: 'EndpointSlice', jobs: 'Job', cronjobs: 'CronJob', roles: 'Role', rolebindings: 'RoleBinding',
  clusterroles: 'ClusterRole', clusterrolebindings: 'ClusterRoleBinding',
};

/** 'replicasets' -> 'ReplicaSet' (unknown resources stay as they are). */
export function nounEn(resource: string): string {
  return NOUN_EN[resource] ?? resource;
}

/** 'pod nginx', or 'pod list' without a name. */
export function objectEn(resource: string, name: string | undefined): string {
  return name ? `${nounEn(resource)} ${name}` : `${nounEn(resource)} list`;
}

/** 'kubelet-node01' -> 'the kubelet on node01'. */
export function componentEn(id: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^kubelet-(.+)$/.exec(id))) return `the kubelet on ${m[1]}`;
  if ((m = /^container-runtime-(.+)$/.exec(id))) return `the container runtime on ${m[1]}`;
  if ((m = /^kube-proxy-(.+)$/.exec(id))) return `kube-proxy on ${m[1]}`;
  return id;
}
