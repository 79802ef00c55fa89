// The notes in learning order. The sidebar, the landing page and the site checks read this list,
// so a note is added in one place.
export const noteSlugs = [
  'architecture',
  'container-runtime',
  'etcd',
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
  'kubelet',
  'kube-proxy',
  'pods',
  'replicasets',
  'deployments',
  'namespaces',
  'services',
  'imperative-declarative',
  'exam-habits',
];
