/**
 * The bash grammar of the terminal, for the forms the notes use: a command LIST (and-or lists joined
 * by `;`, newlines or `&`), and-or lists (pipelines joined by `&&`/`||`), pipelines (`|`, `|&`, a
 * leading `!`) of simple commands. Words keep their quoting structure ('...', "...", backslash),
 * parameter expansions ($NAME, ${NAME}, $?, ...) and command substitutions ($(...) and `...`, nested
 * and inside double quotes); they are expanded when the command runs (src/sim/cli/shell/expand.ts).
 * Redirections: >, >>, <, n>, n>>, n>&m, &>, &>>, and here-documents (<<WORD, <<'WORD', <<-WORD: the
 * body is the lines after the command's line, up to WORD). Process substitution <(list) reads a
 * list's output as a file (`source <(kubectl completion bash)`). Comments start at a word beginning
 * with #.
 *
 * Constructs outside this subset (subshells, groups, compound commands, arithmetic, parameter
 * operators, brace expansion, output process substitution >(...), here-strings) are refused with an
 * error naming the construct, never parsed into something else.
 */

/** A syntax error with bash's own wording (shown as `bash: <message>`, exit status 2). */
export class ShellSyntaxError extends Error {}

/** A construct real bash accepts but this simulated shell does not run (exit status 2 as well). */
export class UnsupportedSyntaxError extends ShellSyntaxError {
  constructor(construct: string) {
    super(`${construct} is not supported in this simulated shell`);
  }
}

export type WordPart =
  /** Literal text; `quoted` text is neither split into fields nor used as a glob pattern. */
  | { type: 'text'; text: string; quoted: boolean }
  /** $NAME, ${NAME}, $?, $$, $0..$9, $#, $!, ~ (as HOME). */
  | { type: 'param'; name: string; quoted: boolean }
  /** $(...) or `...`: the list runs and its output (trailing newlines removed) replaces the part. */
  | { type: 'command'; list: CommandList; quoted: boolean; source: string }
  /** <(...): the list runs and the part becomes the name of a file holding its output (/dev/fd/63). */
  | { type: 'procsub'; list: CommandList; source: string };

export interface Word {
  parts: WordPart[];
}

export type RedirectOp = '>' | '>>' | '<' | '>&' | '<<';

export interface Redirect {
  /** The file descriptor redirected (0 stdin, 1 stdout, 2 stderr). */
  fd: number;
  op: RedirectOp;
  /**
   * A file name, or for `>&` the descriptor number (or `-`); for `<<` the here-document's body,
   * whose parts are all quoted (never split or globbed) and, when the delimiter was quoted, plain text.
   */
  target: Word;
}

/** A here-document whose body is still to be read (it starts after the line its command is on). */
interface PendingHereDoc {
  redirect: Redirect;
  delimiter: string;
  /** The delimiter was quoted: the body is taken literally, with no expansion. */
  literal: boolean;
  /** `<<-`: leading tabs are removed from the body's lines and the delimiter line. */
  stripTabs: boolean;
}

export interface SimpleCommand {
  assignments: { name: string; value: Word }[];
  words: Word[];
  redirects: Redirect[];
}

export interface Pipeline {
  commands: SimpleCommand[];
  /** For each command but the last: `|&` (its stderr goes down the pipe too). */
  stderrPiped: boolean[];
  /** `! pipeline` inverts the exit status. */
  negated: boolean;
}

export interface AndOrList {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  /** The source text, as `jobs` shows it. */
  text: string;
}

export interface ListEntry {
  andOr: AndOrList;
  /** Terminated by `&`: runs as a background job. */
  background: boolean;
}

export interface CommandList {
  entries: ListEntry[];
}

