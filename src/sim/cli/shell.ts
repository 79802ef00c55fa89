/**
 * Command-line parsing as a POSIX shell does it for the forms the notes use: quoting ('...', "...",
 * backslash), leading VAR=value assignments (ETCDCTL_API=3 etcdctl ...), and the `k` alias for kubectl.
 */
export interface ParsedLine {
  env: Record<string, string>;
  argv: string[];
  /** `> file` / `>> file`: where stdout goes. */
  stdoutTo?: { file: string; append: boolean };
  /** `2>/dev/null` drops stderr; `2>&1` merges it into stdout. */
  stderr?: 'discard' | 'merge';
}

/** An unquoted redirection operator found while splitting (kept apart from the words). */
const REDIRECT = '\u0000redirect:';

export class ShellSyntaxError extends Error {}

export function splitWords(line: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `''");
      current += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (ch === '"') {
      i++;
      let closed = false;
      while (i < line.length) {
        const c = line[i];
        if (c === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
          current += line[i + 1];
          i += 2;
        } else if (c === '"') {
          closed = true;
          i++;
          break;
        } else {
          current += c;
          i++;
        }
      }
      if (!closed) throw new ShellSyntaxError('unexpected EOF while looking for matching `"\'');
      inWord = true;
    } else if (ch === '\\') {
      if (i + 1 < line.length) current += line[i + 1];
      inWord = true;
      i += 2;
    } else if (ch === ' ' || ch === '\t' || ch === '\n') {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
      i++;
    } else if (ch === '#' && !inWord) {
      break;
    } else if (ch === '>' || (ch === '2' && !inWord && line[i + 1] === '>')) {
      // Redirections: >, >>, 2>, 2>&1 (only outside quotes).
      if (inWord) words.push(current);
      current = '';
      inWord = false;
      let op = '';
      if (ch === '2') {
        op = '2';
        i++;
      }
      op += '>';
      i++;
      if (line[i] === '>') {
        op += '>';
        i++;
      } else if (line[i] === '&') {
        op += line.slice(i, i + 2);
        i += 2;
      }
      words.push(REDIRECT + op);
    } else {
      current += ch;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(current);
  return words;
}

export function parseLine(line: string): ParsedLine {
  const raw = splitWords(line);
  const words: string[] = [];
  let stdoutTo: ParsedLine['stdoutTo'];
  let stderr: ParsedLine['stderr'];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i];
    if (!w.startsWith(REDIRECT)) {
      words.push(w);
      continue;
    }
    const op = w.slice(REDIRECT.length);
    if (op === '2>&1') {
      stderr = 'merge';
      continue;
    }
    const target = raw[++i];
    if (target === undefined || target.startsWith(REDIRECT)) throw new ShellSyntaxError("syntax error near unexpected token `newline'");
    if (op.startsWith('2')) stderr = target === '/dev/null' ? 'discard' : stderr;
    else stdoutTo = { file: target, append: op === '>>' };
  }
  const env: Record<string, string> = {};
  while (words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) {
    const w = words.shift()!;
    const eq = w.indexOf('=');
    env[w.slice(0, eq)] = w.slice(eq + 1);
  }
  if (words[0] === 'k') words[0] = 'kubectl';
  if (words[0] === 'sudo') words.shift();
  return { env, argv: words, stdoutTo, stderr };
}
