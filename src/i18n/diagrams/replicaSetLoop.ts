// The words of components/diagrams/ReplicaSetLoop.astro. The English entry must have the Korean one's shape.
const ko = {
  title: '레플리카셋 컨트롤러의 조정 루프: 셀렉터에 맞는 파드를 세고, replicas와 비교해, 템플릿으로 만들거나 초과분을 지운다',
  watch: 'watch 이벤트',
  watchSub: '파드·레플리카셋 변경',
  count: '세기',
  countSub: '셀렉터에 맞는 활성 파드',
  compare: '비교',
  compareSub: '현재 수 vs spec.replicas',
  fewer: '모자라면',
  fewerSub: '템플릿으로 새로 생성',
  more: '남으면',
  moreSub: '정해진 순서로 삭제',
  loop: '상태가 바뀔 때마다 반복',
};

export const replicaSetLoop: Record<'ko' | 'en', typeof ko> = {
  ko,
  en: {
    title: "The ReplicaSet controller's reconcile loop: count pods matching the selector, compare with replicas, create from the template or delete the surplus",
    watch: 'watch event',
    watchSub: 'pod or ReplicaSet changed',
    count: 'Count',
    countSub: 'active pods matching selector',
    compare: 'Compare',
    compareSub: 'current vs spec.replicas',
    fewer: 'Too few',
    fewerSub: 'create from template',
    more: 'Too many',
    moreSub: 'delete in a fixed order',
    loop: 'repeats on every change',
  },
};