const BLANK = ' \t';
/** Characters that end an unquoted word. */
const WORD_END = ' \t\n;&|<>()';
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', 'select', 'function', 'time', 'coproc', '[[', ']]', '{', '}']);
const SPECIAL_PARAMS = '?$#!-@*0123456789';
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * How deeply command substitutions may nest. Bash has no fixed limit (it grows its stacks until
 * memory runs out); this shell parses and runs them recursively, so it stops at a depth that is
 * far beyond any real use, with a bash-style message instead of a JavaScript stack overflow.
 */
export const MAX_SUBSTITUTION_NESTING = 200;

class Parser {
  private pos = 0;
  private pendingHereDocs: PendingHereDoc[] = [];
  /** Warnings bash prints while reading the line (a here-document ended by the end of the input). */
  readonly warnings: string[] = [];
  constructor(private readonly src: string, private readonly depth = 0) {
    if (depth > MAX_SUBSTITUTION_NESTING) {
      throw new ShellSyntaxError(`maximum command substitution nesting level exceeded (${MAX_SUBSTITUTION_NESTING}) in this simulated shell`);
    }
  }

  parseAll(): CommandList {
    const list = this.parseList();
    if (this.pos < this.src.length) throw this.unexpected();
    this.readHereDocBodies();
    return list;
  }

  /** Consumes a newline; the bodies of here-documents opened on the line just ended follow it. */
  private newline(): void {
    this.pos++;
    this.readHereDocBodies();
  }

  /**
   * Reads the bodies of the pending here-documents, in order, each up to its delimiter line. At the
   * end of the input without the delimiter, bash takes what it read and warns.
   */
  private readHereDocBodies(): void {
    while (this.pendingHereDocs.length) {
      const doc = this.pendingHereDocs.shift() as PendingHereDoc;
      const lines: string[] = [];
      let closed = false;
      while (!this.atEnd()) {
        const end = this.src.indexOf('\n', this.pos);
        let line = end < 0 ? this.src.slice(this.pos) : this.src.slice(this.pos, end);
        this.pos = end < 0 ? this.src.length : end + 1;
        if (doc.stripTabs) line = line.replace(/^\t+/, '');
        if (line === doc.delimiter) {
          closed = true;
          break;
        }
        lines.push(line);
      }
      if (!closed) {
        this.warnings.push(`warning: here-document at line 1 delimited by end-of-file (wanted \`${doc.delimiter}')`);
      }
      const body = lines.length ? `${lines.join('\n')}\n` : '';
      doc.redirect.target = doc.literal ? { parts: [{ type: 'text', text: body, quoted: true }] } : hereDocWord(body, this.depth);
    }
  }

  private peek(offset = 0): string {
    return this.src[this.pos + offset] ?? '';
  }

  private atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  private skipBlanks(newlinesToo = false): void {
    while (!this.atEnd()) {
      const c = this.peek();
      if (BLANK.includes(c)) this.pos++;
      else if (newlinesToo && c === '\n') this.newline();
      else if (c === '\\' && this.peek(1) === '\n') this.pos += 2;
      else if (c === '#' && newlinesToo) this.skipComment();
      else break;
    }
  }

  private skipComment(): void {
    while (!this.atEnd() && this.peek() !== '\n') this.pos++;
  }

  /** The operator token at the current position, for `syntax error near unexpected token`. */
  private operatorHere(): string {
    for (const op of [';;', '&&', '||', '|&', '>>', '<<', '&>', '>&', ';', '&', '|', '(', ')', '<', '>']) {
      if (this.src.startsWith(op, this.pos)) return op;
    }
    return '';
  }

  private unexpected(): ShellSyntaxError {
    if (this.atEnd()) return new ShellSyntaxError('syntax error: unexpected end of file');
    if (this.peek() === '\n') return new ShellSyntaxError("syntax error near unexpected token `newline'");
    const op = this.operatorHere();
    if (op) return new ShellSyntaxError(`syntax error near unexpected token \`${op}'`);
    return new ShellSyntaxError(`syntax error near unexpected token \`${this.peek()}'`);
  }

