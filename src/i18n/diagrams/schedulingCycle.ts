// The words of components/diagrams/SchedulingCycle.astro. The English entry must have the Korean one's shape.
const ko = {
  title: 'kube-scheduler의 스케줄링 사이클: 대기열, 필터링, 스코어링, 바인딩, 그리고 kubelet',
  steps: [
    ['스케줄링 큐', 'nodeName 없는 파드'],
    ['필터링', '맞지 않는 노드 제외'],
    ['스코어링', '남은 노드에 0~100점'],
    ['바인딩', 'spec.nodeName 기록'],
    ['kubelet', 'watch로 보고 실행'],
  ],
  owner: 'kube-scheduler가 하는 일',
  other: '노드의 일',
};

export const schedulingCycle: Record<'ko' | 'en', typeof ko> = {
  ko,
  en: {
    title: 'The kube-scheduler scheduling cycle: queue, filter, score, bind, then the kubelet',
    steps: [
      ['Queue', 'no nodeName yet'],
      ['Filter', 'drop unfit nodes'],
      ['Score', 'rate the rest 0–100'],
      ['Bind', 'set spec.nodeName'],
      ['kubelet', 'watches, then runs it'],
    ],
    owner: 'done by kube-scheduler',
    other: 'done on the node',
  },
};
