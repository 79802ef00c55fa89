// The words of components/diagrams/ApplyThreeWayMerge.astro. The English entry must have the Korean one's shape.
const ko = {
  title: 'kubectl apply의 3방향 병합',
  desc: '로컬 파일, last-applied-configuration 어노테이션, 활성 오브젝트를 비교한다. 파일 값이 활성 값과 다르면 파일 값으로 바꾸고(replicas 5에서 2로, 이미지 1.27에서 1.28로), 지난번 파일에는 있었지만 이번 파일에서 빠진 필드는 지우고(tier 레이블), 파일에 한 번도 없던 필드는 그대로 둔다(revisionHistoryLimit).',
  file: '로컬 파일 (web-v2.yaml)',
  last: '마지막 적용 구성 (어노테이션)',
  live: '활성 오브젝트 (etcd)',
  result: 'apply 결과',
  none: '(tier 없음)',
  setFile: '← 파일 값',
  removed: '삭제: 지난번에만 있었음',
  kept: '유지: 파일에 없던 필드',
};

export const applyThreeWayMerge: Record<'ko' | 'en', typeof ko> = {
  ko,
  en: {
    title: 'The three-way merge of kubectl apply',
    desc: 'The local file, the last-applied-configuration annotation and the live object are compared. Where the file differs from the live object the file wins (replicas 5 becomes 2, image 1.27 becomes 1.28); a field that was in the last applied file but is missing now is deleted (the tier label); a field that was never in the file is left alone (revisionHistoryLimit).',
    file: 'local file (web-v2.yaml)',
    last: 'last applied (annotation)',
    live: 'live object (etcd)',
    result: 'result of apply',
    none: '(no tier)',
    setFile: '← from the file',
    removed: 'deleted: only in last applied',
    kept: 'kept: never in the file',
  },
};
