import { describe, expect, it } from 'vitest';
import type { EndpointSlice, Pod, Service } from '../../../src/sim/api/types';
import { createRng } from '../../../src/sim/kernel/rng';
import { buildServicePorts } from '../../../src/sim/node/kube-proxy/servicePorts';
import { syncProxyRules } from '../../../src/sim/node/kube-proxy/iptablesProxier';
import { nodeIptables } from '../../../src/sim/node/kube-proxy/nodeIptables';
import { sendPacket, listeningPorts, type NetworkView } from '../../../src/sim/network/packetPath';
import { candidateNames, nslookup, nslookupLegacy, resolvConf, resolve, type DnsView } from '../../../src/sim/network/clusterDns';

function pod(name: string, ip: string, node: string, image = 'nginx', ns = 'default'): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: ns, labels: { app: 'web' } },
    spec: { nodeName: node, containers: [{ name: 'web', image }] },
    status: { phase: 'Running', podIP: ip, conditions: [{ type: 'Ready', status: 'True' }] },
  };
}
const svc = (name: string, spec: Service['spec'], ns = 'default'): Service => ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: ns }, spec });
const slice = (svcName: string, pods: Pod[], port: number, ns = 'default'): EndpointSlice => ({
  apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', addressType: 'IPv4',
  metadata: { name: `${svcName}-x`, namespace: ns, labels: { 'kubernetes.io/service-name': svcName } },
  endpoints: pods.map((p) => ({ addresses: [p.status!.podIP!], conditions: { ready: true }, nodeName: p.spec.nodeName, targetRef: { kind: 'Pod', name: p.metadata.name!, namespace: ns } })),
  ports: [{ name: '', port, protocol: 'TCP' }],
});

const pods = [pod('web-a', '10.244.1.5', 'node01'), pod('web-b', '10.244.2.7', 'node02'), pod('web-c', '10.244.2.8', 'node02')];
const web = svc('web', { type: 'NodePort', clusterIP: '10.96.100.10', ports: [{ port: 80, targetPort: 80, nodePort: 30080, protocol: 'TCP' }] });
const empty = svc('empty', { type: 'ClusterIP', clusterIP: '10.96.100.11', ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }] });
const slices = [slice('web', pods, 80)];

function view(): NetworkView {
  const tables = nodeIptables(syncProxyRules(buildServicePorts([web, empty], slices), { clusterCIDR: '10.244.0.0/16' }));
  return { nodeIPs: { node01: '192.168.56.11', node02: '192.168.56.12' }, pods, iptables: () => tables };
}

describe('packet path through kube-proxy rules', () => {
  it('delivers ClusterIP traffic to each endpoint about 1/n of the time', () => {
    const rng = createRng(42);
    const counts: Record<string, number> = {};
    const n = 3000;
    for (let i = 0; i < n; i++) {
      const d = sendPacket(view(), 'node01', { src: '10.244.1.5', dst: '10.96.100.10', dport: 80, protocol: 'tcp' }, rng);
      expect(d.outcome).toBe('delivered');
      if (d.outcome === 'delivered') counts[d.pod.metadata.name!] = (counts[d.pod.metadata.name!] ?? 0) + 1;
    }
    for (const name of ['web-a', 'web-b', 'web-c']) expect(Math.abs(counts[name] / n - 1 / 3)).toBeLessThan(0.04);
  });

  it('is deterministic for a seed and records the path', () => {
    const run = () => sendPacket(view(), 'node01', { src: '10.244.1.5', dst: '10.96.100.10', dport: 80, protocol: 'tcp' }, createRng(9));
    const a = run();
    expect(a).toEqual(run());
    expect(a.steps[0]).toMatchObject({ table: 'nat', chain: 'PREROUTING', action: 'jump to KUBE-SERVICES' });
    expect(a.steps.some((s) => s.action.startsWith('DNAT to 10.244.'))).toBe(true);
  });

  it('reaches the service from outside through any node\'s NodePort', () => {
    for (const [node, ip] of [['node01', '192.168.56.11'], ['node02', '192.168.56.12']]) {
      const d = sendPacket(view(), node, { src: '203.0.113.9', dst: ip, dport: 30080, protocol: 'tcp' }, createRng(1));
      expect(d.outcome).toBe('delivered');
      expect(d.steps.map((s) => s.chain)).toContain('KUBE-NODEPORTS');
      expect(d.steps.some((s) => s.action === 'mark for SNAT')).toBe(true);
    }
  });

  it('refuses a service without endpoints (filter REJECT) and a port nobody listens on', () => {
    const d = sendPacket(view(), 'node01', { src: '10.244.1.5', dst: '10.96.100.11', dport: 80, protocol: 'tcp' }, createRng(1));
    expect(d.outcome).toBe('refused');
    expect(d.steps[d.steps.length - 1].rule).toContain('"default/empty has no endpoints"');
    expect(sendPacket(view(), 'node01', { src: '10.244.1.5', dst: '10.244.1.5', dport: 8080, protocol: 'tcp' }, createRng(1)).outcome).toBe('refused');
    expect(sendPacket(view(), 'node01', { src: '10.244.1.5', dst: '10.96.200.200', dport: 80, protocol: 'tcp' }, createRng(1)).outcome).toBe('unreachable');
  });

  it('keeps a client on one endpoint with ClientIP affinity, until the timeout', () => {
    const sticky = svc('sticky', { type: 'ClusterIP', clusterIP: '10.96.100.12', sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 60 } }, ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }] });
    const tables = nodeIptables(syncProxyRules(buildServicePorts([sticky], [slice('sticky', pods, 80)]), { clusterCIDR: '10.244.0.0/16' }));
    const recent = new Map();
    const rng = createRng(4);
    const ask = (now: number, src = '10.244.1.5') => {
      const d = sendPacket({ nodeIPs: { node01: '192.168.56.11' }, pods, iptables: () => tables, recent: () => recent, now }, 'node01', { src, dst: '10.96.100.12', dport: 80, protocol: 'tcp' }, rng);
      return d.outcome === 'delivered' ? d.pod.metadata.name : d.outcome;
    };
    const first = ask(0);
    for (let t = 1; t < 20; t++) expect(ask(t * 1000)).toBe(first);
    const others = new Set(Array.from({ length: 30 }, (_, i) => ask(200_000 + i * 61_000)));
    expect(others.size).toBeGreaterThan(1);
  });

  it('knows the default ports of common images', () => {
    expect(listeningPorts(pod('x', '1.1.1.1', 'n', 'nginx:1.27'))).toEqual([80]);
    expect(listeningPorts(pod('x', '1.1.1.1', 'n', 'docker.io/library/nginx@sha256:abc'))).toEqual([80]);
    expect(listeningPorts(pod('x', '1.1.1.1', 'n', 'busybox'))).toEqual([]);
  });
});

