import type { Scenario } from './types.ts';

export const replicasets: Scenario = {
  id: 'replicasets',
  title: { ko: '레플리카셋이 파드 수를 지키는 법', en: 'How a ReplicaSet keeps its pod count' },
  summary: {
    ko: '레플리카셋 컨트롤러는 셀렉터에 맞는 파드를 세고, 모자라면 만들고 넘치면 지운다.',
    en: 'The ReplicaSet controller counts the pods matching its selector, creates missing ones and deletes extra ones.',
  },
  seed: 1,
  cluster: {},
  // The reader creates the ReplicaSet with the note's own command (the first guided step), so the
  // note's walkthrough succeeds on this cluster; the steps after it follow that command's events.
  steps: [
    {
      caption: {
        ko: 'replicaset-definition.yaml로 레플리카셋을 만든다.',
        en: 'Create the ReplicaSet from replicaset-definition.yaml.',
      },
      command: 'kubectl create -f replicaset-definition.yaml',
    },
    {
      caption: {
        ko: '레플리카셋 오브젝트가 etcd에 저장된다.',
        en: 'The ReplicaSet object is stored in etcd.',
      },
      match: { from: 'kubectl', to: 'apiserver' },
    },
    {
      caption: {
        ko: '레플리카셋 컨트롤러가 레플리카셋을 watch로 받고 파드를 만든다(1, 2, 4개씩 늘려 가며).',
        en: 'The ReplicaSet controller receives the ReplicaSet and creates pods (in batches of 1, 2, 4, …).',
      },
      match: { from: 'controller', to: 'apiserver' },
    },
    {
      caption: { ko: '레플리카셋과 파드를 확인한다.', en: 'Check the ReplicaSet and its pods.' },
      command: 'kubectl get replicaset,pods',
    },
    {
      caption: {
        ko: '파드 하나를 지워 보자. 컨트롤러가 곧 새 파드를 만든다.',
        en: 'Delete one pod: the controller soon creates a new one.',
      },
    },
    {
      caption: {
        ko: '레플리카 수를 6으로 늘린다.',
        en: 'Scale the ReplicaSet to 6 replicas.',
      },
      command: 'kubectl scale --replicas=6 -f replicaset-definition.yaml',
    },
  ],
  panels: ['rollout'],
  faults: ['delete-pod', 'kubelet'],
  focus: ['kube-controller-manager'],
  files: {
    'replicaset-definition.yaml': `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: myapp-replicaset
  labels:
    app: myapp
    type: front-end
spec:
  replicas: 3
  selector:
    matchLabels:
      type: front-end
  template:
    metadata:
      labels:
        app: myapp
        type: front-end
    spec:
      containers:
      - name: nginx-container
        image: nginx
`,
  },
};
