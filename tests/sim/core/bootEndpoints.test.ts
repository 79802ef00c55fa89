import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { EndpointSlice, Endpoints } from '../../../src/sim/index.ts';
import { INIT_AT } from '../../../src/sim/cluster/bootstrap.ts';
import { timestamp } from '../../../src/sim/api/meta.ts';

// A fresh kubeadm cluster already has the Endpoints and EndpointSlices of `kubernetes` and
// `kube-dns`: they were written during `kubeadm init`, long before the learner opens a terminal.
describe('bootstrap Endpoints and EndpointSlices', () => {
  test('exist before the clock starts, back-dated like their Services', () => {
    const c = createCluster({ seed: 1 });
    for (const [ns, name] of [['default', 'kubernetes'], ['kube-system', 'kube-dns']]) {
      const ep = c.getObject('endpoints', ns, name) as Endpoints | undefined;
      expect(ep, `${ns}/${name}`).toBeDefined();
      const service = c.getObject('services', ns, name)!;
      // Not older than the Service, and minutes before virtual time 0.
      expect(Date.parse(ep!.metadata.creationTimestamp!)).toBeGreaterThanOrEqual(Date.parse(service.metadata.creationTimestamp!));
      expect(Date.parse(ep!.metadata.creationTimestamp!)).toBeLessThan(Date.parse(timestamp(INIT_AT / 2)));
    }
    const rows = c.exec('kubectl get endpoints -A --no-headers').stdout.trim().split('\n');
    expect(rows.map((r) => r.split(/\s+/).at(-1))).toEqual(['14m', '14m']);
  });

  test('are what the controllers would write: nothing is created or changed once the clock runs', () => {
    const c = createCluster({ seed: 1 });
    const before = c.listObjects('endpointslices').map((s) => `${s.metadata.namespace}/${s.metadata.name}@${s.metadata.resourceVersion}`);
    const eps = c.listObjects('endpoints').map((e) => `${e.metadata.namespace}/${e.metadata.name}@${e.metadata.resourceVersion}`);
    c.settle();
    expect(c.listObjects('endpointslices').map((s) => `${s.metadata.namespace}/${s.metadata.name}@${s.metadata.resourceVersion}`)).toEqual(before);
    expect(c.listObjects('endpoints').map((e) => `${e.metadata.namespace}/${e.metadata.name}@${e.metadata.resourceVersion}`)).toEqual(eps);
    expect(before).toHaveLength(2);
    const dns = c.listObjects('endpointslices', 'kube-system')[0] as EndpointSlice;
    expect(dns.metadata.name).toMatch(/^kube-dns-[a-z0-9]{5}$/);
    expect(dns.endpoints.map((e) => e.conditions?.ready)).toEqual([true, true]);
  });
});
