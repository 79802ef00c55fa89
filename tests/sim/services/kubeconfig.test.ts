import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { currentContext, getContexts, minifiedNamespace, newKubeconfig, setContext, useContext } from '../../../src/sim/cli/kubectl/services/kubeconfig';

const golden = JSON.parse(readFileSync(new URL('../../golden/services/kubectl-offline.json', import.meta.url), 'utf8')) as {
  cases: { name: string; stdout: string; stderr: string; exitCode: number }[];
};
const gold = (name: string) => {
  const g = golden.cases.find((c) => c.name === name)!;
  return { stdout: g.stdout, stderr: g.stderr, exitCode: g.exitCode };
};

describe('kubectl config against real kubectl', () => {
  it('get-contexts, current-context and set-context --current --namespace', () => {
    const kc = newKubeconfig();
    expect(getContexts(kc)).toEqual(gold('config-get-contexts'));
    expect(currentContext(kc)).toEqual(gold('config-current-context'));
    expect(setContext(kc, undefined, true, { namespace: 'dev' })).toEqual(gold('config-set-context-namespace'));
    expect(getContexts(kc)).toEqual(gold('config-get-contexts-after-set'));
    expect(minifiedNamespace(kc)).toBe(gold('config-view-minify-namespace').stdout);
    expect(useContext(kc, 'nosuch')).toEqual(gold('config-use-context-missing'));
  });

  it('creates and switches contexts', () => {
    const kc = newKubeconfig();
    expect(setContext(kc, 'dev-ctx', false, { namespace: 'dev', cluster: 'kubernetes', user: 'kubernetes-admin' }).stdout).toBe('Context "dev-ctx" created.\n');
    expect(useContext(kc, 'dev-ctx').stdout).toBe('Switched to context "dev-ctx".\n');
    expect(minifiedNamespace(kc)).toBe('dev');
    expect(getContexts(kc).stdout.split('\n')[1]).toMatch(/^\*\s+dev-ctx\s+kubernetes\s+kubernetes-admin\s+dev$/);
  });
});
