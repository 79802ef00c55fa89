// The words of components/diagrams/RuntimeStack.astro. The English entry must have the Korean one's shape.
const ko = {
  title:
    'kubelet에서 runc까지의 경로: v1.23까지의 도커심 경로와, v1.24 이후 CRI를 통한 containerd, CRI-O, cri-dockerd 경로',
  rows: [
    { label: 'v1.23까지: kubelet 안의 도커심 (v1.24에서 제거)', removed: true, boxes: ['kubelet', 'dockershim', 'dockerd', 'containerd', 'runc'] },
    { label: '현재 가장 흔한 구성: containerd', removed: false, boxes: ['kubelet', 'CRI (gRPC)', 'containerd', 'runc'] },
    { label: 'CRI-O', removed: false, boxes: ['kubelet', 'CRI (gRPC)', 'CRI-O', 'runc / crun'] },
    { label: '도커 엔진을 계속 쓰려면: cri-dockerd 어댑터', removed: false, boxes: ['kubelet', 'CRI (gRPC)', 'cri-dockerd', 'dockerd', 'containerd', 'runc'] },
  ],
  legend: '강조된 상자: 노드의 CRI 소켓을 여는 쪽(crictl이 연결하는 곳)',
};

export const runtimeStack: Record<'ko' | 'en', typeof ko> = {
  ko,
  en: {
    title:
      'How the kubelet reaches runc: the dockershim path up to v1.23, and the CRI paths to containerd, CRI-O and cri-dockerd from v1.24',
    rows: [
      { label: 'Up to v1.23: dockershim inside the kubelet (removed in v1.24)', removed: true, boxes: ['kubelet', 'dockershim', 'dockerd', 'containerd', 'runc'] },
      { label: 'Most common today: containerd', removed: false, boxes: ['kubelet', 'CRI (gRPC)', 'containerd', 'runc'] },
      { label: 'CRI-O', removed: false, boxes: ['kubelet', 'CRI (gRPC)', 'CRI-O', 'runc / crun'] },
      { label: 'Keeping Docker Engine: the cri-dockerd adapter', removed: false, boxes: ['kubelet', 'CRI (gRPC)', 'cri-dockerd', 'dockerd', 'containerd', 'runc'] },
    ],
    legend: 'Highlighted box: the side that serves the node\'s CRI socket (where crictl connects)',
  },
};
