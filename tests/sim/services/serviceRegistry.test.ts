import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Service } from '../../../src/sim/api/types';
import { createRng } from '../../../src/sim/kernel/rng';
import { formatFieldError, invalidMessage } from '../../../src/sim/api/fieldErrors';
import { ClusterIPAllocator, NodePortAllocator, cidrContains, rangeOffset } from '../../../src/sim/apiserver/registry/serviceAllocators';
import { defaultService } from '../../../src/sim/apiserver/registry/serviceDefaults';
import { validateService } from '../../../src/sim/apiserver/registry/serviceValidation';
import { allocateOnCreate, allocateOnUpdate, createServiceAllocators, releaseOnDelete } from '../../../src/sim/apiserver/registry/serviceRest';

const svc = (spec: Service['spec'], name = 'web'): Service => ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' }, spec });

describe('Service defaulting', () => {
  it('defaults type, protocol, targetPort and session affinity (k8s-facts 7.4)', () => {
    const s = svc({ ports: [{ port: 80 }, { port: 443, targetPort: 8443, name: 'https' }] });
    defaultService(s);
    expect(s.spec.type).toBe('ClusterIP');
    expect(s.spec.sessionAffinity).toBe('None');
    expect(s.spec.ports![0]).toEqual({ port: 80, protocol: 'TCP', targetPort: 80 });
    expect(s.spec.ports![1].targetPort).toBe(8443);
    expect(s.spec.externalTrafficPolicy).toBeUndefined();
    expect(s.spec.internalTrafficPolicy).toBe('Cluster');
  });

  it('sets externalTrafficPolicy Cluster for NodePort and LoadBalancer', () => {
    for (const type of ['NodePort', 'LoadBalancer'] as const) {
      const s = svc({ type, ports: [{ port: 80, targetPort: '' }] });
      defaultService(s);
      expect(s.spec.externalTrafficPolicy).toBe('Cluster');
      expect(s.spec.ports![0].targetPort).toBe(80);
    }
  });
});

describe('Service validation', () => {
  const messages = (s: Service) => validateService(s).map(formatFieldError);
  it('requires names on multi-port services (k8s-facts 7.7)', () => {
    expect(messages(svc({ type: 'ClusterIP', ports: [{ port: 80, protocol: 'TCP' }, { port: 443, protocol: 'TCP' }] })))
      .toEqual(['spec.ports[0].name: Required value', 'spec.ports[1].name: Required value']);
  });
  it('rejects bad types, ports and misplaced nodePorts with apimachinery texts', () => {
    expect(messages(svc({ type: 'Foo' as never, ports: [{ port: 80 }] })))
      .toEqual(['spec.type: Unsupported value: "Foo": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"']);
    expect(messages(svc({ type: 'ClusterIP', ports: [{ port: 70000 }] })))
      .toEqual(['spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive']);
    expect(messages(svc({ type: 'ClusterIP', ports: [{ port: 80, nodePort: 30001 }] })))
      .toEqual(["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"]);
    expect(messages(svc({ type: 'ClusterIP' }))).toEqual(['spec.ports: Required value']);
    expect(messages(svc({ type: 'ExternalName' }))).toEqual(['spec.externalName: Required value']);
    expect(messages(svc({ type: 'ExternalName', externalName: 'db.example.com' }))).toEqual([]);
  });
});

