// The words of components/diagrams/ServiceDnsName.astro. The English entry must have the Korean one's shape.
const ko = {
  title: '서비스 DNS 이름의 구성',
  desc: 'db-service.dev.svc.cluster.local은 서비스 이름 db-service, 네임스페이스 dev, 서비스용 고정 하위 도메인 svc, 클러스터 도메인 cluster.local로 이루어진다. 같은 네임스페이스의 파드는 db-service만, 다른 네임스페이스의 파드는 db-service.dev까지 적으면 된다.',
  svc: '서비스 이름',
  ns: '네임스페이스',
  fixed: '서비스용 고정 값',
  domain: '클러스터 도메인',
  same: '같은 네임스페이스(dev)의 파드',
  other: '다른 네임스페이스의 파드',
  any: '어디서나(FQDN)',
};

export const serviceDnsName: Record<'ko' | 'en', typeof ko> = {
  ko,
  en: {
    title: 'Parts of a Service DNS name',
    desc: 'db-service.dev.svc.cluster.local is made of the Service name db-service, the namespace dev, the fixed subdomain svc for Services, and the cluster domain cluster.local. A pod in the same namespace can use just db-service; a pod in another namespace needs db-service.dev.',
    svc: 'Service name',
    ns: 'namespace',
    fixed: 'fixed for Services',
    domain: 'cluster domain',
    same: 'pod in the same namespace (dev)',
    other: 'pod in another namespace',
    any: 'from anywhere (FQDN)',
  },
};
