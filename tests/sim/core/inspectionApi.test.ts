// The read-only views the player's panels use: etcd's keyspace and each node's kube-proxy nat rules.
import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

const CERTS = '--cacert /etc/kubernetes/pki/etcd/ca.crt --cert /etc/kubernetes/pki/etcd/server.crt --key /etc/kubernetes/pki/etcd/server.key';

describe('cluster.etcdKeys()', () => {
  test('lists what etcdctl lists, sorted, including keys written by etcdctl and objects created through the API server', () => {
    const c = createCluster({ seed: 3 });
    c.exec('kubectl run web --image=nginx');
    expect(c.exec(`etcdctl put /notes/hello world ${CERTS}`).exitCode).toBe(0);
    const keys = c.etcdKeys();
    expect(keys).toContain('/registry/pods/default/web');
    expect(keys).toContain('/notes/hello');
    expect([...keys].sort()).toEqual(keys);
    const listed = c.exec(`etcdctl get / --prefix --keys-only ${CERTS}`).stdout.split('\n').filter(Boolean);
    expect(keys.filter((k) => k.startsWith('/'))).toEqual([...listed].sort());
  });

  test('a deleted object leaves the keyspace', () => {
    const c = createCluster({ seed: 3 });
    c.exec('kubectl run web --image=nginx');
    c.exec('kubectl delete pod web --grace-period=0 --force');
    c.settle();
    expect(c.etcdKeys()).not.toContain('/registry/pods/default/web');
  });
});

describe('cluster.proxyRules(node)', () => {
  test("a Service's cluster IP appears in every node's nat rules once kube-proxy synced", () => {
    const c = createCluster({ seed: 3 });
    c.exec('kubectl create deployment web --image=nginx --replicas=2');
    c.exec('kubectl expose deployment web --port=80');
    c.settle();
    const ip = c.exec("kubectl get service web -o jsonpath='{.spec.clusterIP}'").stdout.trim();
    // kubeadm's default service CIDR is 10.96.0.0/12.
    expect(ip).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\./);
    for (const node of ['controlplane', 'node01', 'node02']) {
      const rules = c.proxyRules(node);
      expect(rules).toBeDefined();
      expect(rules).toContain('*nat');
      expect(rules).toContain(`-d ${ip}/32`);
      expect(rules).toContain('KUBE-SERVICES');
    }
  });

  test('a node without kube-proxy has no rules', () => {
    const c = createCluster({ seed: 3 });
    expect(c.proxyRules('no-such-node')).toBeUndefined();
  });
});