  /** A list up to the end of the text or an unmatched `)` (the caller checks which). */
  parseList(): CommandList {
    const entries: ListEntry[] = [];
    for (;;) {
      this.skipBlanks(true);
      if (this.atEnd() || this.peek() === ')') break;
      const andOr = this.parseAndOr();
      this.skipBlanks();
      let background = false;
      const c = this.peek();
      if (c === '&' && this.peek(1) !== '&' && this.peek(1) !== '>') {
        background = true;
        this.pos++;
      } else if (c === ';') {
        if (this.peek(1) === ';') throw this.unexpected();
        this.pos++;
      } else if (c === '\n') {
        this.newline();
      } else if (!this.atEnd() && c !== ')') {
        throw this.unexpected();
      }
      entries.push({ andOr, background });
      // `a; ;` and `a & ;` are errors: a separator must follow a command.
      this.skipBlanks();
      if (this.peek() === ';' || (this.peek() === '&' && this.peek(1) !== '>')) throw this.unexpected();
    }
    return { entries };
  }

  private parseAndOr(): AndOrList {
    const start = this.pos;
    const first = this.parsePipeline();
    const rest: AndOrList['rest'] = [];
    for (;;) {
      this.skipBlanks();
      const op = this.src.slice(this.pos, this.pos + 2);
      if (op !== '&&' && op !== '||') break;
      this.pos += 2;
      this.skipBlanks(true);
      if (this.atEnd()) throw new ShellSyntaxError('syntax error: unexpected end of file');
      rest.push({ op, pipeline: this.parsePipeline() });
    }
    return { first, rest, text: this.src.slice(start, this.pos).trim() };
  }

  private parsePipeline(): Pipeline {
    this.skipBlanks();
    let negated = false;
    if (this.peek() === '!' && (BLANK.includes(this.peek(1)) || this.peek(1) === '')) {
      negated = true;
      this.pos++;
    }
    const commands = [this.parseCommand()];
    const stderrPiped: boolean[] = [];
    for (;;) {
      this.skipBlanks();
      if (this.peek() !== '|' || this.peek(1) === '|') break;
      this.pos++;
      const withStderr = this.peek() === '&';
      if (withStderr) this.pos++;
      this.skipBlanks(true);
      if (this.atEnd()) throw new ShellSyntaxError('syntax error: unexpected end of file');
      stderrPiped.push(withStderr);
      commands.push(this.parseCommand());
    }
    return { commands, stderrPiped, negated };
  }

  private parseCommand(): SimpleCommand {
    this.skipBlanks();
    const cmd: SimpleCommand = { assignments: [], words: [], redirects: [] };
    if (this.peek() === '(') {
      throw new UnsupportedSyntaxError(this.peek(1) === '(' ? 'The arithmetic command ((...))' : 'A subshell (...)');
    }
    for (;;) {
      this.skipBlanks();
      const c = this.peek();
      if (this.atEnd() || c === '\n' || c === ';' || c === '|' || c === ')') break;
      if (c === '&' && this.peek(1) !== '>') break;
      if (c === '#') {
        this.skipComment();
        break;
      }
      if (this.tryRedirect(cmd)) continue;
      if (c === '(') {
        if (cmd.words.length === 1 && cmd.assignments.length === 0) throw new UnsupportedSyntaxError('A function definition name() {...}');
        throw this.unexpected();
      }
      const wordStart = this.pos;
      const word = this.parseWord();
      const plain = plainText(word);
      if (cmd.words.length === 0) {
        const assignment = asAssignment(word);
        if (assignment) {
          if (this.peek() === '(') throw new UnsupportedSyntaxError('An array assignment name=(...)');
          cmd.assignments.push(assignment);
          continue;
        }
        if (plain !== undefined && RESERVED.has(plain)) {
          throw new UnsupportedSyntaxError(plain === '{' || plain === '}' ? 'A command group { ...; }' : `The compound command \`${plain}'`);
        }
      }
      checkBraceExpansion(word, this.src.slice(wordStart, this.pos));
      cmd.words.push(word);
    }
    if (!cmd.words.length && !cmd.assignments.length && !cmd.redirects.length) throw this.unexpected();
    return cmd;
  }

