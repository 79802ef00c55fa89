// The words of components/diagrams/ApiRequestFlow.astro. The English entry must have the Korean one's shape.
const ko = {
  title:
    'kube-apiserver 안에서 쓰기 요청이 거치는 단계: 인증, 인가, 변경 어드미션, 스키마 검증, 검증 어드미션, etcd 기록, watch 알림. 어느 단계에서든 거부되면 아무것도 저장되지 않는다',
  steps: [
    [['인증'], '누구인가', '401'],
    [['인가'], '권한 확인 (RBAC)', '403'],
    [['변경', '어드미션'], '기본값·필드 추가', '403 등'],
    [['스키마 검증'], '형식이 맞는가', '422'],
    [['검증', '어드미션'], '쿼터 등 정책', '403 등'],
    [['etcd 기록'], 'resourceVersion 부여', '409 충돌'],
    [['watch 알림'], '스케줄러·kubelet 등', ''],
  ],
  reject: '거부 시 응답',
  inside: 'kube-apiserver 내부',
};

export const apiRequestFlow: Record<'ko' | 'en', typeof ko> = {
  ko,
  en: {
    title:
      'Stages of a write request inside kube-apiserver: authentication, authorization, mutating admission, schema validation, validating admission, etcd write, watch notification. A rejection at any stage stores nothing',
    steps: [
      [['Authentication'], 'who are you?', '401'],
      [['Authorization'], 'may you? (RBAC)', '403'],
      [['Mutating', 'admission'], 'defaults, added fields', '403, ...'],
      [['Schema', 'validation'], 'is it well-formed?', '422'],
      [['Validating', 'admission'], 'quota, policies', '403, ...'],
      [['etcd write'], 'gets a resourceVersion', '409 conflict'],
      [['Watch events'], 'scheduler, kubelets, ...', ''],
    ],
    reject: 'response on rejection',
    inside: 'inside kube-apiserver',
  },
};
