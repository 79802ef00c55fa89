import type { Scenario } from './types.ts';

export const imperativeDeclarative: Scenario = {
  id: 'imperative-declarative',
  title: { ko: '명령형과 선언형', en: 'Imperative and declarative' },
  summary: {
    ko: '명령형 커맨드는 무엇을 할지 말하고, 선언형 kubectl apply는 의도한 상태를 파일로 주면 차이를 맞춘다.',
    en: 'Imperative commands say what to do; declarative kubectl apply takes the desired state from a file and reconciles the difference.',
  },
  seed: 1,
  cluster: {},
  steps: [
    {
      caption: { ko: '명령형 커맨드로 파드를 만든다.', en: 'Create a pod with an imperative command.' },
      command: 'kubectl run nginx --image=nginx',
    },
    {
      caption: {
        ko: '같은 명령을 다시 하면 이미 있다는 오류가 난다.',
        en: 'Running the same command again fails: the pod already exists.',
      },
      command: 'kubectl run nginx --image=nginx',
      fails: true,
    },
    {
      caption: {
        ko: '선언형: 구성 파일을 apply하면 없으면 만들고 있으면 바꾼다.',
        en: 'Declarative: apply a configuration file; it creates the object if missing and updates it otherwise.',
      },
      command: 'kubectl apply -f web.yaml',
    },
    {
      caption: {
        ko: '다시 apply해도 바뀐 것이 없으면 unchanged라고 한다.',
        en: 'Applying again with no change reports unchanged.',
      },
      command: 'kubectl apply -f web.yaml',
    },
  ],
  panels: ['rollout'],
  faults: ['delete-pod'],
  files: {
    'web.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    tier: frontend
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
`,
  },
};
