// Search as learners phrase it. Pagefind returns only pages that hold every query word, so a
// learner's word the notes do not use ("서비스 타입" where the note says "유형") loses the page.
// Each group below maps the words learners type to the one word the notes use, per site language;
// the query is rewritten to that word (korean-query.ts), and at build time every page that uses
// any word of a group gets the group's word in its search keywords (search-aliases.ts), so the
// rewrite never loses a page that used the learner's word.
import type { GlossaryLang } from './glossary.ts';

export interface SynonymGroup {
  /** The word a query word of this group becomes, on each site: the notes' own word. */
  readonly to: { readonly ko: string; readonly en: string };
  /** Lower-case words learners type; a trailing `*` matches every word that starts so. */
  readonly forms: readonly string[];
}

export const SYNONYMS: readonly SynonymGroup[] = [
  { to: { ko: '유형', en: 'type' }, forms: ['타입', '유형', '종류', 'type', 'types'] },
  { to: { ko: '스냅숏', en: 'snapshot' }, forms: ['스냅숏*', '스냅샷*', 'snapshot*'] },
  { to: { ko: '백업', en: 'backup' }, forms: ['백업*', 'backup*', 'back-up'] },
  { to: { ko: '복구', en: 'restore' }, forms: ['복구*', '복원*', 'restore*', 'restoring', 'recover*'] },
  { to: { ko: '만들', en: 'create' }, forms: ['만들*', '만드*', '만든*', '생성*', 'create*', 'creating', 'make', 'making'] },
  { to: { ko: '지우', en: 'delete' }, forms: ['지우*', '지운*', '지워*', '삭제*', 'delete*', 'deleting', 'remove*', 'removing'] },
  { to: { ko: 'notready', en: 'notready' }, forms: ['notready', '장애*', '고장*', '다운', 'failure*', 'outage*', 'down'] },
  { to: { ko: '스케일', en: 'scale' }, forms: ['스케일*', '확장*', '늘리*', '늘려*', '줄이*', '줄여*', 'scale*', 'scaling'] },
  { to: { ko: '롤백', en: 'rollback' }, forms: ['롤백*', '되돌*', 'rollback*', 'undo'] },
  { to: { ko: '업데이트', en: 'update' }, forms: ['업데이트*', '업그레이드*', '갱신*', 'update*', 'updating', 'upgrade*'] },
  { to: { ko: '레플리카셋', en: 'replicaset' }, forms: ['레플리카셋*', '레플리카세트*', 'replicaset*', 'replica-set*'] },
  { to: { ko: '용어집', en: 'glossary' }, forms: ['뜻', '의미', '용어*', 'glossary', 'meaning'] },
];

/**
 * Words that only say what kind of question it is ("…하는 방법", "how to …"). They are dropped
 * from a query that has other words, since no page needs to contain them to answer it.
 */
export const FILLER_WORDS: Readonly<Record<GlossaryLang, ReadonlySet<string>>> = {
  ko: new Set(['방법', '어떻게', '하는', '하는법', '법', '하기', '하려면', '알려줘', '뭐야', '무엇', '무엇인가', '뭔가', '대해', '대해서', '관해', '대한', '관한', '차이', '차이점', '비교', 'vs']),
  en: new Set(['how', 'to', 'do', 'does', 'i', 'a', 'an', 'the', 'what', 'is', 'are', 'of', 'in', 'on', 'for', 'can', 'way', 'with', 'my', 'about', 'vs', 'versus', 'difference', 'between']),
};

/** Whether a lower-case word is a form (a trailing `*` matches every word that starts so). */
export const matchesForm = (word: string, form: string) => (form.endsWith('*') ? word.startsWith(form.slice(0, -1)) : word === form);

/** The group a (particle-free) word belongs to, if any. */
export function synonymGroupOf(word: string): SynonymGroup | undefined {
  const lower = word.toLowerCase();
  return SYNONYMS.find((group) => group.forms.some((form) => matchesForm(lower, form)));
}
