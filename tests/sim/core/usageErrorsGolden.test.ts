// cobra/pflag usage errors of the simulated kubectl against real kubectl 1.33: every line of
// tests/golden/usage-errors/cases.json (recorded by scripts/golden/record-usage-errors.mjs; kubectl
// prints these before it contacts a server) must give the same stdout, stderr and exit code.
//
// Left out of the table because the simulation does not implement the verb at all: none of the
// recorded lines so far (verbs the engine lacks answer `"kubectl X" is not available in this
// simulation`, which real kubectl cannot be recorded against).
import { expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import golden from '../../golden/usage-errors/cases.json' with { type: 'json' };

// Every recorded line is rejected (exit 1) and a rejected command changes nothing, so one cluster
// serves them all.
const cluster = createCluster({ seed: 1 });

test.each(golden.cases.map((c) => [c.line, c] as const))('%s', (line, c) => {
  const r = cluster.exec(line);
  expect(r).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
});
