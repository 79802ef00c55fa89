// The words of components/diagrams/ServicePorts.astro. The English entry must have the Korean one's shape.
const ko = {
  title: 'NodePort 서비스의 세 가지 포트',
  desc: '클러스터 밖의 사용자가 노드 IP의 nodePort 30008로 요청하면, kube-proxy가 노드에 만든 규칙이 이를 서비스의 클러스터 IP 포트 80으로 보내고, 다시 셀렉터로 고른 파드 중 하나의 targetPort 80으로 보낸다. 클러스터 안의 파드는 클러스터 IP와 port 80으로 바로 접근한다.',
  user: '클러스터 밖 사용자',
  node: '노드 (모든 노드에 같은 nodePort)',
  svc: '서비스 myapp-service',
  rules: 'kube-proxy가 만든 규칙',
  pods: '셀렉터에 맞는 파드',
  inner: '클러스터 안의 파드',
};

export const servicePorts: Record<'ko' | 'en', typeof ko> = {
  ko,
  en: {
    title: 'The three ports of a NodePort Service',
    desc: 'A user outside the cluster sends a request to a node IP on nodePort 30008; the rules kube-proxy wrote on the node send it to the Service\'s cluster IP on port 80 and on to one of the selected Pods on targetPort 80. Pods inside the cluster use the cluster IP and port 80 directly.',
    user: 'user outside the cluster',
    node: 'node (same nodePort on every node)',
    svc: 'Service myapp-service',
    rules: 'rules written by kube-proxy',
    pods: 'Pods matching the selector',
    inner: 'Pod inside the cluster',
  },
};
