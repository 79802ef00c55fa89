import type { Scenario } from './types.ts';
import { podCreationCommand, podCreationSteps } from './pod-flow.ts';

export const kubeApiserver: Scenario = {
  id: 'kube-apiserver',
  title: { ko: 'kube-apiserver를 거치는 파드 생성', en: 'Pod creation through kube-apiserver' },
  summary: {
    ko: '모든 요청은 kube-apiserver를 거치고, etcd와 직접 이야기하는 컴포넌트는 kube-apiserver뿐이다.',
    en: 'Every request goes through kube-apiserver, and it is the only component that talks to etcd.',
  },
  seed: 1,
  cluster: {},
  start: [podCreationCommand],
  steps: podCreationSteps,
  panels: ['etcd'],
  faults: ['delete-pod'],
  focus: ['kube-apiserver'],
};
