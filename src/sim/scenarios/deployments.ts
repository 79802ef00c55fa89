import type { Scenario } from './types.ts';

export const deployments: Scenario = {
  id: 'deployments',
  title: { ko: '디플로이먼트의 롤링 업데이트', en: 'A Deployment’s rolling update' },
  summary: {
    ko: '이미지를 바꾸면 디플로이먼트 컨트롤러가 새 레플리카셋을 늘리고 옛 레플리카셋을 줄인다(maxSurge 25%, maxUnavailable 25%).',
    en: 'Change the image and the Deployment controller scales a new ReplicaSet up and the old one down (maxSurge 25%, maxUnavailable 25%).',
  },
  seed: 1,
  cluster: {},
  // The note's reader creates the Deployment with the note's own command (its first guided step), so
  // the walkthrough's `kubectl create -f` succeeds on this cluster.
  steps: [
    {
      caption: {
        ko: 'deployment-definition.yaml로 디플로이먼트를 만든다.',
        en: 'Create the Deployment from deployment-definition.yaml.',
      },
      command: 'kubectl create -f deployment-definition.yaml',
    },
    {
      caption: {
        ko: '디플로이먼트, 레플리카셋, 파드가 함께 있다.',
        en: 'A Deployment, its ReplicaSet and its pods.',
      },
      command: 'kubectl get deployment,replicaset,pods',
    },
    {
      caption: {
        ko: '이미지를 바꿔 롤아웃을 시작한다.',
        en: 'Change the image to start a rollout.',
      },
      command: 'kubectl set image deployment/myapp-deployment nginx=nginx:1.28',
    },
    {
      caption: {
        ko: '레플리카 3개에서 maxSurge 25%는 1(올림), maxUnavailable 25%는 0(내림)이다: 파드는 4개까지 늘고, 사용 가능한 파드는 3개 아래로 내려가지 않는다.',
        en: 'With 3 replicas, maxSurge 25% is 1 (rounded up) and maxUnavailable 25% is 0 (rounded down): up to 4 pods, and never fewer than 3 available.',
      },
    },
    {
      caption: { ko: '롤아웃 상태와 리비전을 확인한다.', en: 'Check the rollout status and revisions.' },
      command: 'kubectl rollout history deployment/myapp-deployment',
    },
    {
      caption: { ko: '이전 리비전으로 롤백한다.', en: 'Roll back to the previous revision.' },
      command: 'kubectl rollout undo deployment/myapp-deployment',
    },
  ],
  panels: ['rollout'],
  faults: ['delete-pod', 'kubelet'],
  focus: ['kube-controller-manager'],
  files: {
    'deployment-definition.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: myapp-deployment
  labels:
    app: myapp
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
        - name: nginx
          image: nginx:1.27
`,
  },
};
