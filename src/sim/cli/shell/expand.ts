import type { Effect, EffectResult } from '../command.ts';
import type { CommandList, Word } from '../shell.ts';

/**
 * Word expansion as bash does it, in its order: parameter and command substitution, then field
 * splitting of the unquoted results at blanks (the default IFS: space, tab, newline), then pathname
 * expansion of unquoted *, ? and [...] against the terminal session's files (a pattern that matches
 * nothing stays as written, bash's default), then quote removal.
 */
export interface ExpansionContext {
  parameter(name: string): string;
  /** Runs a substituted list; resolves to its stdout (its stderr goes to the terminal). */
  substitute(list: CommandList): Generator<Effect, string, EffectResult>;
  /** Names the session's files (the only directory the simulated shell has). */
  fileNames(): string[];
  /** Runs a process substitution's list; resolves to the name of a file holding its output. */
  processSubstitution(list: CommandList): Generator<Effect, string, EffectResult>;
}

const IFS = ' \t\n';

interface Field {
  text: string;
  /** The field as a regular expression source, quoted characters escaped. */
  pattern: string;
  glob: boolean;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Converts unquoted text to a regex source: *, ? and [...] are patterns. */
function globSource(text: string): { source: string; glob: boolean } {
  let source = '';
  let glob = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '*') {
      source += '[^/]*';
      glob = true;
    } else if (c === '?') {
      source += '[^/]';
      glob = true;
    } else if (c === '[') {
      const end = text.indexOf(']', i + 2);
      if (end < 0) {
        source += '\\[';
        continue;
      }
      let body = text.slice(i + 1, end);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      source += `[${body.replace(/\\/g, '\\\\')}]`;
      glob = true;
      i = end;
    } else source += escapeRegex(c);
  }
  return { source, glob };
}

/** Expands one word into fields (zero or more). `split` is false for assignments and redirection targets. */
export function* expandWord(word: Word, ctx: ExpansionContext, split = true): Generator<Effect, string[], EffectResult> {
  const fields: Field[] = [];
  let current: Field | undefined;
  const open = () => (current ??= { text: '', pattern: '', glob: false });
  const close = () => {
    if (current) fields.push(current);
    current = undefined;
  };
  const addQuoted = (text: string) => {
    const f = open();
    f.text += text;
    f.pattern += escapeRegex(text);
  };
  const addUnquoted = (text: string, splits: boolean) => {
    if (!splits) {
      const f = open();
      const g = globSource(text);
      f.text += text;
      f.pattern += g.source;
      f.glob ||= g.glob;
      return;
    }
    // Field splitting: blanks end the current field; runs of blanks make no empty fields.
    let run = '';
    for (const ch of text) {
      if (IFS.includes(ch)) {
        if (run) addUnquoted(run, false);
        run = '';
        close();
      } else run += ch;
    }
    if (run) addUnquoted(run, false);
  };
  for (const part of word.parts) {
    if (part.type === 'text') {
      if (part.quoted) addQuoted(part.text);
      else addUnquoted(part.text, false);
      continue;
    }
    if (part.type === 'procsub') {
      addQuoted(yield* ctx.processSubstitution(part.list));
      continue;
    }
    const value = part.type === 'param' ? ctx.parameter(part.name) : (yield* ctx.substitute(part.list)).replace(/\n+$/, '');
    if (part.quoted || !split) addQuoted(value);
    else addUnquoted(value, true);
  }
  close();
  if (!split) return [fields.map((f) => f.text).join('')];
  const out: string[] = [];
  for (const f of fields) {
    if (!f.glob) {
      out.push(f.text);
      continue;
    }
    const re = new RegExp(`^${f.pattern}$`);
    // A leading dot must be matched explicitly, as in bash without dotglob.
    const matches = ctx.fileNames().filter((n) => re.test(n) && (!n.startsWith('.') || f.text.startsWith('.'))).sort();
    out.push(...(matches.length ? matches : [f.text]));
  }
  return out;
}

export function* expandWords(words: Word[], ctx: ExpansionContext): Generator<Effect, string[], EffectResult> {
  const out: string[] = [];
  for (const w of words) out.push(...(yield* expandWord(w, ctx)));
  return out;
}