  /** Reads a redirection at the current position, if there is one. */
  private tryRedirect(cmd: SimpleCommand): boolean {
    const m = /^(\d*)(&>>|&>|>>|>&|>\||>|<<<|<<|<&|<>|<)/.exec(this.src.slice(this.pos));
    if (!m) return false;
    const [text, digits, op] = m;
    if (op.startsWith('&') && digits) return false;
    // Process substitution <(...) is a word (parseWord); >(...) is not simulated.
    if (op === '<' && !digits && this.src[this.pos + 1] === '(') return false;
    if (op === '>' && this.src[this.pos + text.length] === '(') throw new UnsupportedSyntaxError(`Process substitution ${op}(...)`);
    if (op === '<<') return this.hereDocument(cmd, digits ? Number(digits) : 0);
    if (op === '<<<') throw new UnsupportedSyntaxError('A here-string <<<');
    if (op === '<&' || op === '<>') throw new UnsupportedSyntaxError(`The redirection ${op}`);
    this.pos += text.length;
    this.skipBlanks();
    const c = this.peek();
    if (this.atEnd()) throw new ShellSyntaxError("syntax error near unexpected token `newline'");
    if (WORD_END.includes(c)) throw this.unexpected();
    const target = this.parseWord();
    const fd = digits ? Number(digits) : op.startsWith('<') ? 0 : 1;
    if (op === '&>' || op === '&>>') {
      cmd.redirects.push({ fd: 1, op: op === '&>' ? '>' : '>>', target });
      cmd.redirects.push({ fd: 2, op: '>&', target: { parts: [{ type: 'text', text: '1', quoted: false }] } });
    } else {
      cmd.redirects.push({ fd, op: op === '>|' ? '>' : (op as RedirectOp), target });
    }
    return true;
  }

