import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

/**
 * Replays tests/golden/etcd-snapshot/etcdctl-3.4.txt (recorded from etcdctl 3.4.23 by
 * scripts/golden/record-etcd-snapshot.sh) through the simulation. zap's log lines are compared by
 * message; numbers that depend on the database (hash, revision, key count) by shape.
 */
const golden = readFileSync(join(__dirname, '../../golden/etcd-snapshot/etcdctl-3.4.txt'), 'utf8');

interface Case { line: string; out: string[]; err: string[]; exit: number }

function cases(): Case[] {
  const out: Case[] = [];
  for (const l of golden.split('\n')) {
    if (l.startsWith('$ ')) out.push({ line: l.slice(2).replace(/--endpoints=\S+ /, ''), out: [], err: [], exit: -1 });
    else if (l.startsWith('> ')) out[out.length - 1].out.push(l.slice(2));
    else if (l.startsWith('! ')) out[out.length - 1].err.push(l.slice(2));
    else if (l.startsWith('? ')) out[out.length - 1].exit = Number(l.slice(2));
  }
  return out;
}

const shape = (s: string) => s.replace(/^[0-9a-f]{1,8},/, 'H,').replace(/^\| [0-9a-f]{1,8} /, '| H ').replace(/\d+/g, 'N').replace(/ +/g, ' ').replace(/-+/g, '-');
const zapMessages = (stderr: string) => stderr.split('\n').filter(Boolean).map((l) => (l.startsWith('{"level":"info"') ? `{info} ${JSON.parse(l).msg}` : l));

test('etcdctl snapshot save/status/restore print what etcdctl 3.4.23 prints', () => {
  const c = createCluster({ seed: 1 });
  for (const k of cases()) {
    const r = c.exec(k.line);
    expect({ line: k.line, exit: r.exitCode }).toEqual({ line: k.line, exit: k.exit });
    expect(zapMessages(r.stderr)).toEqual(k.err);
    expect(r.stdout.split('\n').filter(Boolean).map(shape)).toEqual(k.out.map(shape));
  }
  expect(c.exec('ls /tmp/w/restored/member/snap /tmp/w/restored/member/wal').exitCode).toBe(0);
});
