// The words of components/diagrams/NodeFailureTimeline.astro. The English entry must have the Korean one's shape.
const ko = {
  title:
    '노드 장애 타임라인(v1.32 이후 기본값): 마지막 하트비트 후 50초에 NotReady와 unreachable 테인트, 다시 300초 뒤 파드 축출, 컨트롤러가 다른 노드에 새 파드를 만든다',
  events: [
    { t: '0초', head: '마지막 하트비트', sub: 'kubelet이 멈춤' },
    { t: '5초마다', head: '노드 컨트롤러 확인', sub: '--node-monitor-period' },
    { t: '약 50초', head: 'Ready=Unknown (NotReady)', sub: 'unreachable 테인트', sub2: 'NoSchedule, NoExecute' },
    { t: '약 350초', head: '파드 축출', sub: '톨러레이션 300초 만료' },
    { t: '그 직후', head: '새 파드 생성', sub: '컨트롤러가 다른 노드에' },
  ],
  grace: '--node-monitor-grace-period 50초',
  tol: 'tolerationSeconds 300초',
};

export const nodeFailureTimeline: Record<'ko' | 'en', typeof ko> = {
  ko,
  en: {
    title:
      'Node failure timeline (defaults since v1.32): 50 s after the last heartbeat the node turns NotReady and gets unreachable taints; 300 s later its pods are evicted and controllers create replacements on other nodes',
    events: [
      { t: '0 s', head: 'Last heartbeat', sub: 'the kubelet stops' },
      { t: 'every 5 s', head: 'Node controller checks', sub: '--node-monitor-period' },
      { t: '~50 s', head: 'Ready=Unknown (NotReady)', sub: 'unreachable taints', sub2: 'NoSchedule, NoExecute' },
      { t: '~350 s', head: 'Pods evicted', sub: '300 s tolerations run out' },
      { t: 'right after', head: 'Replacement pods', sub: 'on other nodes' },
    ],
    grace: '--node-monitor-grace-period 50 s',
    tol: 'tolerationSeconds 300 s',
  },
};
