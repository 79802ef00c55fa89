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
