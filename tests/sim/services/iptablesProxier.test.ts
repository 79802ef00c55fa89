import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EndpointSlice, Service } from '../../../src/sim/api/types';
import { buildServicePorts } from '../../../src/sim/node/kube-proxy/servicePorts';
import { probability, renderRestoreInput, syncProxyRules } from '../../../src/sim/node/kube-proxy/iptablesProxier';
import { kernelProbability, parseRule, renderSaveRule } from '../../../src/sim/node/kube-proxy/iptablesRule';
import { nodeIptables, renderIptablesSave } from '../../../src/sim/node/kube-proxy/nodeIptables';

function service(name: string, spec: Partial<Service['spec']>, namespace = 'default'): Service {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace }, spec: { type: 'ClusterIP', ...spec } };
}

function slice(svc: string, ips: string[], port: { name?: string; port: number; protocol?: string }, namespace = 'default', ready = true): EndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', addressType: 'IPv4',
    metadata: { name: `${svc}-abc12`, namespace, labels: { 'kubernetes.io/service-name': svc } },
    endpoints: ips.map((ip) => ({ addresses: [ip], conditions: { ready } })),
    ports: [{ protocol: 'TCP', ...port }],
  };
}

const web = service('web', { clusterIP: '10.96.100.10', ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }] });
const webSlice = slice('web', ['10.244.3.9', '10.244.1.5', '10.244.2.7'], { name: 'http', port: 8080 });