  /** At `<<` or `<<-`: reads the delimiter word; the body is read after the end of the line. */
  private hereDocument(cmd: SimpleCommand, fd: number): boolean {
    this.pos += 2;
    const stripTabs = this.peek() === '-';
    if (stripTabs) this.pos++;
    this.skipBlanks();
    if (this.atEnd()) throw new ShellSyntaxError("syntax error near unexpected token `newline'");
    if (WORD_END.includes(this.peek())) throw this.unexpected();
    const start = this.pos;
    const word = this.parseWord();
    const source = this.src.slice(start, this.pos);
    // Any quoting in the delimiter makes the body literal; the delimiter is the word without quotes.
    const literal = /['"\\]/.test(source);
    const delimiter = word.parts.map((p) => (p.type === 'text' ? p.text : p.type === 'param' ? `$${p.name}` : p.source)).join('');
    const redirect: Redirect = { fd, op: '<<', target: { parts: [] } };
    cmd.redirects.push(redirect);
    this.pendingHereDocs.push({ redirect, delimiter, literal, stripTabs });
    return true;
  }

  /**
   * At a two-character opener (`$(` or `<(`): the list up to its matching `)`, and the source text
   * from the opener to the `)`, both consumed.
   */
  private parseParenthesisedList(): { list: CommandList; source: string } {
    const start = this.pos;
    this.pos += 2;
    const inner = new Parser(this.src, this.depth + 1);
    inner.pos = this.pos;
    const list = inner.parseList();
    if (inner.atEnd()) throw new ShellSyntaxError("unexpected EOF while looking for matching `)'");
    this.pos = inner.pos + 1;
    return { list, source: this.src.slice(start, this.pos) };
  }

  /** `<(list)`: a process substitution word part. */
  private parseProcessSubstitution(): WordPart {
    return { type: 'procsub', ...this.parseParenthesisedList() };
  }

  private parseWord(): Word {
    const parts: WordPart[] = [];
    const push = (text: string, quoted: boolean) => {
      const last = parts[parts.length - 1];
      if (last?.type === 'text' && last.quoted === quoted) last.text += text;
      else parts.push({ type: 'text', text, quoted });
    };
    const start = this.pos;
    while (!this.atEnd()) {
      const c = this.peek();
      if (c === '<' && this.peek(1) === '(' && this.pos === start) {
        parts.push(this.parseProcessSubstitution());
        continue;
      }
      if (WORD_END.includes(c)) break;
      if (c === "'") {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `''");
        push(this.src.slice(this.pos + 1, end), true);
        this.pos = end + 1;
      } else if (c === '"') {
        this.parseDoubleQuoted(parts, push);
      } else if (c === '\\') {
        if (this.peek(1) === '\n') this.pos += 2;
        else if (this.pos + 1 >= this.src.length) {
          push('\\', true);
          this.pos++;
        } else {
          push(this.peek(1), true);
          this.pos += 2;
        }
      } else if (c === '$') {
        const part = this.parseDollar(false);
        if (part) parts.push(part);
        else push('$', false);
      } else if (c === '`') {
        parts.push(this.parseBackquoted(false));
      } else if (c === '~' && this.pos === start && (this.pos + 1 >= this.src.length || '/ \t\n;&|<>)'.includes(this.peek(1)))) {
        parts.push({ type: 'param', name: 'HOME', quoted: true });
        this.pos++;
      } else {
        push(c, false);
        this.pos++;
      }
    }
    return { parts };
  }

  /** The whole source as an unquoted here-document's body (see hereDocWord). */
  hereDocBody(): Word {
    const parts: WordPart[] = [];
    const push = (text: string) => {
      const last = parts[parts.length - 1];
      if (last?.type === 'text') last.text += text;
      else parts.push({ type: 'text', text, quoted: true });
    };
    while (!this.atEnd()) {
      const c = this.peek();
      if (c === '\\' && '$`\\\n'.includes(this.peek(1)) && this.pos + 1 < this.src.length) {
        if (this.peek(1) !== '\n') push(this.peek(1));
        this.pos += 2;
      } else if (c === '$') {
        const part = this.parseDollar(true);
        if (part) parts.push(part);
        else push('$');
      } else if (c === '`') {
        parts.push(this.parseBackquoted(true));
      } else {
        push(c);
        this.pos++;
      }
    }
    return { parts: parts.length ? parts : [{ type: 'text', text: '', quoted: true }] };
  }

  private parseDoubleQuoted(parts: WordPart[], push: (text: string, quoted: boolean) => void): void {
    this.pos++;
    // An empty "" still makes a word: record an empty quoted text part.
    push('', true);
    for (;;) {
      if (this.atEnd()) throw new ShellSyntaxError('unexpected EOF while looking for matching `"\'');
      const c = this.peek();
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\\' && '"\\$`\n'.includes(this.peek(1)) && this.pos + 1 < this.src.length) {
        if (this.peek(1) !== '\n') push(this.peek(1), true);
        this.pos += 2;
      } else if (c === '$') {
        const part = this.parseDollar(true);
        if (part) parts.push(part);
        else push('$', true);
      } else if (c === '`') {
        parts.push(this.parseBackquoted(true));
      } else {
        push(c, true);
        this.pos++;
      }
    }
  }

