// What a search result shows. Pagefind UI lists, under each page, up to three sections (sub-results)
// and picks them by raw hit count, so a page full of one query word buries the section that holds
// all of them ("etcd 백업": every section says etcd, one says 백업). This orders a page's sections
// by how many different query words they hold, then by query words in the section's heading, then
// by hits, and keeps the best three, so the first link under a page is the section that answers.
// It also drops the metadata that exists only to be searched (keywords), which Pagefind UI would
// otherwise print under every result as a raw "Keywords: …" line.

/** Page metadata that is indexed for search but never shown. */
export const SEARCH_ONLY_META = ['keywords', 'topic'] as const;

/** Sub-results Pagefind UI shows under a page. */
const SHOWN_SECTIONS = 3;

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: unknown;
}

export interface ResultData {
  url: string;
  content?: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}

/** The beginning a word of the page must have to count as a hit of a query word. */
function stemOf(term: string): string {
  const lower = term.toLowerCase();
  // English hits are stemmed ("creating" for "create"): leave the last letter out of long words.
  return /^[a-z]{5,}$/.test(lower) ? lower.slice(0, -1) : lower;
}

/** Lower-case words of a text, without surrounding punctuation. */
const wordsOf = (text: string) => text.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);

const HANGUL = /[\uac00-\ud7a3]/;
const sameScript = (a: string, b: string) => HANGUL.test(a) === HANGUL.test(b);

function sectionScore(section: SubResult, words: readonly string[], stems: readonly string[], pageTitle: string): number {
  // Query words the page's title already holds ("etcd" on the etcd page) say nothing about which
  // section answers: the page matched them. Sections are judged on the other words, if any.
  const specific = stems.filter((stem) => !pageTitle.includes(stem));
  const judged = specific.length > 0 ? specific : stems;
  const hitWords = (section.locations ?? []).map((at) => wordsOf(words[at] ?? '')[0] ?? '');
  const covered = judged.filter((stem) => hitWords.some((word) => word.startsWith(stem))).length;
  const title = section.title ?? '';
  const titleWords = wordsOf(title);
  const inTitle = judged.filter((stem) => title.toLowerCase().includes(stem)).length;
  // A heading whose first word in the query word's script is that word, and the fewer other words
  // of that script it has the better: the glossary's "파드 Pod" before "파드 샌드박스 Pod sandbox".
  const lead = judged.find((stem) => titleWords.find((w) => sameScript(w, stem))?.startsWith(stem));
  const extra = lead ? titleWords.filter((w) => sameScript(w, lead) && !judged.some((stem) => w.startsWith(stem))).length : 0;
  const leads = lead ? 1 + Math.max(0, 3 - extra) : 0;
  return covered * 1000 + inTitle * 100 + leads * 10 + Math.min(section.locations?.length ?? 0, 9);
}

/** Pagefind UI `processResult`, after Starlight's: see the comment at the top of this file. */
export function refineResult<R extends ResultData>(result: R, queryWords: readonly string[]): R {
  const pageTitle = (result.meta.title ?? '').toLowerCase();
  for (const key of SEARCH_ONLY_META) delete result.meta[key];
  const sections = result.sub_results;
  if (!Array.isArray(sections) || sections.length === 0 || queryWords.length === 0) return result;
  const pageUrl = result.meta.url || result.url;
  const root = sections[0].url === pageUrl ? sections[0] : undefined;
  const words = (result.content ?? '').split(/\s+/);
  const stems = queryWords.map(stemOf);
  const ranked = sections
    .filter((section) => section !== root)
    .map((section, order) => ({ section, order, score: sectionScore(section, words, stems, pageTitle) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, SHOWN_SECTIONS)
    .map(({ section }) => section);
  result.sub_results = root ? [root, ...ranked] : ranked;
  return result;
}