describe('kube-proxy iptables rules', () => {
  it('reproduces the worked example of k8s-facts 6.6 line for line', () => {
    const restore = renderRestoreInput(syncProxyRules(buildServicePorts([web], [webSlice]), { clusterCIDR: '10.244.0.0/16' }));
    const expected = `-A KUBE-SERVICES -m comment --comment "default/web:http cluster IP" -m tcp -p tcp -d 10.96.100.10 --dport 80 -j KUBE-SVC-CDGGSHYLG3RE2FKL
-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http cluster IP" -m tcp -p tcp -d 10.96.100.10 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http -> 10.244.1.5:8080" -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-AFGSLHOD2HFNCBX4
-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http -> 10.244.2.7:8080" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-2RIJ5GIYXEFH6G4D
-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http -> 10.244.3.9:8080" -j KUBE-SEP-RBX5X5TOEG5GD3RO
-A KUBE-SEP-AFGSLHOD2HFNCBX4 -m comment --comment default/web:http -s 10.244.1.5 -j KUBE-MARK-MASQ
-A KUBE-SEP-AFGSLHOD2HFNCBX4 -m comment --comment default/web:http -m tcp -p tcp -j DNAT --to-destination 10.244.1.5:8080
-A KUBE-SEP-2RIJ5GIYXEFH6G4D -m comment --comment default/web:http -s 10.244.2.7 -j KUBE-MARK-MASQ
-A KUBE-SEP-2RIJ5GIYXEFH6G4D -m comment --comment default/web:http -m tcp -p tcp -j DNAT --to-destination 10.244.2.7:8080
-A KUBE-SEP-RBX5X5TOEG5GD3RO -m comment --comment default/web:http -s 10.244.3.9 -j KUBE-MARK-MASQ
-A KUBE-SEP-RBX5X5TOEG5GD3RO -m comment --comment default/web:http -m tcp -p tcp -j DNAT --to-destination 10.244.3.9:8080
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully`.split('\n');
    const natLines = restore.slice(restore.indexOf('*nat')).split('\n').filter((l) => l.startsWith('-A'));
    expect([...natLines].sort()).toEqual([...expected].sort());
    // Within one chain the order is what matters to iptables: check it for the service chain.
    const svcChain = (lines: string[]) => lines.filter((l) => l.startsWith('-A KUBE-SVC-'));
    expect(svcChain(natLines)).toEqual(svcChain(expected));
    expect(natLines[natLines.length - 1]).toMatch(/this must be the last rule/);
  });

  it('declares every chain it fills, in iptables-restore form', () => {
    const restore = renderRestoreInput(syncProxyRules(buildServicePorts([web], [webSlice]), { clusterCIDR: '10.244.0.0/16' }));
    const lines = restore.split('\n');
    expect(lines[0]).toBe('*filter');
    expect(lines).toContain('*nat');
    expect(lines.filter((l) => l === 'COMMIT')).toHaveLength(2);
    const declared = new Set(lines.filter((l) => l.startsWith(':')).map((l) => l.slice(1).split(' ')[0]));
    for (const l of lines.filter((x) => x.startsWith('-A'))) expect(declared.has(l.split(' ')[1])).toBe(true);
  });

  it('rejects in the filter table when a service has no endpoints', () => {
    const np = service('web', { type: 'NodePort', clusterIP: '10.96.100.10', ports: [{ port: 80, targetPort: 8080, nodePort: 30080, protocol: 'TCP' }] });
    const { filter, nat } = syncProxyRules(buildServicePorts([np], []), { clusterCIDR: '10.244.0.0/16' });
    const f = renderRestoreInput({ filter, nat });
    expect(f).toContain('-A KUBE-SERVICES -m comment --comment "default/web has no endpoints" -m tcp -p tcp -d 10.96.100.10 --dport 80 -j REJECT');
    expect(f).toContain('-A KUBE-EXTERNAL-SERVICES -m comment --comment "default/web has no endpoints" -m addrtype --dst-type LOCAL -m tcp -p tcp --dport 30080 -j REJECT');
    expect(nat.chains.some((c) => c.startsWith('KUBE-SVC-'))).toBe(false);
  });

  it('adds KUBE-NODEPORTS and KUBE-EXT rules for a NodePort service (proxier_test format)', () => {
    const np = service('svc1', { type: 'NodePort', clusterIP: '172.30.0.41', ports: [{ name: 'p80', port: 80, nodePort: 3001, protocol: 'TCP' }] }, 'ns1');
    const out = renderRestoreInput(syncProxyRules(buildServicePorts([np], [slice('svc1', ['10.180.0.1'], { name: 'p80', port: 80 }, 'ns1')]), { clusterCIDR: '10.0.0.0/8' }));
    expect(out).toContain('-A KUBE-NODEPORTS -m comment --comment ns1/svc1:p80 -m tcp -p tcp --dport 3001 -j KUBE-EXT-XPGD46QRK7WJZT7O');
    expect(out).toContain('-A KUBE-EXT-XPGD46QRK7WJZT7O -m comment --comment "masquerade traffic for ns1/svc1:p80 external destinations" -j KUBE-MARK-MASQ');
    expect(out).toContain('-A KUBE-EXT-XPGD46QRK7WJZT7O -j KUBE-SVC-XPGD46QRK7WJZT7O');
    expect(out).toContain('-A KUBE-SVC-XPGD46QRK7WJZT7O -m comment --comment "ns1/svc1:p80 -> 10.180.0.1:80" -j KUBE-SEP-SXIVWICOYRO3J4NJ');
  });

  it('skips not-ready endpoints, headless and ExternalName services', () => {
    const ports = buildServicePorts(
      [web, service('db', { clusterIP: 'None', ports: [{ port: 5432 }] }), service('ext', { type: 'ExternalName', externalName: 'example.com' })],
      [slice('web', ['10.244.1.5'], { name: 'http', port: 8080 }, 'default', false)],
    );
    expect(ports.map((p) => p.name)).toEqual(['default/web:http']);
    expect(ports[0].endpoints).toEqual([]);
  });

  it('uses 1/(n-i) probabilities formatted with 10 decimals, the last rule unconditional', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), (n) => {
      const ips = Array.from({ length: n }, (_, i) => `10.244.${i}.${i + 2}`);
      const { nat } = syncProxyRules(buildServicePorts([web], [slice('web', ips, { name: 'http', port: 8080 })]));
      const svcRules = nat.rules.filter((r) => r.chain === 'KUBE-SVC-CDGGSHYLG3RE2FKL');
      expect(svcRules).toHaveLength(n);
      svcRules.forEach((r, i) => {
        const at = r.args.indexOf('--probability');
        if (i === n - 1) expect(at).toBe(-1);
        else expect(r.args[at + 1]).toBe((1 / (n - i)).toFixed(10));
      });
      // Following the chain picks every endpoint with probability 1/n.
      let remaining = 1;
      for (let i = 0; i < n; i++) {
        const p = i === n - 1 ? 1 : Number(probability(n - i));
        expect(Math.abs(remaining * p - 1 / n)).toBeLessThan(1e-9);
        remaining *= 1 - p;
      }
    }));
  });

  it('drops per-endpoint comments above 1000 endpoints (large cluster mode)', () => {
    const ips = Array.from({ length: 1001 }, (_, i) => `10.${Math.floor(i / 250)}.${i % 250}.1`);
    const { nat } = syncProxyRules(buildServicePorts([web], [slice('web', ips, { name: 'http', port: 8080 })]));
    const sep = nat.rules.find((r) => r.chain.startsWith('KUBE-SEP-'))!;
    expect(sep.args).not.toContain('--comment');
  });
});

