// Interface strings of the site's own components and islands, one dictionary per language.
// Notes carry their own text; everything a component prints comes from here, so a component
// never holds a hard-coded string and both languages always have every string (the type
// checker refuses a dictionary with a key missing).
import { ko } from './ko.ts';
import { en } from './en.ts';
import type { SimStrings } from './sim.ts';

export type Lang = 'ko' | 'en';

export interface SiteStrings {
  checkedAgainst: (version: string) => string;
  notesHeading: string;
  noteListLabel: string;
  /** Glossary page: the label before an entry's list of notes. */
  glossaryTaughtIn: string;
  /** Glossary page: how the other language's name of a term is introduced. */
  glossaryOtherName: string;
}

export interface UiStrings {
  site: SiteStrings;
  /** The simulation player island (dictionaries in sim.ts). */
  sim: SimStrings;
}

export const ui: Record<Lang, UiStrings> = { ko, en };

/** Starlight's locale for a page: the root locale is Korean. */
export function langOf(locale: string | undefined): Lang {
  return locale === 'en' ? 'en' : 'ko';
}

export function strings(lang: Lang): UiStrings {
  return ui[lang];
}
