import type { Scenario } from './types.ts';

export const kubeControllerManager: Scenario = {
  id: 'kube-controller-manager',
  title: { ko: '컨트롤러의 컨트롤 루프', en: 'The controllers’ control loops' },
  summary: {
    ko: '컨트롤러는 현재 상태를 의도한 상태에 가깝게 만든다: 지워진 파드를 다시 만들고, 응답 없는 노드를 표시한다.',
    en: 'Controllers move the current state towards the desired state: they recreate deleted pods and mark silent nodes.',
  },
  seed: 1,
  cluster: {},
  setup: ['kubectl create deployment web --image=nginx --replicas=3'],
  steps: [
    {
      caption: {
        ko: '디플로이먼트 web의 레플리카셋이 파드 3개를 유지하고 있다.',
        en: 'The ReplicaSet of Deployment web keeps three pods running.',
      },
      command: 'kubectl get pods -o wide',
    },
    {
      caption: {
        ko: '파드 하나를 지우면 레플리카셋 컨트롤러가 새 파드를 만든다.',
        en: 'Delete one pod: the ReplicaSet controller creates a new one.',
      },
    },
    {
      caption: {
        ko: 'node01의 kubelet을 멈추면 하트비트가 끊긴다. 노드 컨트롤러는 5초마다 확인하고, 유예 시간(v1.32부터 50초)이 지나면 노드를 NotReady로 표시한다.',
        en: 'Stop node01’s kubelet and its heartbeats stop. The node controller checks every 5 s and marks the node NotReady after the grace period (50 s since v1.32).',
      },
    },
    {
      caption: {
        ko: '노드 상태를 확인한다.',
        en: 'Check the node status.',
      },
      command: 'kubectl get nodes',
    },
  ],
  panels: ['rollout'],
  faults: ['delete-pod', 'kubelet'],
  stopAt: [{ from: 'kube-controller-manager', object: '^nodes/' }, { caption: 'taint|evict|NotReady' }],
  focus: ['kube-controller-manager'],
};
