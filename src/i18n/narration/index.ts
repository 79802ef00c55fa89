// Renders a log entry's narration in the page's language (catalogues: ko.ts, en.ts).
import { en } from './en.ts';
import { ko } from './ko.ts';
import type { Narration, NarrationCatalogue } from './messages.ts';

export type { Narration, NarrationId, NarrationParams } from './messages.ts';

const catalogues: Record<'ko' | 'en', NarrationCatalogue> = { ko, en };

/** The sentence of a narration in one language. */
export function narrate(n: Narration, lang: 'ko' | 'en'): string {
  const render = catalogues[lang][n.id] as (p: Narration['params']) => string;
  const text = render(n.params);
  // Sentences built around "the kubelet on node01" start with a capital letter.
  return lang === 'en' && text.startsWith('the ') ? `T${text.slice(1)}` : text;
}
