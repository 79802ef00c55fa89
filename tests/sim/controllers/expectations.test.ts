// ControllerExpectations and the label selector helpers (pkg/controller, apimachinery labels).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ControllerExpectations, EXPECTATIONS_TIMEOUT_MS } from '../../../src/sim/controllers/util/expectations.ts';
import { matchesEqualitySelector, matchesLabelSelector, selectorToString } from '../../../src/sim/controllers/util/labelSelector.ts';
import { computePodTemplateHash, fnv32a, safeEncodeString } from '../../../src/sim/controllers/util/podTemplateHash.ts';

describe('ControllerExpectations', () => {
  it('is satisfied once every expected creation was observed, or after 5 minutes', () => {
    const e = new ControllerExpectations();
    expect(e.satisfied('default/web', 0)).toBe(true);
    e.expectCreations('default/web', 2, 0);
    expect(e.satisfied('default/web', 1000)).toBe(false);
    e.creationObserved('default/web');
    expect(e.satisfied('default/web', 1000)).toBe(false);
    e.creationObserved('default/web');
    expect(e.satisfied('default/web', 1000)).toBe(true);
    e.expectDeletions('default/web', 1, 0);
    expect(e.satisfied('default/web', EXPECTATIONS_TIMEOUT_MS)).toBe(false);
    expect(e.satisfied('default/web', EXPECTATIONS_TIMEOUT_MS + 1)).toBe(true);
  });
});

describe('label selectors', () => {
  it('matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist)', () => {
    const sel = { matchLabels: { app: 'web' }, matchExpressions: [
      { key: 'tier', operator: 'In' as const, values: ['front', 'edge'] },
      { key: 'env', operator: 'NotIn' as const, values: ['dev'] },
      { key: 'team', operator: 'Exists' as const },
      { key: 'legacy', operator: 'DoesNotExist' as const },
    ] };
    expect(matchesLabelSelector(sel, { app: 'web', tier: 'edge', team: 'a' })).toBe(true);
    expect(matchesLabelSelector(sel, { app: 'web', tier: 'edge', team: 'a', env: 'dev' })).toBe(false);
    expect(matchesLabelSelector(sel, { app: 'web', tier: 'edge', team: 'a', legacy: '' })).toBe(false);
    expect(matchesLabelSelector(sel, { app: 'web', tier: 'back', team: 'a' })).toBe(false);
    expect(matchesLabelSelector({}, { anything: 'x' })).toBe(true);
    expect(matchesLabelSelector(undefined, { anything: 'x' })).toBe(false);
    expect(selectorToString(sel)).toBe('app=web,env notin (dev),!legacy,team,tier in (edge,front)');
  });
  it('a matchLabels selector and the equality selector agree on random label sets', () => {
    const labels = fc.dictionary(fc.constantFrom('app', 'tier', 'env'), fc.constantFrom('a', 'b'));
    fc.assert(fc.property(labels, labels, (sel, l) => matchesLabelSelector({ matchLabels: sel }, l) === matchesEqualitySelector(sel, l)));
  });
});

describe('pod-template-hash', () => {
  it('FNV-32a of known inputs and the safe alphabet', () => {
    // FNV-1a 32-bit test vectors.
    expect(fnv32a([])).toBe(0x811c9dc5);
    expect(fnv32a([...new TextEncoder().encode('a')])).toBe(0xe40c292c);
    expect(fnv32a([...new TextEncoder().encode('foobar')])).toBe(0xbf9cf968);
    expect(safeEncodeString('0123456789')).toBe('bcdfghjklm'.split('').map((_, i) => 'bcdfghjklmnpqrstvwxz2456789'[(48 + i) % 27]).join(''));
  });
  it('is stable, changes with the template and with collisionCount', () => {
    const t = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } };
    const h = computePodTemplateHash(t);
    expect(h).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]+$/);
    expect(computePodTemplateHash(JSON.parse(JSON.stringify(t)))).toBe(h);
    expect(computePodTemplateHash({ ...t, spec: { containers: [{ name: 'nginx', image: 'nginx:1.28' }] } })).not.toBe(h);
    expect(computePodTemplateHash(t, 1)).not.toBe(h);
  });
});
