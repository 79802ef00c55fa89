import { describe, expect, it } from 'vitest';
import { getScenario, scenarioIds, scenarios } from '../../src/sim/scenarios/index.ts';
import { simEn, simKo } from '../../src/i18n/sim.ts';

const NOTE_SLUGS = [
  'architecture', 'container-runtime', 'etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler',
  'kubelet', 'kube-proxy', 'pods', 'replicasets', 'deployments', 'namespaces', 'services', 'imperative-declarative',
];

describe('scenarios', () => {
  it('exist for every note slug and are keyed by it', () => {
    expect([...scenarioIds].sort()).toEqual([...NOTE_SLUGS, 'sandbox'].sort());
    for (const id of NOTE_SLUGS) expect(scenarios[id].id).toBe(id);
    expect(getScenario('pod-creation')?.id).toBe('pods');
    expect(getScenario('nope')).toBeUndefined();
  });

  it('have text in both languages, Korean in Hangul', () => {
    for (const s of Object.values(scenarios)) {
      const texts = [s.title, s.summary, ...s.steps.map((st) => st.caption)];
      for (const text of texts) {
        expect(text.ko.trim(), s.id).not.toBe('');
        expect(text.en.trim(), s.id).not.toBe('');
        expect(text.ko, s.id).toMatch(/[가-힣]/);
        expect(text.en, s.id).not.toMatch(/[가-힣]/);
      }
      expect(s.steps.length, s.id).toBeGreaterThan(0);
    }
  });

  it('use the official Korean terms (파드, 레이블, 의도한 상태), not the variants', () => {
    const korean = Object.values(scenarios)
      .flatMap((s) => [s.title.ko, s.summary.ko, ...s.steps.map((st) => st.caption.ko)])
      .join('\n');
    expect(korean).not.toMatch(/포드|라벨|원하는 상태|레플리카 셋|정적 파드|마스터/);
  });

  it('the pod creation flow has the course’s 11 steps', () => {
    expect(getScenario('kube-apiserver')?.steps).toHaveLength(11);
    // The pods note's first step is the reader's own `kubectl create -f pod-definition.yaml`.
    expect(getScenario('pods')?.steps.slice(1, 12)).toEqual(getScenario('kube-apiserver')?.steps);
  });

  it('match patterns are valid regular expressions and commands reference existing files', () => {
    for (const s of Object.values(scenarios)) {
      for (const line of [...(s.setup ?? []), ...(s.start ?? [])]) {
        const file = line.match(/-f\s+(\S+)/)?.[1];
        if (file) expect(Object.keys(s.files ?? {}), `${s.id}: ${line}`).toContain(file);
      }
      for (const step of s.steps) {
        for (const source of Object.values(step.match ?? {})) expect(() => new RegExp(source as string)).not.toThrow();
        const file = step.command?.match(/-f\s+(\S+)/)?.[1];
        if (file) expect(Object.keys(s.files ?? {}), `${s.id}: ${step.command}`).toContain(file);
      }
    }
  });

  it('island strings have the same shape in both languages', () => {
    const shape = (o: unknown): unknown =>
      typeof o === 'object' && o !== null && !Array.isArray(o)
        ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape(v)]))
        : Array.isArray(o)
          ? o.length
          : typeof o;
    expect(shape(simEn)).toEqual(shape(simKo));
  });
});
