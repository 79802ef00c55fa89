// Query normalisation for Korean search. Korean attaches particles (조사) to nouns without a
// space, and Pagefind indexes whole space-separated words with prefix matching. Stripping the
// particle from each query word leaves the bare noun, whose prefix matches every inflected form
// in the text ("파드" finds "파드를", "파드가", "파드의").

import type { GlossaryLang } from './glossary.ts';
import { FILLER_WORDS, synonymGroupOf } from './search-synonyms.ts';

// Longest first, so that "에서는" is tried before "는".
const PARTICLES = [
  '으로부터', '에서부터', '이라는', '에서는', '에게서', '으로는', '이라고', '이란', '라는', '라고',
  '에서', '에게', '한테', '으로', '로는', '에는', '부터', '까지', '처럼', '보다', '이나', '이랑',
  '과는', '와는', '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '도', '만', '란', '랑',
].sort((a, b) => b.length - a.length);

const HANGUL = /[\uac00-\ud7a3]/;
const HANGUL_SYLLABLE_COUNT = (s: string) => [...s].filter((c) => HANGUL.test(c)).length;

/** Strips one trailing particle from a word when enough of the word is left to be a noun. */
export function stripParticle(word: string): string {
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle)) continue;
    const stem = word.slice(0, -particle.length);
    // A Latin or digit stem ("etcd를", "v1.33의") is always a word of its own; a Hangul stem needs
    // two syllables, so that nouns such as "포도" or "가" are not cut down to one syllable.
    const latinStem = /[a-z0-9]$/i.test(stem);
    if (latinStem || HANGUL_SYLLABLE_COUNT(stem) >= 2) return stem;
  }
  return word;
}

/** The site's language as Pagefind sees it: the page's `<html lang>` (Korean at the root). */
function pageLang(): GlossaryLang {
  return typeof document !== 'undefined' && document.documentElement.lang.startsWith('en') ? 'en' : 'ko';
}

let lastWords: string[] = [];
/** The words of the query searched last, as normalizeQuery left them (search-results.ts reads them). */
export const lastQueryWords = (): readonly string[] => lastWords;

/**
 * Pagefind UI `processTerm`: applied to the whole query before it is searched. Each word loses
 * its particle, a learner's word becomes the notes' word (search-synonyms.ts), and words that
 * only phrase the question ("방법", "how to") go when other words are left. `lang` is the site's.
 */
export function normalizeQuery(query: string, lang: GlossaryLang = pageLang()): string {
  const words = query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => stripParticle(word));
  const meaningful = words.filter((word) => !FILLER_WORDS[lang].has(word.toLowerCase()));
  // A learner's word becomes the notes' word in its own script: Korean for Hangul, English otherwise
  // (both indexes hold English words).
  const kept = (meaningful.length > 0 ? meaningful : words).map((word) => synonymGroupOf(word)?.to[HANGUL.test(word) ? 'ko' : 'en'] ?? word);
  lastWords = [...new Set(kept)];
  return lastWords.join(' ');
}
