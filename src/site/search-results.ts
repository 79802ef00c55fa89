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

function sectionScore(section: SubResult, words: readonly string[], stems: readonly string[]): number {
  const hitWords = section.locations.map((at) => words[at]?.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '') ?? '');
  const covered = stems.filter((stem) => hitWords.some((word) => word.startsWith(stem))).length;
  const title = section.title.toLowerCase();
  const inTitle = stems.filter((stem) => title.includes(stem)).length;
  return covered * 100 + inTitle * 10 + Math.min(section.locations.length, 9);
}

/** Pagefind UI `processResult`, after Starlight's: see the comment at the top of this file. */
export function refineResult<R extends ResultData>(result: R, queryWords: readonly string[]): R {
  for (const key of SEARCH_ONLY_META) delete result.meta[key];
  const sections = result.sub_results;
  if (!Array.isArray(sections) || sections.length === 0 || queryWords.length === 0) return result;
  const pageUrl = result.meta.url || result.url;
  const root = sections[0].url === pageUrl ? sections[0] : undefined;
  const words = (result.content ?? '').split(/\s+/);
  const stems = queryWords.map(stemOf);
  const ranked = sections
    .filter((section) => section !== root)
    .map((section, order) => ({ section, order, score: sectionScore(section, words, stems) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, SHOWN_SECTIONS)
    .map(({ section }) => section);
  result.sub_results = root ? [root, ...ranked] : ranked;
  return result;
}