describe('ClientIP session affinity', () => {
  it('writes the recent-module rules as kube-proxy does and iptables-save prints them', () => {
    const sticky = service('web', { clusterIP: '10.96.100.10', sessionAffinity: 'ClientIP', ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }] });
    const tables = syncProxyRules(buildServicePorts([sticky], [webSlice]), { clusterCIDR: '10.244.0.0/16' });
    const restore = renderRestoreInput(tables);
    expect(restore).toContain('-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http -> 10.244.1.5:8080" -m recent --name KUBE-SEP-AFGSLHOD2HFNCBX4 --rcheck --seconds 10800 --reap -j KUBE-SEP-AFGSLHOD2HFNCBX4');
    expect(restore).toContain('-A KUBE-SEP-AFGSLHOD2HFNCBX4 -m comment --comment default/web:http -m recent --name KUBE-SEP-AFGSLHOD2HFNCBX4 --set -m tcp -p tcp -j DNAT --to-destination 10.244.1.5:8080');
    const save = renderIptablesSave(nodeIptables(tables), 0, 'nat');
    expect(save).toContain('-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http -> 10.244.1.5:8080" -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-AFGSLHOD2HFNCBX4 --mask 255.255.255.255 --rsource -j KUBE-SEP-AFGSLHOD2HFNCBX4');
    expect(save).toContain('-A KUBE-SEP-AFGSLHOD2HFNCBX4 -p tcp -m comment --comment "default/web:http" -m recent --set --name KUBE-SEP-AFGSLHOD2HFNCBX4 --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.244.1.5:8080');
    // The affinity rules come before the load-balancing ones.
    const svcLines = restore.split('\n').filter((l) => l.startsWith('-A KUBE-SVC-CDGGSHYLG3RE2FKL'));
    expect(svcLines.slice(1, 4).every((l) => l.includes('--rcheck'))).toBe(true);
  });
});

