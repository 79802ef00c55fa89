import type { Scenario } from './types.ts';

export const namespaces: Scenario = {
  id: 'namespaces',
  title: { ko: '네임스페이스로 나누기', en: 'Dividing the cluster with namespaces' },
  summary: {
    ko: '네임스페이스는 이름의 범위를 나눈다: 같은 이름의 파드도 다른 네임스페이스에서는 함께 있을 수 있다.',
    en: 'Namespaces scope names: pods with the same name can coexist in different namespaces.',
  },
  seed: 1,
  cluster: {},
  steps: [
    {
      caption: {
        ko: '새 클러스터에는 default, kube-system, kube-public, kube-node-lease가 있다.',
        en: 'A new cluster has default, kube-system, kube-public and kube-node-lease.',
      },
      command: 'kubectl get namespaces',
    },
    { caption: { ko: 'dev 네임스페이스를 만든다.', en: 'Create the dev namespace.' }, command: 'kubectl create namespace dev' },
    {
      caption: { ko: 'dev에 파드를 만든다.', en: 'Create a pod in dev.' },
      command: 'kubectl run nginx --image=nginx -n dev',
    },
    {
      caption: {
        ko: '-n 없이 조회하면 default 네임스페이스만 보인다.',
        en: 'Without -n you only see the default namespace.',
      },
      command: 'kubectl get pods',
    },
    {
      caption: { ko: '모든 네임스페이스의 파드를 본다.', en: 'See the pods of every namespace.' },
      command: 'kubectl get pods -A',
    },
  ],
  panels: [],
  faults: ['delete-pod'],
};
