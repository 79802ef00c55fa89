import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

/**
 * The simulated shell against real bash 5.2 / GNU coreutils 9.1 / GNU grep 3.8, recorded by
 * scripts/golden/shell-tools.mjs with the same input files (tests/golden/shell/tools.json).
 */
const golden = JSON.parse(readFileSync(join(__dirname, '../../golden/shell/tools.json'), 'utf8')) as {
  input: Record<string, string>;
  cases: { line: string; stdout: string; stderr: string; exitCode: number }[];
};

describe('shell lines and text filters match real bash and GNU tools', () => {
  for (const g of golden.cases) {
    test(g.line, () => {
      const cluster = createCluster({ seed: 1 });
      const r = cluster.exec(g.line, { files: golden.input });
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: g.stdout, stderr: g.stderr, exitCode: g.exitCode });
    });
  }
});
