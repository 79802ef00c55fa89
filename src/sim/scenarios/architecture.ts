import type { Scenario } from './types.ts';

export const architecture: Scenario = {
  id: 'architecture',
  title: { ko: '클러스터 아키텍처 한눈에 보기', en: 'The cluster architecture at a glance' },
  summary: {
    ko: '컨트롤 플레인과 워커 노드의 컴포넌트가 kube-apiserver를 통해서만 서로 이야기하는 모습을 본다.',
    en: 'Watch the control plane and worker node components talk to each other only through kube-apiserver.',
  },
  seed: 1,
  cluster: {},
  start: ['kubectl run nginx --image=nginx'],
  steps: [
    {
      caption: {
        ko: '컨트롤 플레인에는 kube-apiserver, etcd, kube-scheduler, kube-controller-manager가 있다.',
        en: 'The control plane runs kube-apiserver, etcd, kube-scheduler and kube-controller-manager.',
      },
    },
    {
      caption: {
        ko: '워커 노드마다 kubelet, kube-proxy, 컨테이너 런타임이 있다.',
        en: 'Every worker node runs a kubelet, kube-proxy and a container runtime.',
      },
    },
    {
      caption: {
        ko: '사용자의 요청은 kube-apiserver가 받고, 클러스터 상태는 etcd에 저장된다.',
        en: 'kube-apiserver receives the user’s request, and the cluster state is stored in etcd.',
      },
      match: { from: 'kubectl', to: 'apiserver' },
    },
    {
      caption: {
        ko: 'kube-scheduler가 새 파드를 놓을 노드를 고른다.',
        en: 'kube-scheduler picks a node for the new pod.',
      },
      match: { from: 'scheduler', to: 'apiserver' },
    },
    {
      caption: {
        ko: '그 노드의 kubelet이 컨테이너 런타임으로 컨테이너를 실행한다.',
        en: 'The kubelet of that node runs the container through the container runtime.',
      },
      match: { from: 'kubelet', to: 'runtime' },
    },
    {
      caption: {
        ko: 'kube-system 네임스페이스에서 컨트롤 플레인 컴포넌트도 파드로 실행되고 있음을 확인하자.',
        en: 'Check that the control plane components themselves run as pods in the kube-system namespace.',
      },
      command: 'kubectl get pods -n kube-system',
    },
  ],
  panels: [],
  faults: ['kubelet'],
  showSystemPods: true,
};
