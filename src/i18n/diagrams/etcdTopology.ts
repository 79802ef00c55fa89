// The words of components/diagrams/EtcdTopology.astro. The English entry must have the Korean one's shape.
const ko = {
  title:
    'etcd 고가용성 배치 두 가지: 컨트롤 플레인 노드마다 etcd 멤버를 함께 두는 스택 구성(kubeadm 기본)과, etcd를 별도 서버 세 대에 두는 외부 구성',
  stacked: '스택(stacked) etcd: kubeadm 기본',
  external: '외부(external) etcd',
  cp: '컨트롤 플레인',
  host: 'etcd 서버',
  lb: '로드 밸런서 :6443',
  raft: 'Raft 복제 (피어 2380)',
  client: '클라이언트 2379',
};

export const etcdTopology: Record<'ko' | 'en', typeof ko> = {
  ko,
  en: {
    title:
      'Two ways to place HA etcd: stacked, with an etcd member on each control plane node (kubeadm default), or external, on three separate servers',
    stacked: 'Stacked etcd: kubeadm default',
    external: 'External etcd',
    cp: 'control plane',
    host: 'etcd host',
    lb: 'load balancer :6443',
    raft: 'Raft replication (peer 2380)',
    client: 'clients 2379',
  },
};