describe('iptables-save rendering', () => {
  it('normalises rules the way iptables-save prints them', () => {
    const save = (args: string) => renderSaveRule(parseRule('X', args.match(/"[^"]*"|\S+/g)!));
    expect(save('-m comment --comment "default/web:http cluster IP" -m tcp -p tcp -d 10.96.100.10 --dport 80 -j KUBE-SVC-A'))
      .toBe('-A X -d 10.96.100.10/32 -p tcp -m comment --comment "default/web:http cluster IP" -m tcp --dport 80 -j KUBE-SVC-A');
    expect(save('-m comment --comment "a cluster IP" -m tcp -p tcp -d 10.96.0.1 --dport 443 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ'))
      .toBe('-A X ! -s 10.244.0.0/16 -d 10.96.0.1/32 -p tcp -m comment --comment "a cluster IP" -m tcp --dport 443 -j KUBE-MARK-MASQ');
    expect(save('-m comment --comment default/web:http -m tcp -p tcp -j DNAT --to-destination 10.244.1.5:8080'))
      .toBe('-A X -p tcp -m comment --comment "default/web:http" -m tcp -j DNAT --to-destination 10.244.1.5:8080');
    expect(save('-j MARK --or-mark 0x4000')).toBe('-A X -j MARK --set-xmark 0x4000/0x4000');
    expect(save('-j MARK --xor-mark 0x4000')).toBe('-A X -j MARK --set-xmark 0x4000/0x0');
    expect(save('-m mark ! --mark 0x4000/0x4000 -j RETURN')).toBe('-A X -m mark ! --mark 0x4000/0x4000 -j RETURN');
    expect(save('-m comment --comment "x has no endpoints" -m tcp -p tcp -d 10.1.1.1 --dport 80 -j REJECT'))
      .toBe('-A X -d 10.1.1.1/32 -p tcp -m comment --comment "x has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable');
  });

  it('prints the probabilities the kernel stores (31-bit fraction, 11 decimals)', () => {
    expect(kernelProbability('0.3333333333')).toBe('0.33333333349');
    expect(kernelProbability('0.5000000000')).toBe('0.50000000000');
    expect(kernelProbability('0.2500000000')).toBe('0.25000000000');
  });

  it('prints whole tables with header, policies, sorted user chains and COMMIT', () => {
    const tables = nodeIptables(syncProxyRules(buildServicePorts([web], [webSlice]), { clusterCIDR: '10.244.0.0/16' }));
    const text = renderIptablesSave(tables, Date.UTC(2026, 10, 23, 7, 30, 39));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('# Generated by iptables-save v1.8.9 (nf_tables) on Mon Nov 23 07:30:39 2026');
    expect(lines).toContain('*nat');
    expect(lines).toContain(':PREROUTING ACCEPT [0:0]');
    expect(lines).toContain('-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES');
    expect(lines).toContain('-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http -> 10.244.1.5:8080" -m statistic --mode random --probability 0.33333333349 -j KUBE-SEP-AFGSLHOD2HFNCBX4');
    expect(lines[lines.length - 1]).toBe('# Completed on Mon Nov 23 07:30:39 2026');
    const nat = lines.slice(lines.indexOf('*nat'));
    const userChains = nat.filter((l) => l.startsWith(':') && l.includes(' - ')).map((l) => l.slice(1).split(' ')[0]);
    expect(userChains).toEqual([...userChains].sort());
  });
});

describe('against an iptables-save dump from a real kubeadm node', () => {
  // The nat table of a fresh kubeadm cluster's node (pod network 10.244.0.0/16, API server at
  // 192.168.20.100:6443), as iptables-save printed it there: only the kubernetes Service exists.
  const real = `*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-KUBELET-CANARY - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-PROXY-CANARY - [0:0]
:KUBE-SEP-U7HH75UFG3U5VGYY - [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-SVC-NPX46M4PTMTKRN6Y - [0:0]
-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-SEP-U7HH75UFG3U5VGYY -s 192.168.20.100/32 -m comment --comment "default/kubernetes:https" -j KUBE-MARK-MASQ
-A KUBE-SEP-U7HH75UFG3U5VGYY -p tcp -m comment --comment "default/kubernetes:https" -m tcp -j DNAT --to-destination 192.168.20.100:6443
-A KUBE-SERVICES -d 10.96.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j KUBE-SVC-NPX46M4PTMTKRN6Y
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
-A KUBE-SVC-NPX46M4PTMTKRN6Y ! -s 10.244.0.0/16 -d 10.96.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j KUBE-MARK-MASQ
-A KUBE-SVC-NPX46M4PTMTKRN6Y -m comment --comment "default/kubernetes:https -> 192.168.20.100:6443" -j KUBE-SEP-U7HH75UFG3U5VGYY
COMMIT
`;

  it('prints the same nat table, byte for byte', () => {
    const kubernetes = service('kubernetes', { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, targetPort: 6443, protocol: 'TCP' }] });
    const endpoints = slice('kubernetes', ['192.168.20.100'], { name: 'https', port: 6443 });
    const text = renderIptablesSave(nodeIptables(syncProxyRules(buildServicePorts([kubernetes], [endpoints]), { clusterCIDR: '10.244.0.0/16' })), 0, 'nat');
    expect(text.split('\n').filter((l) => !l.startsWith('#')).join('\n')).toBe(real);
  });
});
