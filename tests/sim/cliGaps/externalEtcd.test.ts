import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { Pod } from '../../../src/sim/api/types.ts';

const CERTS = '--cacert /etc/kubernetes/pki/etcd/ca.crt --cert /etc/kubernetes/pki/etcd/server.crt --key /etc/kubernetes/pki/etcd/server.key';

// kubeadm with an external etcd cluster runs no etcd static pod: kube-apiserver is pointed at the
// members. (Before, the engine kept a stacked-etcd pod whose 127.0.0.1:2379 reached no member.)
describe('external etcd (3 members on their own hosts)', () => {
  test('no etcd static pod; kube-apiserver lists the members in --etcd-servers', () => {
    const c = createCluster({ seed: 1, etcdMembers: 3 });
    expect(c.listObjects('pods', 'kube-system').map((p) => p.metadata.name).filter((n) => n!.startsWith('etcd'))).toEqual([]);
    const command = (c.getObject('pods', 'kube-system', 'kube-apiserver-controlplane') as Pod).spec.containers[0].command!;
    expect(command).toContain('--etcd-servers=https://192.168.1.21:2379,https://192.168.1.22:2379,https://192.168.1.23:2379');
    expect(c.exec(`kubectl exec etcd-controlplane -n kube-system -- etcdctl ${CERTS} get / --prefix --keys-only`))
      .toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "etcd-controlplane" not found\n', exitCode: 1 });
  });

  test('the stacked single member keeps its static pod, reachable on 127.0.0.1 inside it', () => {
    const c = createCluster({ seed: 1 });
    const command = (c.getObject('pods', 'kube-system', 'kube-apiserver-controlplane') as Pod).spec.containers[0].command!;
    expect(command).toContain('--etcd-servers=https://127.0.0.1:2379');
    const r = c.exec(`kubectl exec etcd-controlplane -n kube-system -- etcdctl ${CERTS} endpoint health`);
    expect(r.exitCode).toBe(0);
    // etcdctl 3.4 writes the health line to stderr.
    expect(r.stderr).toMatch(/^127\.0\.0\.1:2379 is healthy: successfully committed proposal: took = /);
  });
});