  /** At a `$`: a parameter or command substitution, or undefined for a literal dollar sign. */
  private parseDollar(quoted: boolean): WordPart | undefined {
    const next = this.peek(1);
    if (next === '(') {
      if (this.peek(2) === '(') throw new UnsupportedSyntaxError('Arithmetic expansion $((...))');
      return { type: 'command', quoted, ...this.parseParenthesisedList() };
    }
    if (next === '{') {
      const end = this.src.indexOf('}', this.pos + 2);
      if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `}'");
      const body = this.src.slice(this.pos + 2, end);
      if (!/^([A-Za-z_][A-Za-z0-9_]*|[?$#!0-9])$/.test(body)) {
        if (body === '' || /^[^A-Za-z_?$#!0-9]/.test(body)) throw new ShellSyntaxError(`\${${body}}: bad substitution`);
        throw new UnsupportedSyntaxError(`The parameter expansion \${${body}}`);
      }
      this.pos = end + 1;
      return { type: 'param', name: body, quoted };
    }
    if (next === "'" && !quoted) throw new UnsupportedSyntaxError("ANSI-C quoting $'...'");
    const name = NAME.exec(this.src.slice(this.pos + 1));
    if (name) {
      this.pos += 1 + name[0].length;
      return { type: 'param', name: name[0], quoted };
    }
    if (next && SPECIAL_PARAMS.includes(next)) {
      if (next === '@' || next === '*') throw new UnsupportedSyntaxError(`The positional parameters $${next}`);
      this.pos += 2;
      return { type: 'param', name: next, quoted };
    }
    this.pos++;
    return undefined;
  }

  /** `...`: the text up to the matching backquote, with \\, \` and \$ unescaped, parsed as a list. */
  private parseBackquoted(quoted: boolean): WordPart {
    let i = this.pos + 1;
    let body = '';
    for (;;) {
      if (i >= this.src.length) throw new ShellSyntaxError('unexpected EOF while looking for matching ``\'');
      const c = this.src[i];
      if (c === '`') break;
      if (c === '\\' && '\\`$'.includes(this.src[i + 1] ?? '')) {
        body += this.src[i + 1];
        i += 2;
      } else {
        body += c;
        i++;
      }
    }
    const source = this.src.slice(this.pos, i + 1);
    this.pos = i + 1;
    return { type: 'command', list: new Parser(body, this.depth + 1).parseAll(), quoted, source };
  }
}

/** The word's text if it is made of unquoted literal text only (reserved words, aliases). */
export function plainText(word: Word): string | undefined {
  if (word.parts.length !== 1) return undefined;
  const p = word.parts[0];
  return p.type === 'text' && !p.quoted ? p.text : undefined;
}

/** NAME=value at the start of a command: the name must be unquoted literal text. */
function asAssignment(word: Word): { name: string; value: Word } | undefined {
  const first = word.parts[0];
  if (first?.type !== 'text' || first.quoted) return undefined;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text);
  if (!m) return undefined;
  const rest = first.text.slice(m[0].length);
  const parts: WordPart[] = [...(rest ? [{ ...first, text: rest }] : []), ...word.parts.slice(1)];
  return { name: m[1], value: { parts } };
}

/**
 * Unquoted {a,b} or {1..3} would be brace-expanded by bash. JSONPath templates ({.items[*]},
 * {..namespace}) have neither an unquoted comma nor a sequence, and stay literal as in bash.
 */
