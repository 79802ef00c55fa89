// Words a note is searchable by besides its own text, computed at build time from the note's
// source and indexed as page metadata (components/overrides/PageTitle.astro):
// - keywords: the notes' words (Korean and English) of every synonym group the note uses any word
//   of (so that the query rewrite in korean-query.ts never loses it), and both names of every glossary term it uses (a
//   Korean reader searching "EndpointSlice" or an English one searching "파드");
// - topic: both names of the glossary terms this note is the main teacher of, so that its own
//   terms match it in a second field and rank it above pages that only mention them.
import { GLOSSARY, type GlossaryLang } from './glossary.ts';
import { usesTerm } from './glossary-match.ts';
import { stripParticle } from './korean-query.ts';
import { matchesForm, SYNONYMS } from './search-synonyms.ts';

/** The search aliases of a note's source text in one language. */
export function searchAliases(source: string, lang: GlossaryLang): string[] {
  const words = new Set(
    source
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .filter(Boolean)
      .map((word) => stripParticle(word)),
  );
  const out = new Set<string>();
  for (const group of SYNONYMS) {
    if (group.forms.some((form) => [...words].some((word) => matchesForm(word, form)))) {
      out.add(group.to.ko);
      out.add(group.to.en);
    }
  }
  for (const entry of GLOSSARY) {
    if (usesTerm(source, entry, lang)) {
      out.add(entry.ko.term);
      out.add(entry.en.term);
    }
  }
  return [...out];
}

/** Both names of the glossary terms whose main note is `slug`. */
export function topicTerms(slug: string): string[] {
  return GLOSSARY.filter((entry) => entry.notes[0] === slug).flatMap((entry) => [entry.ko.term, entry.en.term]);
}
