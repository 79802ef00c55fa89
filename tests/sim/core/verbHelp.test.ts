import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

// Other spellings of the recorded help commands (scripts/golden/record-kubectl.sh): cobra prints the
// same help for -h, with resource arguments, and for a subcommand's alias.
const golden = (name: string) => readFileSync(join(import.meta.dirname, '../../golden/kubectl', `${name}.stdout`), 'utf8');

describe('kubectl <verb> --help', () => {
  const c = createCluster({ seed: 1 });
  test.each([
    ['kubectl get -h', 'help-get'],
    ['kubectl get pods --help', 'help-get'],
    ['k describe node controlplane --help', 'help-describe'],
    ['kubectl create deploy --help', 'help-create-deployment'],
    ['kubectl create deployment web --image=nginx --help', 'help-create-deployment'],
    ['kubectl create svc nodeport --help', 'help-create-service-nodeport'],
    ['kubectl create ns -h', 'help-create-namespace'],
  ])('%s', (line, name) => {
    const r = c.exec(line);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: golden(name), stderr: '', exitCode: 0 });
  });
});