function checkBraceExpansion(word: Word, source: string): void {
  const unquoted = word.parts.map((p) => (p.type === 'text' && !p.quoted ? p.text : '\u0001')).join('');
  if (/\{[^{}\u0001]*,[^{}\u0001]*\}/.test(unquoted) || /\{(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(\.\.-?\d+)?\}/.test(unquoted)) {
    throw new UnsupportedSyntaxError(`Brace expansion (${source})`);
  }
}

/**
 * The body of an unquoted here-document as a word: $NAME, ${NAME}, $(...) and `...` expand; a
 * backslash escapes only $, ` and \ (and joins lines before a newline); everything else, double
 * and single quotes included, is literal text. Every part is quoted: no field splitting or globbing.
 */
function hereDocWord(body: string, depth: number): Word {
  const parser = new Parser(body, depth);
  return parser.hereDocBody();
}

export function parseCommandList(line: string): CommandList {
  return new Parser(line).parseAll();
}

/** Parses a line and returns bash's warnings about it too (a here-document ended by the end of input). */
export function parseCommandListWithWarnings(line: string): { list: CommandList; warnings: string[] } {
  const parser = new Parser(line);
  const list = parser.parseAll();
  return { list, warnings: parser.warnings };
}

/**
 * Whether a terminal line is incomplete as bash sees it and the reader should go on typing on the
 * next line (bash's `> ` prompt): a here-document without its delimiter yet, an open quote or
 * substitution, or a line ending in `|`, `&&`, `||` or a backslash.
 */
export function needsMoreInput(text: string): boolean {
  if (/\\$/.test(text)) return true;
  const parser = new Parser(text);
  try {
    parser.parseAll();
  } catch (e) {
    if (!(e instanceof ShellSyntaxError) || e instanceof UnsupportedSyntaxError) return false;
    return /unexpected EOF while looking for matching|syntax error: unexpected end of file/.test(e.message);
  }
  return parser.warnings.some((w) => w.startsWith('warning: here-document'));
}

// ---------------------------------------------------------------------------------------------
// The former single-command interface, kept for callers that only need the words of a line
// (needsCliParts, container log commands) and do not run it.

export interface ParsedLine {
  env: Record<string, string>;
  argv: string[];
  /** `> file` / `>> file` of the first command: where its stdout goes. */
  stdoutTo?: { file: string; append: boolean };
  /** `2>/dev/null` drops stderr; `2>&1` merges it into stdout. */
  stderr?: 'discard' | 'merge';
}

/** A word's text without running anything: expansions are kept as their source-like placeholders. */
function staticText(word: Word): string {
  return word.parts
    .map((p) => (p.type === 'text' ? p.text : p.type === 'param' ? (p.name === 'HOME' ? '~' : `$${p.name}`) : p.source))
    .join('');
}

/** Every literal word of a list, substitutions included, in order (no expansion). */
function staticWords(list: CommandList): string[] {
  const words: string[] = [];
  for (const entry of list.entries) {
    for (const pipeline of [entry.andOr.first, ...entry.andOr.rest.map((r) => r.pipeline)]) {
      for (const cmd of pipeline.commands) words.push(...cmd.words.map(staticText));
    }
  }
  return words;
}

/** Splits a line into words as the shell would (quotes removed), without operators or expansion. */
export function splitWords(line: string): string[] {
  const list = parseCommandList(line);
  const words: string[] = [];
  for (const entry of list.entries) {
    for (const pipeline of [entry.andOr.first, ...entry.andOr.rest.map((r) => r.pipeline)]) {
      for (const cmd of pipeline.commands) {
        words.push(...cmd.assignments.map((a) => `${a.name}=${staticText(a.value)}`), ...cmd.words.map(staticText));
      }
    }
  }
  return words;
}

/**
 * The first command's assignments and redirections, and the words of every command of the line
 * (substitutions included), as a static reading: nothing is expanded or run.
 */
export function parseLine(line: string): ParsedLine {
  const list = parseCommandList(line);
  const first = list.entries[0]?.andOr.first.commands[0];
  const env: Record<string, string> = {};
  for (const a of first?.assignments ?? []) env[a.name] = staticText(a.value);
  const argv = staticWords(list);
  if (argv[0] === 'k') argv[0] = 'kubectl';
  if (argv[0] === 'sudo') argv.shift();
  let stdoutTo: ParsedLine['stdoutTo'];
  let stderr: ParsedLine['stderr'];
  for (const r of first?.redirects ?? []) {
    const target = staticText(r.target);
    if (r.fd === 2 && r.op === '>&' && target === '1') stderr = 'merge';
    else if (r.fd === 2 && target === '/dev/null') stderr = 'discard';
    else if (r.fd === 1 && (r.op === '>' || r.op === '>>')) stdoutTo = { file: target, append: r.op === '>>' };
  }
  return { env, argv, stdoutTo, stderr };
}
