// Finding glossary terms in running text, in Korean and in English.
// Korean attaches particles and endings to nouns without a space ("파드를", "파드가", "etcd의"),
// so a Korean form matches at the start of a word when what follows it in that word is nothing
// but particles or endings; "노드포트" or "서비스어카운트" are other words and do not count as
// "노드" or "서비스". English forms match whole words, with an optional plural "s"/"es".
import type { GlossaryEntry, GlossaryLang } from './glossary.ts';

// Particles and endings that may follow a noun inside one Korean word. They stack ("에서는",
// "으로도", "들에게"), so the tail of a word is read as a sequence of them.
const KOREAN_TAIL_PARTS = [
  '들', '에서', '에게', '한테', '으로', '로', '부터', '까지', '마다', '끼리', '처럼', '보다', '조차', '뿐',
  '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '랑', '이랑', '도', '만', '나', '이나', '든', '이든',
  '이다', '다', '이고', '고', '이며', '며', '인', '이면', '면', '이라', '라', '이라는', '라는', '이라고', '라고',
  '이지만', '지만', '인가', '인지', '이므로', '므로', '이어서', '여서', '였다', '이었다', '입니다', '란', '이란', '요',
  '하는', '한다', '하고', '하면', '해', '했다', '하기', '할', '하려면', '된', '된다', '되는', '되고', '되어', '돼', '되면',
].sort((a, b) => b.length - a.length);

/** Whether `tail` (the rest of a Korean word after a noun) is only particles and endings. */
export function isParticleTail(tail: string): boolean {
  let rest = tail;
  for (let parts = 0; rest !== '' && parts < 4; parts++) {
    const part = KOREAN_TAIL_PARTS.find((p) => rest.startsWith(p));
    if (!part) return false;
    rest = rest.slice(part.length);
  }
  return rest === '';
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A form as a pattern: its spaces match any run of white space (text may wrap). */
const formPattern = (form: string) => escapeRegExp(form).replace(/\s+/g, '\\s+');

export interface TermMatch {
  entry: GlossaryEntry;
  /** Index of the term in the text. */
  start: number;
  /** Index after the term (the particle, if any, is not part of the match). */
  end: number;
}

export interface TermFinder {
  /** The earliest term in `text` among `entries` not yet in `skip`; the longest form wins a tie. */
  find(text: string, skip?: ReadonlySet<string>): TermMatch | undefined;
}

/** The forms of an entry looked for in a language's text. */
export const formsOf = (entry: GlossaryEntry, lang: GlossaryLang): readonly string[] => entry[lang].match ?? [entry[lang].term];

export function termFinder(entries: readonly GlossaryEntry[], lang: GlossaryLang): TermFinder {
  const compiled = entries.map((entry) => {
    const forms = [...formsOf(entry, lang)].sort((a, b) => b.length - a.length).map(formPattern).join('|');
    // Not glued to a preceding letter, digit or hyphen ("etcdctl" is not "ctl", "kube-proxy" is
    // not "proxy"). After the form: Korean reads the Hangul that follows and checks it is a tail
    // of particles; Latin letters, digits and hyphens right after the form mean another word.
    const source =
      lang === 'ko'
        ? `(?<![\\p{L}\\p{N}_-])(${forms})(?![A-Za-z0-9_-])([\\uac00-\\ud7a3]*)`
        : `(?<![\\p{L}\\p{N}_-])(${forms})(?:s|es)?(?![\\p{L}\\p{N}_-])`;
    return { entry, regexp: new RegExp(source, 'giu') };
  });

  return {
    find(text, skip) {
      let best: TermMatch | undefined;
      for (const { entry, regexp } of compiled) {
        if (skip?.has(entry.id)) continue;
        regexp.lastIndex = 0;
        for (let m = regexp.exec(text); m; m = regexp.exec(text)) {
          if (best && m.index > best.start) break;
          if (lang === 'ko' && !isParticleTail(m[2] ?? '')) continue;
          // Korean leaves the particle out of the term; English keeps the plural in it.
          const match = { entry, start: m.index, end: m.index + (lang === 'ko' ? m[1].length : m[0].length) };
          if (!best || match.start < best.start || (match.start === best.start && match.end > best.end)) best = match;
          break;
        }
      }
      return best;
    },
  };
}

/** Whether a language's text uses an entry's term anywhere. */
export function usesTerm(text: string, entry: GlossaryEntry, lang: GlossaryLang): boolean {
  return termFinder([entry], lang).find(text) !== undefined;
}
