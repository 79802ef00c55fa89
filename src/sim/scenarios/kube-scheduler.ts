import type { Scenario } from './types.ts';

export const kubeScheduler: Scenario = {
  id: 'kube-scheduler',
  title: { ko: '스케줄러가 노드를 고르는 법', en: 'How the scheduler picks a node' },
  summary: {
    ko: '스케줄러는 맞지 않는 노드를 필터링하고, 남은 노드를 스코어링해 가장 점수가 높은 노드에 파드를 바인딩한다.',
    en: 'The scheduler filters out nodes that do not fit, scores the rest and binds the pod to the best one.',
  },
  seed: 1,
  cluster: {},
  start: ['kubectl run nginx --image=nginx'],
  steps: [
    {
      caption: {
        ko: 'kube-scheduler가 nodeName이 비어 있는 새 파드를 watch로 알아챈다.',
        en: 'kube-scheduler notices, through its watch, a new pod whose nodeName is empty.',
      },
      match: { from: 'apiserver', to: 'scheduler' },
    },
    {
      caption: {
        ko: '필터링: 테인트가 있는 controlplane은 톨러레이션이 없는 파드를 받을 수 없다.',
        en: 'Filtering: the tainted controlplane cannot take a pod without a matching toleration.',
      },
    },
    {
      caption: {
        ko: '스코어링: 남은 노드마다 LeastAllocated와 BalancedAllocation 점수를 매기고, 동점이면 무작위로 고른다.',
        en: 'Scoring: each remaining node gets LeastAllocated and BalancedAllocation scores; ties are broken at random.',
      },
    },
    {
      caption: {
        ko: '바인딩: kube-scheduler가 고른 노드를 kube-apiserver에 알린다.',
        en: 'Binding: kube-scheduler tells kube-apiserver which node it picked.',
      },
      match: { from: 'scheduler', to: 'apiserver' },
    },
    {
      caption: {
        ko: 'CPU 10개를 요청하는 파드는 어느 노드에도 맞지 않아 Pending으로 남는다.',
        en: 'A pod requesting 10 CPUs fits no node and stays Pending.',
      },
      command: 'kubectl create -f big-pod.yaml',
    },
    {
      caption: {
        ko: 'FailedScheduling 이벤트에서 0/3 nodes are available 메시지를 확인하자.',
        en: 'Find the “0/3 nodes are available” message in the FailedScheduling event.',
      },
      command: 'kubectl describe pod big-pod',
    },
  ],
  panels: ['scheduler'],
  faults: ['kubelet'],
  stopAt: [{ kind: '^schedule$' }, { from: 'kube-scheduler', caption: 'binds|Scheduled' }],
  focus: ['kube-scheduler'],
  files: {
    'big-pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: big-pod
spec:
  containers:
  - name: app
    image: nginx
    resources:
      requests:
        cpu: "10"
        memory: 4Gi
`,
  },
};
