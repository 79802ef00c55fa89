// kubectl's JSONPath (client-go util/jsonpath) against real kubectl 1.33: every template of
// tests/golden/jsonpath/templates.txt was run on tests/golden/jsonpath/object.json by
// scripts/golden/record-jsonpath.mjs (`kubectl annotate --local -f object.json q=1 -o jsonpath=...`).
// The simulation runs the same command line. Go ranges over maps in random order, so for templates
// that iterate a map (`.*`, `..`, range over a map) the results are compared as multisets.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import { jsonPath, JsonPathError, JsonPathRunError } from '../../../src/sim/cli/kubectl/jsonpath.ts';

const dir = new URL('../../golden/jsonpath/', import.meta.url);
const { cases } = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8')) as { cases: { template: string; stdout: string; stderr: string; exitCode: number }[] };
const object = readFileSync(new URL('object.json', dir), 'utf8');
const iteratesMaps = (t: string) => t.includes('..') || t.includes('.*') || t.includes('range .metadata.labels');
/** A multiset of the printed values: split at the spaces between top-level results. */
const tokens = (s: string) => s.split(/ (?=[^"]*(?:"[^"]*"[^"]*)*$)/).sort();

describe('kubectl -o jsonpath matches kubectl 1.33 on every recorded template', () => {
  const c = createCluster({ seed: 1 });
  c.exec(`cat > object.json <<'EOF'\n${object}EOF`);
  test.each(cases.map((x) => [x.template, x] as const))('%s', (template, expected) => {
    const quoted = `'${template.replaceAll("'", "'\\''")}'`;
    const r = c.exec(`kubectl annotate --local -f object.json q=1 -o jsonpath=${quoted}`);
    expect(r.exitCode).toBe(expected.exitCode);
    if (iteratesMaps(template) && expected.exitCode === 0) expect(tokens(r.stdout)).toEqual(tokens(expected.stdout));
    else expect(r.stdout).toBe(expected.stdout);
    if (iteratesMaps(template)) expect(r.stderr.split('. Printing')[0]).toBe(expected.stderr.split('. Printing')[0]);
    else expect(r.stderr).toBe(expected.stderr);
  });
});

describe('the JSONPath parser and evaluator never throw anything but their own errors', () => {
  const data = JSON.parse(object);
  test('random templates built from the grammar\'s pieces', () => {
    const piece = fc.constantFrom('{', '}', '.', '..', '[', ']', '*', '?(', ')', '@', '$', '==', '!=', '<', '>=', ',', ':', '-1', '0', '2', "'", '"', '\\', 'range', 'end', 'true', 'name', 'spec', 'containers', 'metadata', 'labels', ' ', '\n', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        try {
          jsonPath(pieces.join(''), data);
        } catch (e) {
          if (!(e instanceof JsonPathError) && !(e instanceof JsonPathRunError)) throw e;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
