import { err, out, registerProgram, type CommandIO } from '../command.ts';

/**
 * The text tools a reader pipes into (GNU coreutils and grep behaviour, C.UTF-8 locale): grep, head,
 * tail, wc, sort, and the builtins echo, true, false and `:`. Each reads its file arguments from the
 * terminal session's files, or its stdin when there are none (or `-`).
 */

/** The inputs of a filter: named files, or stdin. Missing files are reported with the tool's message. */
function inputs(io: CommandIO, tool: string, names: string[]): { sources: { name: string; text: string }[]; missing: number } {
  if (!names.length) return { sources: [{ name: '(standard input)', text: io.stdin ?? '' }], missing: 0 };
  const sources: { name: string; text: string }[] = [];
  let missing = 0;
  for (const n of names) {
    const text = n === '-' ? io.stdin ?? '' : io.files[n] ?? io.files[n.replace(/^\.\//, '')];
    if (text === undefined) {
      err(io, tool === 'sort' ? `sort: cannot read: ${n}: No such file or directory` : `${tool}: ${n}: No such file or directory`);
      missing++;
    } else sources.push({ name: n === '-' ? '(standard input)' : n, text });
  }
  return { sources, missing };
}

/** Lines of a text; a last line without newline still counts (as the tools read it). */
function lines(text: string): string[] {
  if (!text) return [];
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

const joinLines = (ls: string[]) => (ls.length ? `${ls.join('\n')}\n` : '');

/** Expands combined short options (-iv -> -i -v) and splits `-n5`/`-k2` style values. */
function shortOptions(arg: string, withValue: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < arg.length; i++) {
    const c = arg[i];
    if (withValue.includes(c)) {
      out.push(`-${c}`);
      if (i + 1 < arg.length) out.push(arg.slice(i + 1));
      break;
    }
    out.push(`-${c}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- grep

/** POSIX basic regular expressions to JavaScript: \( \) \{ \} \| \+ \? are the operators, the bare ones literal. */
function breToJs(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[++i];
      out += '(){}|+?'.includes(n) ? n : `\\${n}`;
    } else if ('(){}|+?'.includes(c)) out += `\\${c}`;
    else out += c;
  }
  return out;
}

const POSIX_CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f',
};

function grepRegex(pattern: string, mode: 'basic' | 'extended' | 'fixed', ignoreCase: boolean, word: boolean, line: boolean): RegExp {
  let source = mode === 'fixed' ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : mode === 'basic' ? breToJs(pattern) : pattern;
  source = source.replace(/\[:(\w+):\]/g, (m, name: string) => POSIX_CLASSES[name] ?? m);
  if (word) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
  if (line) source = `^(?:${source})$`;
  return new RegExp(source, ignoreCase ? 'i' : '');
}

const GREP_USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.";

registerProgram('grep', function* (argv, io) {
  let mode: 'basic' | 'extended' | 'fixed' = 'basic';
  let ignoreCase = false, invert = false, count = false, word = false, lineNumbers = false, quiet = false, onlyMatching = false, wholeLine = false;
  let withNames: boolean | undefined;
  const patterns: string[] = [];
  const files: string[] = [];
  const args = [...argv];
  let optionsDone = false;
  while (args.length) {
    const a = args.shift()!;
    if (optionsDone || a === '-' || !a.startsWith('-')) {
      files.push(a);
      continue;
    }
    if (a === '--') {
      optionsDone = true;
      continue;
    }
    const long: Record<string, string> = { '--ignore-case': '-i', '--invert-match': '-v', '--count': '-c', '--extended-regexp': '-E', '--fixed-strings': '-F', '--word-regexp': '-w', '--line-number': '-n', '--quiet': '-q', '--silent': '-q', '--only-matching': '-o', '--line-regexp': '-x', '--with-filename': '-H', '--no-filename': '-h' };
    let opts: string[];
    if (a.startsWith('--regexp=')) opts = ['-e', a.slice(9)];
    else if (a.startsWith('--')) {
      if (!long[a]) {
        err(io, `grep: unrecognized option '${a}'\n${GREP_USAGE}`);
        return 2;
      }
      opts = [long[a]];
    } else opts = shortOptions(a, 'e');
    for (let i = 0; i < opts.length; i++) {
      switch (opts[i]) {
        case '-i': case '-y': ignoreCase = true; break;
        case '-v': invert = true; break;
        case '-c': count = true; break;
        case '-E': mode = 'extended'; break;
        case '-F': mode = 'fixed'; break;
        case '-G': mode = 'basic'; break;
        case '-w': word = true; break;
        case '-x': wholeLine = true; break;
        case '-n': lineNumbers = true; break;
        case '-q': quiet = true; break;
        case '-o': onlyMatching = true; break;
        case '-H': withNames = true; break;
        case '-h': withNames = false; break;
        case '-e': {
          const p = opts[i + 1] ?? args.shift();
          if (p === undefined) {
            err(io, `grep: option requires an argument -- 'e'\n${GREP_USAGE}`);
            return 2;
          }
          patterns.push(p);
          i = opts.length;
          break;
        }
        default:
          err(io, `grep: invalid option -- '${opts[i].slice(1)}'\n${GREP_USAGE}`);
          return 2;
      }
    }
  }
  if (!patterns.length) {
    if (!files.length) {
      err(io, GREP_USAGE);
      return 2;
    }
    patterns.push(files.shift()!);
  }
  let regexes: RegExp[];
  try {
    // A newline in a pattern separates patterns, as with several -e.
    regexes = patterns.flatMap((p) => p.split('\n')).map((p) => grepRegex(p, mode, ignoreCase, word, wholeLine));
  } catch {
    err(io, 'grep: Unmatched ( or \\(');
    return 2;
  }
  const { sources, missing } = inputs(io, 'grep', files);
  const showNames = withNames ?? files.length > 1;
  let selectedAny = false;
  for (const src of sources) {
    let selected = 0;
    const prefix = showNames ? `${src.name}:` : '';
    lines(src.text).forEach((text, i) => {
      const hit = regexes.some((r) => r.test(text));
      if (hit === invert) return;
      selected++;
      if (quiet || count) return;
      const where = `${prefix}${lineNumbers ? `${i + 1}:` : ''}`;
      if (onlyMatching && !invert) {
        for (const r of regexes) for (const m of text.matchAll(new RegExp(r.source, `${r.flags}g`))) if (m[0]) out(io, `${where}${m[0]}`);
      } else out(io, `${where}${text}`);
    });
    if (count && !quiet) out(io, `${prefix}${selected}`);
    selectedAny ||= selected > 0;
  }
  if (missing && !(quiet && selectedAny)) return 2;
  return selectedAny ? 0 : 1;
});

// ------------------------------------------------------------------------------------ head and tail

/** -n N, -nN, -N, --lines=N; tail also takes +N (from line N). */
function lineCount(io: CommandIO, tool: 'head' | 'tail', argv: string[]): { n: number; fromStart: boolean; allBut: boolean; files: string[] } | number {
  let spec = '10';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-n' || a === '--lines') spec = argv[++i] ?? '';
    else if (a.startsWith('--lines=')) spec = a.slice(8);
    else if (/^-n./.test(a)) spec = a.slice(2);
    else if (/^-\d+$/.test(a)) spec = a.slice(1);
    else if (a === '-q' || a === '-v') continue;
    else if (a.startsWith('-') && a !== '-') {
      err(io, `${tool}: invalid option -- '${a[1]}'\nTry '${tool} --help' for more information.`);
      return 1;
    } else files.push(a);
  }
  const m = /^([+-]?)(\d+)$/.exec(spec);
  if (!m) {
    err(io, `${tool}: invalid number of lines: ‘${spec}’`);
    return 1;
  }
  return { n: Number(m[2]), fromStart: tool === 'tail' && m[1] === '+', allBut: tool === 'head' && m[1] === '-', files };
}

function* headOrTail(tool: 'head' | 'tail', argv: string[], io: CommandIO) {
  const opts = lineCount(io, tool, argv);
  if (typeof opts === 'number') return opts;
  const { sources, missing } = inputs(io, tool, opts.files);
  sources.forEach((src, i) => {
    if (opts.files.length > 1) out(io, `${i ? '\n' : ''}==> ${src.name} <==`);
    const ls = lines(src.text);
    let picked: string[];
    if (tool === 'head') picked = opts.allBut ? ls.slice(0, Math.max(0, ls.length - opts.n)) : ls.slice(0, opts.n);
    else picked = opts.fromStart ? ls.slice(Math.max(0, opts.n - 1)) : opts.n === 0 ? [] : ls.slice(-opts.n);
    // The input's last line keeps its missing newline when it is printed.
    const text = joinLines(picked);
    const endsAtLast = picked.length > 0 && (tool === 'tail' || picked.length === ls.length);
    io.stdout.push(endsAtLast && !src.text.endsWith('\n') ? text.slice(0, -1) : text);
  });
  return missing ? 1 : 0;
}

registerProgram('head', (argv, io) => headOrTail('head', argv, io));
registerProgram('tail', (argv, io) => headOrTail('tail', argv, io));

// ---------------------------------------------------------------------------------------------- wc

registerProgram('wc', function* (argv, io) {
  const flags = new Set<string>();
  const files: string[] = [];
  for (const a of argv) {
    if (a === '--lines') flags.add('l');
    else if (a === '--words') flags.add('w');
    else if (a === '--bytes') flags.add('c');
    else if (a.startsWith('-') && a !== '-') {
      for (const c of a.slice(1)) {
        if (!'lwcm'.includes(c)) {
          err(io, `wc: invalid option -- '${c}'\nTry 'wc --help' for more information.`);
          return 1;
        }
        flags.add(c === 'm' ? 'c' : c);
      }
    } else files.push(a);
  }
  const shown = flags.size ? ['l', 'w', 'c'].filter((f) => flags.has(f)) : ['l', 'w', 'c'];
  const { sources, missing } = inputs(io, 'wc', files);
  const counts = sources.map((s) => ({
    name: files.length ? s.name : '',
    l: (s.text.match(/\n/g) ?? []).length,
    w: s.text.split(/\s+/).filter(Boolean).length,
    c: new TextEncoder().encode(s.text).length,
  }));
  if (counts.length > 1) counts.push({ name: 'total', l: sum(counts, 'l'), w: sum(counts, 'w'), c: sum(counts, 'c') });
  // GNU wc pads to the width of the total byte count for files, to 7 for stdin; one number alone is not padded.
  const width = !files.length ? (shown.length > 1 ? 7 : 1) : shown.length === 1 && counts.length === 1 ? 1 : String(sum(counts.slice(0, sources.length), 'c')).length;
  for (const c of counts) out(io, [...shown.map((f) => String(c[f as 'l' | 'w' | 'c']).padStart(width)), ...(c.name ? [c.name] : [])].join(' '));
  return missing ? 1 : 0;
});

function sum(rows: { l: number; w: number; c: number }[], key: 'l' | 'w' | 'c'): number {
  return rows.reduce((t, r) => t + r[key], 0);
}

// -------------------------------------------------------------------------------------------- sort

registerProgram('sort', function* (argv, io) {
  let reverse = false, numeric = false, unique = false, ignoreCase = false;
  let key: number | undefined;
  let separator: string | undefined;
  const files: string[] = [];
  const args = [...argv];
  while (args.length) {
    const a = args.shift()!;
    if (!a.startsWith('-') || a === '-') {
      files.push(a);
      continue;
    }
    for (const o of a.startsWith('--') ? [a] : shortOptions(a, 'kt')) {
      if (o === '-r' || o === '--reverse') reverse = true;
      else if (o === '-n' || o === '--numeric-sort') numeric = true;
      else if (o === '-u' || o === '--unique') unique = true;
      else if (o === '-f' || o === '--ignore-case') ignoreCase = true;
      else if (o === '-k' || o === '-t') {
        const value = a.startsWith(o) && a.length > 2 ? a.slice(2) : args.shift() ?? '';
        if (o === '-t') separator = value;
        else {
          const m = /^(\d+)/.exec(value);
          if (!m || Number(m[1]) === 0) {
            err(io, `sort: invalid number at field start: invalid count at start of ‘${value}’`);
            return 2;
          }
          key = Number(m[1]);
        }
        break;
      } else if (/^-\d/.test(o) || /^-[kt]./.test(o)) continue;
      else {
        err(io, `sort: invalid option -- '${o.replace(/^-+/, '')}'\nTry 'sort --help' for more information.`);
        return 2;
      }
    }
  }
  const { sources, missing } = inputs(io, 'sort', files);
  if (missing) return 2;
  const all = sources.flatMap((s) => lines(s.text));
  const field = (line: string) => {
    if (key === undefined) return line;
    // Without -t, a field is a run of blanks followed by non-blanks (the blanks belong to the field).
    const fields = separator !== undefined ? line.split(separator) : line.match(/\s*\S+/g) ?? [];
    return fields.slice(key - 1).join(separator ?? '');
  };
  const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const compare = (a: string, b: string) => {
    const ka = ignoreCase ? field(a).toUpperCase() : field(a);
    const kb = ignoreCase ? field(b).toUpperCase() : field(b);
    const primary = numeric ? (parseFloat(ka) || 0) - (parseFloat(kb) || 0) : compareText(ka, kb);
    // Lines with equal keys fall back to comparing the whole line (GNU sort's last-resort comparison).
    return primary || (unique ? 0 : compareText(a, b));
  };
  let sorted = [...all].sort(compare);
  if (reverse) sorted.reverse();
  if (unique) sorted = sorted.filter((l, i) => i === 0 || compare(sorted[i - 1], l) !== 0);
  io.stdout.push(joinLines(sorted));
  return 0;
});

// ---------------------------------------------------------------------------------------- builtins

/** bash's echo: -n (no newline), -e (backslash escapes), -E; other words starting with - are text. */
registerProgram('echo', function* (argv, io) {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < argv.length && /^-[neE]+$/.test(argv[i]); i++) {
    for (const c of argv[i].slice(1)) {
      if (c === 'n') newline = false;
      else if (c === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = argv.slice(i).join(' ');
  if (escapes) {
    const cut = text.indexOf('\\c');
    if (cut >= 0) {
      text = text.slice(0, cut);
      newline = false;
    }
    const map: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', a: '\u0007', b: '\b', e: '\u001b', f: '\f', r: '\r', v: '\v' };
    text = text.replace(/\\([ntabefrv\\])/g, (_m, c: string) => map[c]);
  }
  io.stdout.push(newline ? `${text}\n` : text);
  return 0;
});

registerProgram('true', function* () {
  return 0;
});
registerProgram(':', function* () {
  return 0;
});
registerProgram('false', function* () {
  return 1;
});
