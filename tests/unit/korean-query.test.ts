import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeQuery, stripParticle } from '../../src/site/korean-query.ts';

describe('stripParticle', () => {
  it.each([
    ['파드를', '파드'],
    ['파드가', '파드'],
    ['파드의', '파드'],
    ['컨트롤러를', '컨트롤러'],
    ['스케줄러는', '스케줄러'],
    ['레플리카셋을', '레플리카셋'],
    ['노드에서는', '노드'],
    ['서비스로', '서비스'],
    ['etcd를', 'etcd'],
    ['kube-proxy는', 'kube-proxy'],
    ['네임스페이스에서', '네임스페이스'],
    ['레이블과', '레이블'],
  ])('%s -> %s', (word, stem) => {
    expect(stripParticle(word)).toBe(stem);
  });

  it.each(['파드', '레플리카셋', '포도', '가', 'replicaset', 'etcd', '디플로이먼트', '쿼터'])(
    'leaves %s alone',
    (word) => {
      expect(stripParticle(word)).toBe(word);
    },
  );

  it('never empties a word and only ever removes a suffix', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (word) => {
        const stem = stripParticle(word);
        return stem.length > 0 && word.startsWith(stem);
      }),
    );
  });
});

describe('normalizeQuery', () => {
  it('strips particles word by word and keeps the word order', () => {
    expect(normalizeQuery('스케줄러가 노드를  고른다')).toBe('스케줄러 노드 고른다');
    expect(normalizeQuery('etcd 포트')).toBe('etcd 포트');
    expect(normalizeQuery('rolling update')).toBe('rolling update');
  });
});

describe('normalizeQuery: learners’ words', () => {
  it.each([
    ['서비스 타입', 'ko', '서비스 유형'],
    ['서비스의 타입은', 'ko', '서비스 유형'],
    ['etcd 스냅샷', 'ko', 'etcd 스냅숏'],
    ['파드를 만드는 방법', 'ko', '파드 만들'],
    ['파드 생성하기', 'ko', '파드 만들'],
    ['노드 장애', 'ko', '노드 notready'],
    ['rolling update', 'ko', 'rolling update'],
    ['파드 생성', 'en', '파드 만들'],
    ['디플로이먼트 되돌리기', 'ko', '디플로이먼트 롤백'],
    ['파드 뜻', 'ko', '파드 용어집'],
    ['how to create a pod', 'en', 'create pod'],
    ['service types', 'en', 'service type'],
    ['etcd back-up', 'en', 'etcd backup'],
    ['node down', 'en', 'node notready'],
  ] as const)('%s (%s) -> %s', (query, lang, expected) => {
    expect(normalizeQuery(query, lang)).toBe(expected);
  });

  it('keeps a query made only of question words', () => {
    expect(normalizeQuery('방법', 'ko')).toBe('방법');
    expect(normalizeQuery('how to', 'en')).toBe('how to');
  });
});