describe('cluster DNS', () => {
  const dns: DnsView = {
    services: [web, svc('db', { type: 'ClusterIP', clusterIP: '10.96.50.5', ports: [{ port: 5432 }] }, 'dev'),
      svc('ext', { type: 'ExternalName', externalName: 'db.example.com' }), svc('headless', { clusterIP: 'None', ports: [{ port: 80 }] })],
    endpointSlices: [slice('headless', pods.slice(0, 2), 80)], pods, namespaces: ['default', 'dev', 'kube-system'],
  };

  it('writes the ClusterFirst resolv.conf and search order', () => {
    expect(resolvConf('dev')).toBe('search dev.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
    expect(candidateNames('web', 'default')).toEqual(['web.default.svc.cluster.local', 'web.svc.cluster.local', 'web.cluster.local', 'web']);
    expect(candidateNames('web.default.svc.cluster.local.', 'dev')).toEqual(['web.default.svc.cluster.local']);
  });

  it('resolves short, namespaced and full names the way the search path does', () => {
    expect(resolve('web', 'default', dns).answer).toEqual({ rcode: 'NOERROR', name: 'web.default.svc.cluster.local', a: ['10.96.100.10'] });
    expect(resolve('web', 'dev', dns).answer.rcode).toBe('NXDOMAIN');
    expect(resolve('db.dev', 'default', dns).answer).toEqual({ rcode: 'NOERROR', name: 'db.dev.svc.cluster.local', a: ['10.96.50.5'] });
    expect(resolve('db.dev.svc', 'default', dns).answer.rcode).toBe('NOERROR');
    expect(resolve('db.dev.svc.cluster.local', 'default', dns).answer.rcode).toBe('NOERROR');
    expect(resolve('10-244-1-5.default.pod.cluster.local', 'dev', dns).answer).toMatchObject({ a: ['10.244.1.5'] });
    expect(resolve('headless', 'default', dns).answer).toMatchObject({ a: ['10.244.1.5', '10.244.2.7'] });
  });

  it('prints nslookup as current busybox does: search domains only for dotless names, A and AAAA replies', () => {
    const head = 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n';
    const nx = (n: string) => `** server can't find ${n}: NXDOMAIN\n\n`;
    expect(nslookup('web.default.svc.cluster.local', 'dev', dns)).toEqual({ exitCode: 0, stdout: `${head}Name:\tweb.default.svc.cluster.local\nAddress: 10.96.100.10\n\n\n` });
    expect(nslookup('web', 'default', dns)).toEqual({
      exitCode: 1,
      stdout: `${head}Name:\tweb.default.svc.cluster.local\nAddress: 10.96.100.10\n\n\n${nx('web.svc.cluster.local')}${nx('web.svc.cluster.local')}${nx('web.cluster.local')}${nx('web.cluster.local')}`,
    });
    // A dotted short form is not searched: the classic "nslookup kubernetes.default" failure.
    expect(nslookup('web.default', 'default', dns)).toEqual({ exitCode: 1, stdout: `${head}${nx('web.default')}${nx('web.default')}` });
    expect(nslookup('ext', 'default', dns).stdout).toContain('ext.default.svc.cluster.local\tcanonical name = db.example.com\n');
  });

  it('prints nslookup as busybox 1.28 does: search path applied, reverse names shown', () => {
    expect(nslookupLegacy('web', 'default', dns)).toEqual({
      exitCode: 0, stderr: '',
      stdout: 'Server:    10.96.0.10\nAddress 1: 10.96.0.10\n\nName:      web\nAddress 1: 10.96.100.10 web.default.svc.cluster.local\n',
    });
    expect(nslookupLegacy('web.default', 'dev', dns).stdout).toContain('Name:      web.default\nAddress 1: 10.96.100.10 web.default.svc.cluster.local\n');
    expect(nslookupLegacy('nosuch', 'default', dns)).toMatchObject({ exitCode: 1, stderr: "nslookup: can't resolve 'nosuch'\n" });
  });
});

describe('traffic policies Local', () => {
  const onNode01 = pod('web-1', '10.244.1.5', 'node01');
  const onNode02 = pod('web-2', '10.244.2.7', 'node02');
  const localSvc = svc('local', { type: 'NodePort', clusterIP: '10.96.100.20', externalTrafficPolicy: 'Local', ports: [{ port: 80, targetPort: 80, nodePort: 30090, protocol: 'TCP' }] });
  const slices = [slice('local', [onNode01], 80)];
  const tablesOf = (node: string) => nodeIptables(syncProxyRules(buildServicePorts([localSvc], slices), { clusterCIDR: '10.244.0.0/16', nodeName: node }));
  const net: NetworkView = { nodeIPs: { node01: '192.168.56.11', node02: '192.168.56.12' }, pods: [onNode01, onNode02], iptables: tablesOf };

  it('sends outside NodePort traffic only to the node\'s own endpoints, keeping the rules kube-proxy writes', () => {
    const rules = (node: string) => syncProxyRules(buildServicePorts([localSvc], slices), { clusterCIDR: '10.244.0.0/16', nodeName: node }).nat.rules
      .filter((r) => r.chain.startsWith('KUBE-EXT-')).map((r) => r.args.join(' '));
    const [ext1, ext2] = [rules('node01'), rules('node02')];
    expect(ext1[0]).toBe('-m comment --comment "pod traffic for default/local external destinations" -s 10.244.0.0/16 -j ' + buildServicePorts([localSvc], slices)[0].svcChain);
    expect(ext1[1]).toMatch(/"masquerade LOCAL traffic for default\/local external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ$/);
    expect(ext1[2]).toMatch(/"route LOCAL traffic for default\/local external destinations" -m addrtype --src-type LOCAL -j KUBE-SVC-/);
    expect(ext1[3]).toMatch(/^-j KUBE-SVL-/);
    expect(ext2).toHaveLength(3); // no local endpoint on node02: no jump to KUBE-SVL
    const drop = tablesOf('node02').filter.rules.find((r) => r.chain === 'KUBE-EXTERNAL-SERVICES');
    expect(drop && drop.target).toBe('DROP');
    const outside = (node: string, ip: string) => sendPacket(net, node, { src: '203.0.113.9', dst: ip, dport: 30090, protocol: 'tcp' }, createRng(1));
    expect(outside('node01', '192.168.56.11')).toMatchObject({ outcome: 'delivered', pod: { metadata: { name: 'web-1' } } });
    expect(outside('node02', '192.168.56.12').outcome).toBe('unreachable');
    // A pod on node02 still reaches the service through node02's NodePort (short-circuited to Cluster).
    expect(sendPacket(net, 'node02', { src: '10.244.2.7', dst: '192.168.56.12', dport: 30090, protocol: 'tcp' }, createRng(1)).outcome).toBe('delivered');
  });

  it('drops ClusterIP traffic on nodes without local endpoints when internalTrafficPolicy is Local', () => {
    const internal = svc('internal', { type: 'ClusterIP', clusterIP: '10.96.100.21', internalTrafficPolicy: 'Local', ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }] });
    const tables = (node: string) => nodeIptables(syncProxyRules(buildServicePorts([internal], [slice('internal', [onNode01], 80)]), { clusterCIDR: '10.244.0.0/16', nodeName: node }));
    const view: NetworkView = { ...net, iptables: tables };
    expect(sendPacket(view, 'node01', { src: '10.244.1.9', dst: '10.96.100.21', dport: 80, protocol: 'tcp' }, createRng(1)).outcome).toBe('delivered');
    const d = sendPacket(view, 'node02', { src: '10.244.2.9', dst: '10.96.100.21', dport: 80, protocol: 'tcp' }, createRng(1));
    expect(d.outcome).toBe('unreachable');
    expect(d.steps[d.steps.length - 1].rule).toContain('"default/internal has no local endpoints"');
    expect(d.steps[d.steps.length - 1].rule).toMatch(/-j DROP$/);
  });
});
