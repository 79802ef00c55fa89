import type { Scenario } from './types.ts';
import { podCreationSteps } from './pod-flow.ts';

export const pods: Scenario = {
  id: 'pods',
  title: { ko: '파드 하나가 만들어지기까지', en: 'How one pod comes to life' },
  summary: {
    ko: 'pod-definition.yaml로 만든 파드가 Pending, ContainerCreating을 거쳐 Running이 되는 동안 각 컴포넌트가 하는 일을 한 단계씩 따라간다.',
    en: 'Follow, one step at a time, what each component does while a pod made from pod-definition.yaml goes from Pending through ContainerCreating to Running.',
  },
  seed: 1,
  cluster: {},
  // The reader creates the pod with the note's own command (the first guided step), so the note's
  // walkthrough succeeds on this cluster; the course's steps after it follow that command's events.
  steps: [
    {
      caption: {
        ko: 'pod-definition.yaml로 파드 myapp-pod를 만든다.',
        en: 'Create the pod myapp-pod from pod-definition.yaml.',
      },
      command: 'kubectl create -f pod-definition.yaml',
    },
    ...podCreationSteps,
    {
      caption: {
        ko: '명령형으로도 파드를 만들 수 있다.',
        en: 'A pod can also be created imperatively.',
      },
      command: 'kubectl run nginx --image=nginx',
    },
    {
      caption: {
        ko: '파드의 이벤트와 상태를 자세히 살펴본다.',
        en: 'Look at the pod’s events and status in detail.',
      },
      command: 'kubectl describe pod myapp-pod',
    },
  ],
  panels: ['scheduler'],
  faults: ['delete-pod', 'kubelet'],
  focus: ['kubelet', 'kube-scheduler'],
  files: {
    'pod-definition.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
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
