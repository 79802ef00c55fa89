import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Container, Pod, ResourceQuota } from '../../../src/sim/api/types';
import { admitResourceQuota, usageOf, withStatus } from '../../../src/sim/apiserver/admission/resourceQuota';
import { amountOf, formatAmount, podUsage } from '../../../src/sim/apiserver/admission/resourceQuotaUsage';
import { describeQuota, quotaRequestLimitCells } from '../../../src/sim/cli/kubectl/services/quotaPrinters';

const quota = (name: string, hard: Record<string, string>): ResourceQuota =>
  withStatus({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name, namespace: 'dev' }, spec: { hard } }, {});

function pod(name: string, containers: Partial<Container>[], phase: 'Running' | 'Succeeded' = 'Running'): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'dev' },
    spec: { containers: containers.map((c, i) => ({ name: c.name ?? `c${i}`, image: 'nginx', ...c })) },
    status: { phase },
  };
}
const cpu = (req: string, lim?: string): Partial<Container> => ({ name: 'nginx', resources: { requests: { cpu: req }, ...(lim ? { limits: { cpu: lim } } : {}) } });

function admit(p: Pod, quotas: ResourceQuota[], existing: Pod[]) {
  return admitResourceQuota({ object: p, plural: 'pods', group: '', quotas, usedBy: () => usageOf(existing.map((o) => ({ object: o, plural: 'pods', group: '' }))) });
}

describe('ResourceQuota admission', () => {
  it('prints the exceeded-quota message of k8s-facts 8.2', () => {
    const q = quota('compute-quota', { 'requests.cpu': '1' });
    const existing = [pod('a', [cpu('500m')]), pod('b', [cpu('300m')])];
    const d = admit(pod('web-1', [cpu('300m')]), [q], existing);
    expect(d).toEqual({ allowed: false, code: 403, reason: 'Forbidden',
      message: 'pods "web-1" is forbidden: exceeded quota: compute-quota, requested: requests.cpu=300m, used: requests.cpu=800m, limited: requests.cpu=1' });
  });

  it('prints the must-specify message of k8s-facts 8.3, resources then containers', () => {
    const q = quota('compute-quota', { pods: '10', 'requests.cpu': '4', 'requests.memory': '5Gi', 'limits.cpu': '10', 'limits.memory': '10Gi' });
    const d = admit(pod('nginx', [{ name: 'nginx' }]), [q], []);
    expect(d.allowed).toBe(false);
    expect((d as { message: string }).message).toBe('pods "nginx" is forbidden: failed quota: compute-quota: must specify limits.cpu for: nginx; limits.memory for: nginx; requests.cpu for: nginx; requests.memory for: nginx');
  });

  it('treats a limit without a request as the request (API defaulting)', () => {
    const q = quota('q', { 'requests.cpu': '1', 'limits.cpu': '1' });
    expect(admit(pod('p', [{ name: 'c', resources: { limits: { cpu: '500m' } } }]), [q], []).allowed).toBe(true);
  });

  it('counts pods and updates status.used of every quota it passes', () => {
    const q = quota('pods-quota', { pods: '2' });
    const first = admit(pod('a', [{}]), [q], []);
    expect(first.allowed && first.updatedQuotas[0].status).toEqual({ hard: { pods: '2' }, used: { pods: '1' } });
    const third = admit(pod('c', [{}]), [q], [pod('a', [{}]), pod('b', [{}])]);
    expect((third as { message: string }).message).toBe('pods "c" is forbidden: exceeded quota: pods-quota, requested: pods=1, used: pods=2, limited: pods=2');
  });

  it('does not charge terminal pods for compute or pods (k8s-facts 8.4)', () => {
    const done = pod('done', [cpu('2')], 'Succeeded');
    expect(podUsage(done)).toEqual({ 'count/pods': { value: 1, binary: false } });
    const q = quota('q', { 'requests.cpu': '2', pods: '1' });
    expect(admit(pod('new', [cpu('2')]), [q], [done]).allowed).toBe(true);
  });

  it('never admits a pod that takes usage above a hard limit', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 900 }), { maxLength: 8 }), fc.integer({ min: 1, max: 900 }), fc.integer({ min: 100, max: 3000 }), (existingMilli, newMilli, hardMilli) => {
      const existing = existingMilli.map((m, i) => pod(`p${i}`, [cpu(`${m}m`)]));
      const d = admit(pod('new', [cpu(`${newMilli}m`)]), [quota('q', { 'requests.cpu': `${hardMilli}m` })], existing);
      const total = existingMilli.reduce((a, b) => a + b, 0) + newMilli;
      expect(d.allowed).toBe(total <= hardMilli);
    }));
  });
});

