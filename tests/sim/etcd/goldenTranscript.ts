import { readFileSync } from 'node:fs';

/** One command of a golden transcript recorded by scripts/golden/record-etcd.mjs. */
export interface GoldenCase {
  line: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Comments written just before the command (actions such as "stop etcd-2 and etcd-3"). */
  actions: string[];
}

export function readTranscript(name: string): GoldenCase[] {
  const text = readFileSync(new URL(`../../golden/etcd/${name}.txt`, import.meta.url), 'utf8');
  const cases: GoldenCase[] = [];
  let current: (GoldenCase & { out: string[]; err: string[]; noNewline: boolean }) | undefined;
  let actions: string[] = [];
  for (const raw of text.split('\n')) {
    if (raw.startsWith('# ')) actions.push(raw.slice(2));
    else if (raw.startsWith('$ ')) {
      current = { line: raw.slice(2), stdout: '', stderr: '', exitCode: -1, actions, out: [], err: [], noNewline: false };
      actions = [];
    } else if (raw.startsWith('> ') || raw === '>') current!.out.push(raw.slice(2));
    else if (raw.startsWith('! ') || raw === '!') current!.err.push(raw.slice(2));
    else if (raw === '%no-newline-stdout') current!.noNewline = true;
    else if (raw.startsWith('? ')) {
      const c = current!;
      c.stdout = c.out.length ? c.out.join('\n') + (c.noNewline ? '' : '\n') : '';
      c.stderr = c.err.length ? c.err.join('\n') + '\n' : '';
      c.exitCode = Number(raw.slice(2));
      cases.push({ line: c.line, stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode, actions: c.actions });
      current = undefined;
    }
  }
  return cases;
}

/** Splits "ETCDCTL_API=2 etcdctl a b" into env and argv (the golden lines need no quoting). */
export function splitLine(line: string): { env: Record<string, string>; argv: string[] } {
  const words = line.split(' ');
  const env: Record<string, string> = {};
  while (/^[A-Z_]+=/.test(words[0])) {
    const [k, v] = words.shift()!.split('=');
    env[k] = v;
  }
  if (words.shift() !== 'etcdctl') throw new Error(`not an etcdctl line: ${line}`);
  return { env, argv: words };
}

/**
 * What may legitimately differ between a real run and the simulation, and nothing else:
 * - etcdctl's zap log lines carry wall-clock timestamps ("ts"), a random client UUID and measured
 *   durations ("took"): these values are replaced by placeholders;
 * - `endpoint health` reports the measured round trip ("took = 1.5ms", TOOK column): durations are
 *   replaced, and in its table the padding around them is collapsed (column widths follow them);
 * - the database size (DB SIZE, dbSize, dbSizeInUse, snapshot size) varies between real runs;
 * - IDs, cluster IDs, revisions, raft terms and indexes are NOT normalized: the simulation
 *   derives member IDs exactly as etcd does and must produce the same numbers.
 */
export function normalize(text: string, commandLine: string): string {
  const healthTable = commandLine.includes('endpoint health') && commandLine.includes('-w table');
  const out = text
    .replace(/"ts":("[^"]*"|[0-9.]+)/g, '"ts":T')
    .replace(/client-[0-9a-f-]{36}/g, 'client-U')
    .replace(/"took":("[^"]*"|[0-9.e-]+)/g, '"took":T')
    .replace(/took = [0-9.]+(ns|µs|ms|s)/g, 'took = D')
    .replace(/"Took" : [0-9.]+(ns|µs|ms|s)/g, '"Took" : D')
    .replace(/"DBSize" : \d+/g, '"DBSize" : N')
    // bbolt's file size depends on page allocation timing: 20 kB in one run, 25 kB in the next.
    .replace(/\b\d+ kB\b/g, 'N kB')
    .replace(/"(dbSize|dbSizeInUse)":\d+/g, '"$1":N')
    .replace(/"size":"[^"]*"/g, '"size":N');
  if (!healthTable) return out;
  return out
    .split('\n')
    .map((l) => l.replace(/[0-9.]+(ns|µs|ms|s)(?= *\|)/g, 'D').replace(/-+/g, '-').replace(/ +/g, ' '))
    .join('\n');
}
