// The words of components/diagrams/PodAnatomy.astro. The English entry must have the Korean one's shape.
const ko = {
  title: '파드 하나의 구조: 두 컨테이너가 IP 하나와 네트워크 네임스페이스를 함께 쓰고, 볼륨을 함께 마운트한다',
  node: '노드 node01',
  pod: '파드 myapp-pod · IP 10.244.1.5',
  app: '앱 컨테이너',
  appSub: 'nginx · :80',
  helper: '헬퍼(사이드카) 컨테이너',
  helperSub: '로그 수집기',
  localhost: 'localhost:80',
  volume: '공유 볼륨 (emptyDir)',
  net: '네트워크 네임스페이스 공유: 같은 IP, 같은 포트 공간',
};

export const podAnatomy: Record<'ko' | 'en', typeof ko> = {
  ko,
  en: {
    title: 'Anatomy of one pod: two containers share one IP and network namespace and mount the same volume',
    node: 'node node01',
    pod: 'pod myapp-pod · IP 10.244.1.5',
    app: 'app container',
    appSub: 'nginx · :80',
    helper: 'helper (sidecar) container',
    helperSub: 'log shipper',
    localhost: 'localhost:80',
    volume: 'shared volume (emptyDir)',
    net: 'shared network namespace: same IP, same port space',
  },
};
