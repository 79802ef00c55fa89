import type { Scenario } from './types.ts';

export const kubeProxy: Scenario = {
  id: 'kube-proxy',
  title: { ko: 'kube-proxy와 서비스 규칙', en: 'kube-proxy and service rules' },
  summary: {
    ko: 'kube-proxy는 노드마다 실행되며, 서비스와 엔드포인트를 watch해 서비스 IP로 가는 트래픽을 파드로 보내는 규칙을 만든다.',
    en: 'kube-proxy runs on every node and watches services and endpoints to write rules that send service IP traffic to pods.',
  },
  seed: 1,
  cluster: {},
  // The reader creates the pod and the service with the note's own commands (the first guided steps),
  // so the note's walkthrough succeeds on this cluster; the steps after them follow `expose`'s events.
  steps: [
    {
      caption: {
        ko: '레이블 app=hello를 단 파드 hello를 만든다.',
        en: 'Create the pod hello, labelled app=hello.',
      },
      command: 'kubectl run hello --image=nginx --labels=app=hello',
    },
    {
      caption: {
        ko: '파드 hello를 서비스로 노출한다(포트 80).',
        en: 'Expose the pod hello as a service (port 80).',
      },
      command: 'kubectl expose pod hello --port=80',
    },
    {
      caption: {
        ko: '서비스가 만들어지면 클러스터 IP가 할당된다.',
        en: 'When the service is created it gets a cluster IP.',
      },
      match: { from: 'kubectl', to: 'apiserver', object: '^services/' },
    },
    {
      caption: {
        ko: '엔드포인트슬라이스 컨트롤러가 셀렉터에 맞는 파드의 IP를 엔드포인트슬라이스에 기록한다.',
        en: 'The EndpointSlice controller records the IPs of the pods matching the selector in an EndpointSlice.',
      },
      match: { to: 'apiserver', kind: 'endpoint' },
    },
    {
      caption: {
        ko: '각 노드의 kube-proxy가 서비스와 엔드포인트 변경을 watch로 받아 규칙을 다시 쓴다.',
        en: 'The kube-proxy on each node receives the service and endpoint changes and rewrites its rules.',
      },
      match: { to: 'kube-proxy' },
    },
    {
      caption: { ko: '서비스와 엔드포인트를 확인한다.', en: 'Check the service and its endpoints.' },
      command: 'kubectl get service hello',
    },
  ],
  panels: ['kube-proxy'],
  faults: ['delete-pod'],
  focus: ['kube-proxy'],
};
