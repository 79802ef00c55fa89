// The Korean notes use the official terms of the Korean Kubernetes documentation
// (../shared/reference/korean-terms.md). Search keywords may list the misspellings readers type;
// the prose may not use them.
import { describe, expect, it } from 'vitest';
import { noteSlugs, readNote } from './notes.ts';

/** [unofficial form, official form] */
const UNOFFICIAL: [RegExp, string][] = [
  [/팟(?!캐스트)/, '파드'],
  [/포드/, '파드'],
  [/라벨/, '레이블'],
  [/레플리카 셋/, '레플리카셋'],
  [/디플로이먼트 ?셋/, '디플로이먼트'],
  [/스케쥴/, '스케줄'],
  [/컨트롤플레인/, '컨트롤 플레인'],
  [/네임 스페이스/, '네임스페이스'],
  [/큐블렛|쿠블렛/, 'kubelet'],
  [/되어지/, '(no double passive)'],
];

describe.each(noteSlugs)('Korean terms in %s', (slug) => {
  const note = readNote(slug, 'ko')!;
  const prose = note.body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  it.each(UNOFFICIAL.map(([pattern, official]) => [String(pattern), pattern, official] as const))(
    'does not write %s',
    (_name, pattern, official) => {
      const match = prose.match(pattern);
      expect(match ? `"${match[0]}" near: ${prose.slice(Math.max(0, match.index! - 30), match.index! + 30)}` : null, `use ${official}`).toBeNull();
    },
  );
});
