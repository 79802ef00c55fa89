import type { Scenario } from './types.ts';

export const kubelet: Scenario = {
  id: 'kubelet',
  title: { ko: '노드의 선장, kubelet', en: 'The kubelet, captain of the node' },
  summary: {
    ko: 'kubelet은 노드를 등록하고 하트비트를 보내며, 자기 노드에 바인딩된 파드를 컨테이너 런타임으로 실행한다.',
    en: 'The kubelet registers its node, sends heartbeats and runs the pods bound to its node through the container runtime.',
  },
  seed: 1,
  cluster: {},
  start: ['kubectl run nginx --image=nginx'],
  steps: [
    {
      caption: {
        ko: 'kubelet이 watch로 자기 노드에 바인딩된 파드를 받는다.',
        en: 'The kubelet receives, through its watch, a pod bound to its node.',
      },
      match: { from: 'apiserver', to: 'kubelet' },
    },
    {
      caption: {
        ko: 'kubelet이 컨테이너 런타임에 컨테이너 실행을 맡긴다.',
        en: 'The kubelet hands the container to the container runtime.',
      },
      match: { from: 'kubelet', to: 'runtime' },
    },
    {
      caption: {
        ko: 'kubelet이 파드 상태를 kube-apiserver에 보고한다.',
        en: 'The kubelet reports the pod status to kube-apiserver.',
      },
      match: { from: 'kubelet', to: 'apiserver', object: '^pods/' },
    },
    {
      caption: {
        ko: 'kubelet은 10초마다 노드 리스를 갱신해 살아 있음을 알린다(하트비트).',
        en: 'Every 10 s the kubelet renews its node lease to show it is alive (heartbeat).',
      },
      match: { kind: 'lease|heartbeat' },
    },
    {
      caption: {
        ko: 'node01의 kubelet을 멈추면 하트비트가 끊긴다. 50초(v1.32부터 node-monitor-grace-period 기본값) 뒤 노드 컨트롤러가 노드를 NotReady로 표시하고 node.kubernetes.io/unreachable 테인트를 붙인다.',
        en: 'Stop node01’s kubelet and its heartbeats stop. After 50 s (the node-monitor-grace-period default since v1.32) the node controller marks the node NotReady and adds the node.kubernetes.io/unreachable taint.',
      },
    },
    {
      caption: { ko: '노드 상태를 확인한다.', en: 'Check the node status.' },
      command: 'kubectl get nodes',
    },
    {
      caption: {
        ko: '파드의 기본 톨러레이션은 300초다. 그 시간이 지나면 node01의 파드가 축출된다.',
        en: 'Pods tolerate the taint for 300 s by default; after that, the pods on node01 are evicted.',
      },
    },
  ],
  panels: [],
  faults: ['kubelet', 'delete-pod'],
  focus: ['kubelet'],
};
