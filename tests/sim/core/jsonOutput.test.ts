import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { createCluster } from '../../../src/sim/index.ts';

// Go's encoding/json writes <, > and & as \u003c, \u003e and \u0026 (HTML-safe) in every JSON kubectl
// prints; objects kubectl reads from the server are maps, so their keys come out sorted.
const podYaml = (note: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: html\n  annotations:\n    note: ${JSON.stringify(note)}\nspec:\n  containers:\n  - name: web\n    image: nginx\n`;

describe('kubectl -o json', () => {
  test('get escapes HTML-sensitive characters and still round-trips (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '&', 'a', ' ', '"', '\\', 'é') }), (note) => {
        const c = createCluster({ seed: 1 });
        expect(c.exec('kubectl create -f pod.yaml', { files: { 'pod.yaml': podYaml(note) } }).exitCode).toBe(0);
        for (const line of ['kubectl get pod html -o json', 'kubectl get pods -o json', 'kubectl get pod html -o jsonpath={.metadata.annotations}']) {
          const r = c.exec(line);
          expect(r.exitCode).toBe(0);
          expect(r.stdout).not.toMatch(/[<>&]/);
          const parsed = JSON.parse(r.stdout);
          const pod = parsed.items ? parsed.items[0] : parsed.metadata ? parsed : { metadata: { annotations: parsed } };
          expect(pod.metadata.annotations.note).toBe(note);
        }
      }),
      { numRuns: 15 },
    );
  });

  test('get prints the keys of an object sorted, as encoding/json does for maps', () => {
    const c = createCluster({ seed: 1 });
    c.exec('kubectl run web --image=nginx');
    const out = c.exec('kubectl get pod web -o json').stdout;
    const topKeys = [...out.matchAll(/^ {4}"([a-zA-Z]+)":/gm)].map((m) => m[1]);
    expect(topKeys).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
  });
});
