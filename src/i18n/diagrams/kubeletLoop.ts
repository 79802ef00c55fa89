// The words of components/diagrams/KubeletLoop.astro. The English entry must have the Korean one's shape.
const ko = {
  title: 'kubelet의 입력과 출력: API 서버에서 파드를 watch하고, CRI로 컨테이너를 만들고, 상태와 리스를 API 서버에 보고한다',
  api: 'kube-apiserver',
  manifests: '/etc/kubernetes/manifests',
  manifestsSub: '스태틱 파드',
  kubelet: 'kubelet',
  kubeletSub: '노드마다 systemd 서비스',
  runtime: '컨테이너 런타임',
  runtimeSub: 'containerd (CRI gRPC)',
  watch: 'watch: nodeName이 이 노드인 파드',
  report: '리스 10초 · 노드 상태는 변경 시·5분마다 · 파드 상태',
  cri: '이미지 풀 · 샌드박스 · 컨테이너',
};

export const kubeletLoop: Record<'ko' | 'en', typeof ko> = {
  ko,
  en: {
    title: 'What the kubelet reads and writes: it watches pods on the API server, creates containers through CRI, and reports status and lease back',
    api: 'kube-apiserver',
    manifests: '/etc/kubernetes/manifests',
    manifestsSub: 'static pods',
    kubelet: 'kubelet',
    kubeletSub: 'systemd service, every node',
    runtime: 'container runtime',
    runtimeSub: 'containerd (CRI gRPC)',
    watch: 'watch: pods whose nodeName is this node',
    report: 'lease 10 s · node status on change, 5 min max · pod status',
    cri: 'pull image · sandbox · containers',
  },
};
