import type { Scenario } from './types.ts';

// The sandbox page's cluster: a plain kubeadm-like cluster (a control plane and two workers) with
// nothing of the reader's in it, for trying anything. No guided story: its steps only suggest a start.
export const sandbox: Scenario = {
  id: 'sandbox',
  title: { ko: '샌드박스 클러스터', en: 'Sandbox cluster' },
  summary: {
    ko: '컨트롤 플레인 노드 하나와 워커 노드 둘로 된 빈 클러스터다. 무엇이든 실행해 보자.',
    en: 'An empty cluster with one control plane node and two worker nodes. Run anything.',
  },
  seed: 1,
  cluster: {},
  steps: [
    {
      caption: { ko: '노드 세 개가 Ready인지 확인하자.', en: 'Check that the three nodes are Ready.' },
      command: 'kubectl get nodes',
    },
    {
      caption: { ko: '파드를 하나 만들어 보자.', en: 'Create a pod.' },
      command: 'kubectl run web --image=nginx',
    },
  ],
  panels: ['etcd', 'scheduler'],
  faults: ['kubelet', 'delete-pod'],
};
