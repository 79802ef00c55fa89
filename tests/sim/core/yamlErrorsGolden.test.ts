// YAML syntax errors of the simulated kubectl against real kubectl 1.33 (go-yaml v2 through
// sigs.k8s.io/yaml): each malformed manifest of tests/golden/yaml-errors/ (recorded by
// scripts/golden/record-yaml-errors.mjs with `kubectl create -f FILE --dry-run=client -o name
// --validate=false`) must give the same stdout, stderr (the line go-yaml names) and exit code.
// Multi-document files count lines from the start of the document, as kubectl splits them first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import golden from '../../golden/yaml-errors/cases.json' with { type: 'json' };

const dir = join(import.meta.dirname, '../../golden/yaml-errors');
const files: Record<string, string> = Object.fromEntries(golden.cases.map((c) => [c.file, readFileSync(join(dir, c.file), 'utf8')]));
// A malformed file is rejected before any request, so one cluster serves every case.
const cluster = createCluster({ seed: 1 });

/**
 * Cases the engine does not match yet (the JS YAML parser reports them as another error kind, and
 * the mapping to go-yaml's texts does not reach them): they must still be a clean error with
 * exit 1, and the list must shrink rather than hide a fixed case (the second test fails then).
 * - tab-indent-deep: go-yaml's "found a tab character that violates indentation" inside a sequence item
 * - stray-dash, dash-then-key, key-after-list-dedent, quote-then-text: parser "did not find expected key"
 * - bad-block-scalar-indent: a block scalar ended by indentation, then a multi-line key
 */
const KNOWN_GAPS = ['tab-indent-deep', 'stray-dash', 'dash-then-key', 'key-after-list-dedent', 'quote-then-text', 'bad-block-scalar-indent'];

test.each(golden.cases.filter((c) => !KNOWN_GAPS.includes(c.name)).map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const r = cluster.exec(c.line, { files });
  expect(r).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
});

test.each(golden.cases.filter((c) => KNOWN_GAPS.includes(c.name)).map((c) => [c.name, c] as const))('known gap %s: a clean error, not yet the same text', (_name, c) => {
  const r = cluster.exec(c.line, { files });
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^error: /);
  expect(r.stderr).not.toBe(c.stderr);
});
