import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

// Compares the simulated kubectl with transcripts recorded from the real kubectl v1.33 by
// scripts/golden/record-kubectl.sh (offline commands: help, argument/flag errors, YAML errors).
const dir = join(import.meta.dirname, '../../golden/kubectl');
const files: Record<string, string> = {};
for (const f of readdirSync(join(dir, 'files'))) files[f] = readFileSync(join(dir, 'files', f), 'utf8');
const cases = readdirSync(dir).filter((f) => f.endsWith('.cmd')).map((f) => f.slice(0, -4)).sort();

describe('kubectl matches real kubectl 1.33 transcripts', () => {
  test('there are recorded cases', () => expect(cases.length).toBeGreaterThan(10));
  for (const name of cases) {
    test(name, () => {
      const line = readFileSync(join(dir, `${name}.cmd`), 'utf8').trim();
      const cluster = createCluster({ seed: 1 });
      const r = cluster.exec(line, { files });
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({
        stdout: readFileSync(join(dir, `${name}.stdout`), 'utf8'),
        stderr: readFileSync(join(dir, `${name}.stderr`), 'utf8'),
        exitCode: Number(readFileSync(join(dir, `${name}.exit`), 'utf8').trim()),
      });
    });
  }
});
