import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base32Std, endpointChain, serviceChain, servicePortName } from '../../../src/sim/node/kube-proxy/chainNames';

// Expected values come from k8s-facts 6.2 / 6.6, which were taken from kube-proxy's own tests
// (pkg/proxy/iptables/proxier_test.go), so they are an independent oracle for the hash.
describe('kube-proxy chain names', () => {
  it('matches the hashes kube-proxy computes', () => {
    expect(serviceChain(servicePortName('default', 'kubernetes', 'https'), 'TCP')).toBe('KUBE-SVC-NPX46M4PTMTKRN6Y');
    expect(serviceChain(servicePortName('kube-system', 'kube-dns', 'dns'), 'UDP')).toBe('KUBE-SVC-TCOU7JCQXEZGVUNU');
    expect(serviceChain('ns1/svc1:p80', 'TCP')).toBe('KUBE-SVC-XPGD46QRK7WJZT7O');
    expect(endpointChain('ns1/svc1:p80', 'TCP', '10.180.0.1:80')).toBe('KUBE-SEP-SXIVWICOYRO3J4NJ');
  });

  it('matches the worked example (k8s-facts 6.6)', () => {
    const name = servicePortName('default', 'web', 'http');
    expect(serviceChain(name, 'TCP')).toBe('KUBE-SVC-CDGGSHYLG3RE2FKL');
    expect(endpointChain(name, 'TCP', '10.244.1.5:8080')).toBe('KUBE-SEP-AFGSLHOD2HFNCBX4');
    expect(endpointChain(name, 'TCP', '10.244.2.7:8080')).toBe('KUBE-SEP-2RIJ5GIYXEFH6G4D');
    expect(endpointChain(name, 'TCP', '10.244.3.9:8080')).toBe('KUBE-SEP-RBX5X5TOEG5GD3RO');
  });

  it('uses the bare "<ns>/<svc>" for an unnamed port', () => {
    expect(servicePortName('default', 'web')).toBe('default/web');
  });

  it('base32 matches the RFC 4648 test vectors', () => {
    const enc = (s: string) => base32Std(new TextEncoder().encode(s));
    expect(enc('')).toBe('');
    expect(enc('f')).toBe('MY======');
    expect(enc('fo')).toBe('MZXQ====');
    expect(enc('foo')).toBe('MZXW6===');
    expect(enc('foob')).toBe('MZXW6YQ=');
    expect(enc('fooba')).toBe('MZXW6YTB');
    expect(enc('foobar')).toBe('MZXW6YTBOI======');
  });

  it('every chain name fits the 28-character iptables limit', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom('TCP', 'UDP', 'SCTP'), (n, p) => {
      expect(serviceChain(n, p).length).toBeLessThanOrEqual(28);
      expect(endpointChain(n, p, '1.2.3.4:5').length).toBeLessThanOrEqual(28);
    }));
  });
});