describe('Service allocators', () => {
  it('computes the static-subrange offsets of the default ranges', () => {
    expect(rangeOffset(2 ** 20 - 2, 16, 256, 16)).toBe(256);
    expect(rangeOffset(2768, 16, 128, 32)).toBe(86);
  });

  it('gives the nodePort errors of k8s-facts 7.2', () => {
    const a = createServiceAllocators(createRng(1));
    const s = svc({ type: 'NodePort', ports: [{ port: 80, nodePort: 8080 }] });
    defaultService(s);
    expect(invalidMessage('Service', 'web', allocateOnCreate(s, a)))
      .toBe('Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767');
    const first = svc({ type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] });
    defaultService(first);
    expect(allocateOnCreate(first, a)).toEqual([]);
    const second = svc({ type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }, 'web2');
    defaultService(second);
    expect(allocateOnCreate(second, a).map(formatFieldError)).toEqual(['spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated']);
  });

  it('allocates cluster IPs inside 10.96.0.0/12, dynamically above the static band', () => {
    const a = createServiceAllocators(createRng(7));
    expect(a.clusterIPs.firstIP()).toBe('10.96.0.1');
    expect(a.clusterIPs.allocate('10.96.0.1')).toBeUndefined();
    expect(a.clusterIPs.allocate('10.96.0.10')).toBeUndefined();
    expect(a.clusterIPs.allocate('10.96.0.10')?.message).toBe('provided IP is already allocated');
    expect(a.clusterIPs.allocate('10.0.0.5')?.message).toBe('the provided IP (10.0.0.5) is not in the valid range. The range of valid IPs is 10.96.0.0/12');
    fc.assert(fc.property(fc.integer(), (seed) => {
      const ip = new ClusterIPAllocator().allocateNext(createRng(seed)) as string;
      expect(cidrContains('10.96.0.0/12', ip)).toBe(true);
      expect(ip).not.toBe('10.96.0.0');
      expect(ip).not.toBe('10.111.255.255');
      // Dynamic band: at or above offset 256, i.e. from 10.96.1.1 on.
      const n = ip.split('.').map(Number).reduce((acc, x) => acc * 256 + x, 0);
      expect(n).toBeGreaterThanOrEqual(10 * 2 ** 24 + 96 * 2 ** 16 + 257);
      const port = new NodePortAllocator().allocateNext(createRng(seed)) as number;
      expect(port).toBeGreaterThanOrEqual(30086);
      expect(port).toBeLessThanOrEqual(32767);
    }));
  });

  it('renders cluster IP errors with Go\'s []string value', () => {
    const a = createServiceAllocators(createRng(2));
    a.clusterIPs.allocate('10.96.0.10');
    const outside = svc({ type: 'ClusterIP', clusterIP: '10.0.0.5', ports: [{ port: 80 }] });
    defaultService(outside);
    expect(allocateOnCreate(outside, a).map(formatFieldError)).toEqual(['spec.clusterIPs: Invalid value: []string{"10.0.0.5"}: failed to allocate IP 10.0.0.5: the provided IP (10.0.0.5) is not in the valid range. The range of valid IPs is 10.96.0.0/12']);
    const taken = svc({ type: 'ClusterIP', clusterIP: '10.96.0.10', ports: [{ port: 53 }] });
    defaultService(taken);
    expect(allocateOnCreate(taken, a).map(formatFieldError)).toEqual(['spec.clusterIPs: Invalid value: []string{"10.96.0.10"}: failed to allocate IP 10.96.0.10: provided IP is already allocated']);
    const headless = svc({ type: 'ClusterIP', clusterIP: 'None', ports: [{ port: 80 }] });
    defaultService(headless);
    expect(allocateOnCreate(headless, a)).toEqual([]);
    expect(headless.spec.clusterIPs).toEqual(['None']);
  });

  it('gives LoadBalancer services with externalTrafficPolicy Local a health check node port', () => {
    const a = createServiceAllocators(createRng(8));
    const lb = svc({ type: 'LoadBalancer', externalTrafficPolicy: 'Local', ports: [{ port: 80 }] });
    defaultService(lb);
    expect(allocateOnCreate(lb, a)).toEqual([]);
    const hc = lb.spec.healthCheckNodePort as number;
    expect(hc).toBeGreaterThanOrEqual(30000);
    expect(hc).not.toBe(lb.spec.ports![0].nodePort);
    const cluster = svc({ type: 'LoadBalancer', externalTrafficPolicy: 'Cluster', ports: [{ port: 80 }] });
    defaultService(cluster);
    expect(allocateOnUpdate(lb, cluster, a)).toEqual([]);
    expect(cluster.spec.healthCheckNodePort).toBeUndefined();
    expect(a.nodePorts.isAllocated(hc)).toBe(false);
  });

  it('falls back to the static band when the dynamic band is full, then reports full', () => {
    const ports = new NodePortAllocator(30000, 100);
    const rng = createRng(3);
    const got = new Set<number>();
    for (let i = 0; i < 100; i++) got.add(ports.allocateNext(rng) as number);
    expect(got.size).toBe(100);
    expect(ports.allocateNext(rng)).toEqual({ reason: 'full', message: 'range is full' });
  });

  it('never hands out the same value twice and a rejected create leaves nothing allocated', () => {
    fc.assert(fc.property(fc.integer(), fc.array(fc.integer({ min: 29990, max: 30100 }), { maxLength: 6 }), (seed, wanted) => {
      const a = createServiceAllocators(createRng(seed));
      const s = svc({ type: 'NodePort', ports: wanted.map((nodePort, i) => ({ name: `p${i}`, port: 80 + i, nodePort })) });
      defaultService(s);
      const errors = allocateOnCreate(s, a);
      if (errors.length) {
        for (const n of wanted) expect(a.nodePorts.isAllocated(n)).toBe(false);
        expect(a.clusterIPs.isAllocated(String(s.spec.clusterIP))).toBe(false);
      } else {
        const used = s.spec.ports!.map((p) => p.nodePort);
        expect(new Set(used).size).toBe(used.length);
      }
    }));
  });

  it('keeps cluster IP and node ports on update when omitted, releases on delete', () => {
    const a = createServiceAllocators(createRng(5));
    const s = svc({ type: 'NodePort', ports: [{ port: 80 }] });
    defaultService(s);
    expect(allocateOnCreate(s, a)).toEqual([]);
    const ip = s.spec.clusterIP!;
    const np = s.spec.ports![0].nodePort!;
    const replacement = svc({ type: 'NodePort', ports: [{ port: 80 }] });
    defaultService(replacement);
    expect(allocateOnUpdate(s, replacement, a)).toEqual([]);
    expect(replacement.spec.clusterIP).toBe(ip);
    expect(replacement.spec.ports![0].nodePort).toBe(np);
    const toClusterIP = svc({ type: 'ClusterIP', ports: [{ port: 80 }] });
    defaultService(toClusterIP);
    expect(allocateOnUpdate(replacement, toClusterIP, a)).toEqual([]);
    expect(a.nodePorts.isAllocated(np)).toBe(false);
    releaseOnDelete(toClusterIP, a);
    expect(a.clusterIPs.isAllocated(ip)).toBe(false);
  });
});
