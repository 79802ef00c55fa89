import type { Scenario } from './types.ts';

export const containerRuntime: Scenario = {
  id: 'container-runtime',
  title: { ko: 'kubelet과 컨테이너 런타임', en: 'The kubelet and the container runtime' },
  summary: {
    ko: 'kubelet은 CRI로 컨테이너 런타임(containerd)에 이미지 풀, 컨테이너 생성과 시작을 맡긴다.',
    en: 'The kubelet asks the container runtime (containerd) over CRI to pull images and to create and start containers.',
  },
  seed: 1,
  cluster: {},
  start: ['kubectl run nginx --image=nginx'],
  steps: [
    {
      caption: {
        ko: '파드가 노드에 바인딩되면 그 노드의 kubelet이 파드를 받는다.',
        en: 'Once the pod is bound to a node, that node’s kubelet receives it.',
      },
      match: { from: 'apiserver', to: 'kubelet' },
    },
    {
      caption: {
        ko: 'kubelet이 컨테이너 런타임에 이미지를 받으라고(pull) 지시한다.',
        en: 'The kubelet tells the container runtime to pull the image.',
      },
      match: { from: 'kubelet', to: 'runtime' },
    },
    {
      caption: {
        ko: '컨테이너 런타임이 컨테이너를 만들고 시작한다.',
        en: 'The container runtime creates and starts the container.',
      },
      match: { from: 'runtime', to: 'kubelet' },
    },
    {
      caption: {
        ko: '이미지 이름의 오타(ngnix)처럼 받을 수 없는 이미지는 ErrImagePull, 이어서 ImagePullBackOff가 된다.',
        en: 'An image that cannot be pulled, such as the typo ngnix, ends in ErrImagePull, then ImagePullBackOff.',
      },
      command: 'kubectl run broken --image=ngnix',
    },
    {
      caption: {
        ko: '파드의 STATUS 열과 이벤트로 원인을 확인하자.',
        en: 'Find the cause in the pod’s STATUS column and its events.',
      },
      command: 'kubectl describe pod broken',
    },
  ],
  panels: [],
  faults: ['kubelet', 'delete-pod'],
  focus: ['container-runtime', 'kubelet'],
};
