import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createCluster } from '../../../src/sim/index';
import { SERVER_OBJECTS } from './serverObjects.ts';

// Transcripts recorded from the real kubectl 1.33 by scripts/golden/services.mjs (offline commands:
// client-side dry runs, argument errors, kubeconfig edits). The engine must print the same bytes.
const golden = JSON.parse(readFileSync(new URL('../../golden/services/kubectl-offline.json', import.meta.url), 'utf8')) as {
  cases: { name: string; command: string; stdout: string; stderr: string; exitCode: number; usesServer?: boolean; files?: Record<string, string> }[];
};

describe('kubectl transcripts against the real kubectl', () => {
  const cluster = createCluster({ seed: 1 });
  const served = createCluster({ seed: 1 });
  served.exec('kubectl create -f objects.yaml', { files: { 'objects.yaml': SERVER_OBJECTS } });
  served.settle();
  for (const g of golden.cases) {
    it(g.name, () => {
      // Each case starts from a fresh kubeconfig, as the recording did.
      const c = g.usesServer ? served : g.command.includes(' config ') ? createCluster({ seed: 1 }) : cluster;
      const steps = g.command.replace(/^kubectl /, '').split(' && ');
      let r = { stdout: '', stderr: '', exitCode: 0 };
      for (const step of steps) r = c.exec(`kubectl ${step}`, g.files ? { files: g.files } : undefined);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: g.stdout, stderr: g.stderr, exitCode: g.exitCode });
    });
  }
});
