// The words of components/diagrams/KubeProxyPath.astro. The English entry must have the Korean one's shape.
const ko = {
  title: '클러스터 IP로 보낸 패킷이 iptables 규칙을 거쳐 엔드포인트 파드 셋 중 하나로 DNAT되는 경로',
  client: '클라이언트 파드',
  dest: '목적지 10.96.100.10:80',
  services: '서비스 IP:포트로 매칭',
  svc: '엔드포인트 하나를 무작위 선택',
  sep: 'DNAT → 파드 IP:8080',
  rest: '나머지 전부',
  note: '규칙은 kube-proxy가 쓰고, 패킷은 커널이 처리한다',
};

export const kubeProxyPath: Record<'ko' | 'en', typeof ko> = {
  ko,
  en: {
    title: 'A packet sent to a ClusterIP passes through iptables rules and is DNATed to one of three endpoint pods',
    client: 'client pod',
    dest: 'to 10.96.100.10:80',
    services: 'match Service IP:port',
    svc: 'pick one endpoint at random',
    sep: 'DNAT → pod IP:8080',
    rest: 'all the rest',
    note: 'kube-proxy writes the rules; the kernel moves the packets',
  },
};
