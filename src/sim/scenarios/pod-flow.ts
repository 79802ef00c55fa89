// The pod creation flow shared by the kube-apiserver and pods scenarios (the course's 11 steps).
import type { GuidedStep } from './types.ts';

export const podCreationCommand = 'kubectl run nginx --image=nginx';

export const podCreationSteps: GuidedStep[] = [
  {
    caption: {
      ko: 'kubectl이 파드 생성 요청을 kube-apiserver로 보낸다.',
      en: 'kubectl sends the pod creation request to kube-apiserver.',
    },
    match: { from: 'kubectl', to: 'apiserver' },
  },
  {
    caption: {
      ko: 'kube-apiserver가 요청한 사용자를 인증한다. (이 시뮬레이션은 인증을 로그에 따로 보여 주지 않는다.)',
      en: 'kube-apiserver authenticates the user who sent the request. (This simulation does not log authentication separately.)',
    },
  },
  {
    caption: {
      ko: 'kube-apiserver가 요청을 인가하고 어드미션 컨트롤과 유효성 검사를 거친다. (이것도 요청 처리 안에서 일어난다.)',
      en: 'kube-apiserver authorizes the request and runs admission control and validation (also inside the request handling).',
    },
  },
  {
    caption: {
      ko: 'kube-apiserver가 노드가 정해지지 않은 파드를 etcd에 기록한다. 같은 키가 없을 때만 생성하는 트랜잭션이라, 기존 데이터 확인과 쓰기가 한 번에 일어난다.',
      en: 'kube-apiserver writes the pod, not yet bound to a node, to etcd. The write is a transaction that only creates the key if it does not exist, so checking and writing happen at once.',
    },
    match: { from: 'apiserver', to: 'etcd' },
  },
  {
    caption: {
      ko: 'etcd가 쓰기를 커밋하고, kube-apiserver가 kubectl에 생성되었다고(201 Created) 응답한다.',
      en: 'etcd commits the write, and kube-apiserver answers kubectl that the pod was created (201 Created).',
    },
    match: { from: 'etcd', to: 'apiserver' },
  },
  {
    caption: {
      ko: 'kube-scheduler가 watch로 노드가 없는 새 파드를 알아챈다.',
      en: 'kube-scheduler notices the new pod without a node through its watch.',
    },
    match: { from: 'apiserver', to: 'scheduler', kind: 'watch' },
  },
  {
    caption: {
      ko: 'kube-scheduler가 노드를 필터링하고 스코어링한 뒤, 파드를 고른 노드에 바인딩하도록 kube-apiserver에 요청한다.',
      en: 'kube-scheduler filters and scores the nodes, then asks kube-apiserver to bind the pod to the chosen node.',
    },
    match: { from: 'scheduler', kind: 'schedule|bind' },
  },
  {
    caption: {
      ko: 'kube-apiserver가 바인딩을 etcd에 기록하고, 그 노드의 kubelet이 watch로 파드를 받는다.',
      en: 'kube-apiserver stores the binding in etcd, and the kubelet of that node receives the pod through its watch.',
    },
    match: { from: 'apiserver', to: 'kubelet' },
  },
  {
    caption: {
      ko: 'kubelet이 컨테이너 런타임에 이미지를 받아 컨테이너를 만들고 시작하라고 지시한다.',
      en: 'The kubelet tells the container runtime to pull the image and to create and start the container.',
    },
    match: { from: 'kubelet', to: 'runtime' },
  },
  {
    caption: {
      ko: 'kubelet이 파드 상태(먼저 ContainerCreating, 컨테이너가 시작되면 Running)를 kube-apiserver에 보고한다.',
      en: 'The kubelet reports the pod status to kube-apiserver (ContainerCreating first, Running once the container started).',
    },
    match: { from: 'kubelet', to: 'apiserver', object: '^pods/' },
  },
  {
    caption: {
      ko: 'kube-apiserver가 바뀐 상태를 etcd에 기록한다. 컨테이너가 시작되면 kubectl get pods가 Running을 보여 준다.',
      en: 'kube-apiserver writes the new status to etcd. Once the container has started, kubectl get pods shows Running.',
    },
    match: { from: 'apiserver', to: 'etcd', object: '^pods/' },
    command: 'kubectl get pods -o wide',
  },
];
