import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

// The simulated kubectl against transcripts of the real kubectl v1.33 recorded without a server by
// scripts/golden/record-cli-gaps.sh (annotate --local, argument and flag errors of annotate,
// apply view-last-applied, get --raw and -v).
const root = join(import.meta.dirname, '../../golden/cli-gaps');
const dir = join(root, 'offline');
const files: Record<string, string> = {};
for (const f of readdirSync(join(root, 'files'))) files[f] = readFileSync(join(root, 'files', f), 'utf8');
const cases = readdirSync(dir).filter((f) => f.endsWith('.cmd')).map((f) => f.slice(0, -4)).sort();
const read = (name: string, ext: string) => readFileSync(join(dir, `${name}.${ext}`), 'utf8');

/** Go ranges over the annotations map in random order: --list output is compared as a set of lines. */
const UNORDERED = new Set(['annotate-local-list']);
const lines = (text: string) => text.split('\n').filter(Boolean).sort();

describe('kubectl (annotate, view-last-applied, --raw, -v) matches real kubectl 1.33 offline', () => {
  test('there are recorded cases', () => expect(cases.length).toBeGreaterThan(20));
  for (const name of cases) {
    test(name, () => {
      const cluster = createCluster({ seed: 1 });
      const r = cluster.exec(read(name, 'cmd').trim(), { files });
      const expected = { stdout: read(name, 'stdout'), stderr: read(name, 'stderr'), exitCode: Number(read(name, 'exit').trim()) };
      if (UNORDERED.has(name)) {
        expect({ ...r, stdout: lines(r.stdout) }).toEqual({ ...expected, stdout: lines(expected.stdout) });
      } else expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual(expected);
    });
  }
});