describe('quantities', () => {
  it('prints sums the way resource.Quantity does', () => {
    expect(formatAmount('requests.cpu', { value: 1500, binary: false })).toBe('1500m');
    expect(formatAmount('requests.cpu', { value: 2000, binary: false })).toBe('2');
    expect(formatAmount('requests.memory', { value: 2 * 512 * 1024 ** 2, binary: true })).toBe('1Gi');
    expect(formatAmount('requests.memory', amountOf('requests.memory', '1G'))).toBe('1G');
    expect(formatAmount('pods', amountOf('pods', '10'))).toBe('10');
    expect(formatAmount('pods', undefined)).toBe('0');
  });
});

describe('kubectl describe quota', () => {
  it('aligns Name/Namespace and the resource table in one tabwriter block', () => {
    const q = quota('compute-quota', { pods: '10', 'requests.cpu': '4', 'requests.memory': '5Gi', 'limits.cpu': '10', 'limits.memory': '10Gi' });
    expect(describeQuota(q)).toBe(
      'Name:            compute-quota\n' +
      'Namespace:       dev\n' +
      'Resource         Used  Hard\n' +
      '--------         ----  ----\n' +
      'limits.cpu       0     10\n' +
      'limits.memory    0     10Gi\n' +
      'pods             0     10\n' +
      'requests.cpu     0     4\n' +
      'requests.memory  0     5Gi\n');
    expect(quotaRequestLimitCells(q)).toEqual(['pods: 0/10, requests.cpu: 0/4, requests.memory: 0/5Gi', 'limits.cpu: 0/10, limits.memory: 0/10Gi']);
  });
});

describe('resource quota controller', () => {
  it('writes status.hard and status.used, then stays quiet', async () => {
    const { reconcileQuota } = await import('../../../src/sim/controllers/resourcequotaController');
    const q: ResourceQuota = { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'dev' }, spec: { hard: { pods: '10', 'requests.memory': '1Gi' } } };
    const mem = (m: string): Partial<Container> => ({ resources: { requests: { memory: m } } });
    const objects = [pod('a', [mem('512Mi')]), pod('b', [mem('512Mi')]), { ...pod('c', [mem('1Gi')]), metadata: { name: 'c', namespace: 'other' } }]
      .map((object) => ({ object, plural: 'pods', group: '' }));
    const [action] = reconcileQuota(q, objects);
    const updated = (action as unknown as { object: ResourceQuota }).object;
    expect(updated.status).toEqual({ hard: { pods: '10', 'requests.memory': '1Gi' }, used: { pods: '2', 'requests.memory': '1Gi' } });
    expect(reconcileQuota(updated, objects)).toEqual([]);
  });
});

describe('quota scopes', () => {
  it('a BestEffort quota counts only pods without requests or limits', async () => {
    const { matchesScopes } = await import('../../../src/sim/apiserver/admission/resourceQuota');
    const q: ResourceQuota = { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'be', namespace: 'dev' }, spec: { hard: { pods: '1' }, scopes: ['BestEffort'] } };
    const be = pod('be', [{}]);
    const burst = pod('burst', [cpu('100m')]);
    expect(matchesScopes(q, be)).toBe(true);
    expect(matchesScopes(q, burst)).toBe(false);
    const quota = withStatus(q, {});
    expect(admit(pod('be2', [{}]), [quota], [be]).allowed).toBe(false);
    expect(admit(pod('burst2', [cpu('100m')]), [quota], [be]).allowed).toBe(true);
    expect(describeQuota(quota)).toBe('Name:       be\nNamespace:  dev\nScopes:     BestEffort\n * Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.\nResource  Used  Hard\n--------  ----  ----\npods      0     1\n');
  });
});
