import { splitWords } from '../../cli/shell.ts';

/**
 * What a container has printed so far, derived from its command line (the engine does not run
 * programs): `echo` statements, `date`, and `while true; do ...; done` loops with `sleep`, in the
 * simple shapes notes use. Servers (nginx, redis, ...) print nothing here.
 */
interface Statement {
  kind: 'echo' | 'date' | 'sleep' | 'other';
  text?: string;
  ms?: number;
}

function parseStatements(script: string): { head: Statement[]; loop?: Statement[] } {
  const loop = /while\s+true\s*;?\s*do\s+([\s\S]*?)\s*;?\s*done/.exec(script);
  const before = loop ? script.slice(0, loop.index) : script;
  return { head: statementsOf(before), loop: loop ? statementsOf(loop[1]) : undefined };
}

function statementsOf(text: string): Statement[] {
  const out: Statement[] = [];
  for (const raw of text.split(/;|&&|\n/).map((s) => s.trim()).filter(Boolean)) {
    let words: string[];
    try {
      words = splitWords(raw);
    } catch {
      continue;
    }
    const [cmd, ...args] = words;
    if (cmd === 'echo') out.push({ kind: 'echo', text: args.filter((a) => a !== '-n' && a !== '-e').join(' ') });
    else if (cmd === 'date') out.push({ kind: 'date' });
    else if (cmd === 'sleep') {
      const m = /^(\d+(?:\.\d+)?)([smh]?)$/.exec(args[0] ?? '');
      out.push({ kind: 'sleep', ms: m ? Number(m[1]) * { '': 1000, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as '' | 's' | 'm' | 'h'] : Number.POSITIVE_INFINITY });
    } else out.push({ kind: 'other' });
  }
  return out;
}

/** busybox `date` output: "Thu Jan 15 09:00:03 UTC 2026". */
function busyboxDate(epochMs: number): string {
  const d = new Date(epochMs);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/** Lines printed by a container that started at startEpochMs and has run for elapsedMs. */
export function containerLogLines(argv: string[], startEpochMs: number, elapsedMs: number, maxLines = 1000): string[] {
  if (argv.length === 0) return [];
  const base = argv[0].split('/').pop();
  let script: string;
  if ((base === 'sh' || base === 'bash' || base === 'ash') && argv.includes('-c')) script = argv.slice(argv.indexOf('-c') + 1).join(' ');
  else if (base === 'echo' || base === 'date' || base === 'sleep') script = argv.map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' ');
  else return [];
  const { head, loop } = parseStatements(script);
  const lines: string[] = [];
  let t = 0;
  const run = (stmts: Statement[]): boolean => {
    for (const s of stmts) {
      if (t > elapsedMs || lines.length >= maxLines) return false;
      if (s.kind === 'echo') lines.push(s.text ?? '');
      else if (s.kind === 'date') lines.push(busyboxDate(startEpochMs + t));
      else if (s.kind === 'sleep') t += s.ms ?? 0;
    }
    return true;
  };
  if (!run(head) || !loop) return lines;
  const loopHasSleep = loop.some((s) => s.kind === 'sleep' && (s.ms ?? 0) > 0);
  if (!loopHasSleep) return lines;
  while (run(loop)) {
    /* each pass of the loop body advances time by its sleeps */
  }
  return lines;
}
