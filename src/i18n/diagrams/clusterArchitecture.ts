// The words of components/diagrams/ClusterArchitecture.astro. The English entry must have the Korean one's shape.
const ko = {
  title:
    'kubeadm 클러스터의 아키텍처: 클러스터 상태에 관해 모든 컴포넌트는 kube-apiserver와만 통신하고, etcd에 접근하는 것은 kube-apiserver뿐이다',
  controlPlane: '컨트롤 플레인 노드 (controlplane)',
  worker: '워커 노드',
  runtime: '컨테이너 런타임',
  nodeAgents: ['kubelet · kube-proxy', '컨테이너 런타임', '(kubeadm: 스태틱 파드)'],
  etcdOnly: 'etcd와 통신하는 유일한 컴포넌트',
  optional: '클라우드에서만',
  pods: '파드',
  legendWatch: '화살표: kube-apiserver에 보내는 요청과 watch',
};

export const clusterArchitecture: Record<'ko' | 'en', typeof ko> = {
  ko,
  en: {
    title:
      'Architecture of a kubeadm cluster: for cluster state every component talks only to kube-apiserver, and only kube-apiserver talks to etcd',
    controlPlane: 'Control plane node (controlplane)',
    worker: 'Worker node',
    runtime: 'Container runtime',
    nodeAgents: ['kubelet · kube-proxy', 'container runtime', '(kubeadm: static pods)'],
    etcdOnly: 'the only component that talks to etcd',
    optional: 'cloud only',
    pods: 'pod',
    legendWatch: 'Arrows: requests and watches sent to kube-apiserver',
  },
};
