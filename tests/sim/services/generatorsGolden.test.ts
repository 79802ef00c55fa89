import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { toYaml } from '../../../src/sim/cli/kubectl/output';
import { createServiceObject, KubectlUsageError, type CreateServiceOptions } from '../../../src/sim/cli/kubectl/services/serviceGenerators';
import { createNamespaceObject, createQuotaObject } from '../../../src/sim/cli/kubectl/services/namespaceQuotaGenerators';

// Recorded from the real kubectl by scripts/golden/services.mjs.
const golden = JSON.parse(readFileSync(new URL('../../golden/services/kubectl-offline.json', import.meta.url), 'utf8')) as {
  cases: { name: string; command: string; stdout: string; stderr: string; exitCode: number }[];
};
const gold = (name: string) => golden.cases.find((c) => c.name === name)!;

/** Just enough flag parsing to drive the generators from the recorded command lines. */
function flags(command: string) {
  const words = command.split(' ').slice(2);
  const positional: string[] = [];
  const f: Record<string, string> = {};
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '-n' || w === '-o') { f[w] = words[++i]; continue; }
    if (w.startsWith('--')) { const [k, v] = w.slice(2).split('='); f[k] = v ?? 'true'; continue; }
    positional.push(w);
  }
  return { positional, f };
}

function runCreateService(command: string) {
  const { positional, f } = flags(command);
  const [, type, name] = positional;
  const o: CreateServiceOptions = {
    type: type as CreateServiceOptions['type'], name, tcp: f.tcp ? f.tcp.split(',') : [],
    clusterIP: f.clusterip, nodePort: f['node-port'] ? Number(f['node-port']) : undefined, externalName: f['external-name'], namespace: f['-n'],
  };
  return createServiceObject(o);
}

describe('create service / namespace / quota against real kubectl', () => {
  for (const name of ['create-service-clusterip', 'create-service-clusterip-two-ports', 'create-service-clusterip-headless', 'create-service-nodeport',
    'create-service-nodeport-json', 'create-service-loadbalancer', 'create-service-externalname', 'create-service-namespaced', 'create-service-named-target', 'create-svc-alias']) {
    it(`builds the same object: ${name}`, () => {
      const g = gold(name);
      expect(g.exitCode).toBe(0);
      expect(runCreateService(g.command)).toEqual(parse(g.stdout));
      if (g.command.endsWith('-o yaml')) expect(toYaml(runCreateService(g.command))).toBe(g.stdout);
    });
  }

  for (const name of ['create-service-no-port', 'create-service-bad-port', 'create-service-externalname-missing']) {
    it(`fails like kubectl: ${name}`, () => {
      const g = gold(name);
      expect(g.exitCode).toBe(1);
      let message = '';
      try { runCreateService(g.command); } catch (e) { expect(e).toBeInstanceOf(KubectlUsageError); message = (e as Error).message; }
      expect(`error: ${message}\n`).toBe(g.stderr);
    });
  }

  it('builds namespaces like kubectl', () => {
    expect(createNamespaceObject('dev')).toEqual(parse(gold('create-namespace').stdout));
    expect(createNamespaceObject('dev')).toEqual(JSON.parse(gold('create-ns-alias-json').stdout));
    // -o json keeps the Go structs' field order: the objects are built in that order.
    expect(`${JSON.stringify(createNamespaceObject('dev'), null, 4)}\n`).toBe(gold('create-ns-alias-json').stdout);
    expect(`${JSON.stringify(runCreateService(gold('create-service-nodeport-json').command), null, 4)}\n`).toBe(gold('create-service-nodeport-json').stdout);
  });

  it('builds quotas like kubectl', () => {
    expect(createQuotaObject('compute-quota', 'pods=10,requests.cpu=4,requests.memory=5Gi,limits.cpu=10,limits.memory=10Gi', undefined, 'dev')).toEqual(parse(gold('create-quota').stdout));
    expect(toYaml(createQuotaObject('compute-quota', 'pods=10,requests.cpu=4,requests.memory=5Gi,limits.cpu=10,limits.memory=10Gi', undefined, 'dev'))).toBe(gold('create-quota').stdout);
    expect(toYaml(createNamespaceObject('dev'))).toBe(gold('create-namespace').stdout);
    expect(createQuotaObject('best-effort', 'pods=5', 'BestEffort')).toEqual(parse(gold('create-quota-scopes').stdout));
    for (const [name, hard] of [['create-quota-bad-hard', 'pods'], ['create-quota-bad-quantity', 'pods=ten']]) {
      expect(() => createQuotaObject('q', hard)).toThrow(gold(name).stderr.replace(/^error: /, '').trimEnd());
    }
  });
});
