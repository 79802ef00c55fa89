import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

const CERTS = '--cacert /etc/kubernetes/pki/etcd/ca.crt --cert /etc/kubernetes/pki/etcd/server.crt --key /etc/kubernetes/pki/etcd/server.key';

describe('etcd hosted in the cluster', () => {
  test('etcdctl inside the etcd static pod sees the API server keyspace', () => {
    const c = createCluster({ seed: 1 });
    c.exec('kubectl run nginx --image=nginx');
    const r = c.exec(`kubectl exec etcd-controlplane -n kube-system -- etcdctl get / --prefix --keys-only ${CERTS}`);
    expect(r.exitCode).toBe(0);
    const keys = r.stdout.split('\n').filter(Boolean);
    for (const k of ['/registry/pods/default/nginx', '/registry/minions/node01', '/registry/namespaces/kube-system', '/registry/leases/kube-node-lease/controlplane', '/registry/services/specs/default/kubernetes']) {
      expect(keys).toContain(k);
    }
    const value = c.exec(`ETCDCTL_API=3 etcdctl get /registry/pods/default/nginx --print-value-only ${CERTS}`).stdout;
    expect(JSON.parse(value).metadata.name).toBe('nginx');
  });

  test('the API server compacts etcd history every 5 minutes', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec(`etcdctl get /registry/namespaces/default --rev=2 --keys-only ${CERTS}`).stdout).toBe('/registry/namespaces/default\n\n');
    c.advance(11 * 60_000);
    const r = c.exec(`etcdctl get /registry/namespaces/default --rev=2 ${CERTS}`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('required revision has been compacted');
    expect(c.log.some((e) => e.kind === 'compaction')).toBe(true);
  });

  test('inside the etcd pod, without client certificates, the TLS endpoint refuses etcdctl', () => {
    const c = createCluster({ seed: 1 });
    const r = c.exec('kubectl exec -n kube-system etcd-controlplane -- etcdctl get / --prefix --keys-only');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Error: context deadline exceeded');
  });

  test('on the control plane the exported certificates let etcdctl work (etcdctl put key1 value1)', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec('etcdctl put key1 value1')).toEqual({ stdout: 'OK\n', stderr: '', exitCode: 0 });
    expect(c.exec('etcdctl get key1').stdout).toBe('key1\nvalue1\n');
    expect(c.exec('ETCDCTL_API=2 etcdctl set key1 value1').exitCode).not.toBe(0);
  });

  test('with 3 members: a new leader with a higher term after the leader stops; the API keeps working', () => {
    const c = createCluster({ seed: 3, etcdMembers: 3 });
    const before = c.snapshot().etcd.members;
    expect(before.map((m) => m.name)).toEqual(['etcd-1', 'etcd-2', 'etcd-3']);
    const leader = before.find((m) => m.role === 'leader')!;
    expect(before.filter((m) => m.role === 'leader')).toHaveLength(1);
    expect(c.exec('kubectl run a --image=nginx').exitCode).toBe(0);
    c.stopEtcdMember(leader.name);
    c.advance(5_000);
    const after = c.snapshot().etcd.members;
    const newLeader = after.find((m) => m.role === 'leader')!;
    expect(newLeader.name).not.toBe(leader.name);
    expect(newLeader.term).toBeGreaterThan(leader.term);
    expect(after.find((m) => m.name === leader.name)!.role).toBe('stopped');
    expect(c.exec('kubectl run b --image=nginx').stdout).toBe('pod/b created\n');
    expect(c.componentMachine(`${newLeader.name}`)!.state).toBe('leader');
  });

  test('with an external 3-member etcd the control-plane shell reaches all members', () => {
    const c = createCluster({ seed: 5, etcdMembers: 3 });
    expect(c.exec('etcdctl put key1 value1').stdout).toBe('OK\n');
    const list = c.exec('etcdctl member list').stdout.trim().split('\n');
    expect(list).toHaveLength(3);
    expect(list.map((l) => l.split(', ')[2])).toEqual(['etcd-1', 'etcd-2', 'etcd-3']);
  });

  test('without quorum writes time out with the etcd error text; a write already in the leader\'s log commits once quorum returns, and the cache sees it', () => {
    const c = createCluster({ seed: 4, etcdMembers: 3 });
    c.stopEtcdMember('etcd-1');
    c.stopEtcdMember('etcd-2');
    const r = c.exec('kubectl run x --image=nginx');
    expect(r).toEqual({ stdout: '', stderr: 'Error from server: etcdserver: request timed out\n', exitCode: 1 });
    c.startEtcdMember('etcd-1');
    c.advance(5_000);
    // A timeout does not mean the write failed (as with a real etcd): the proposal was in the log
    // of the member that stayed up, and commits after the election. The API server's watch cache
    // follows etcd, so it has the pod too (issue 18: it used to miss such late commits).
    const stored = c.exec('kubectl get pod x -o name');
    expect(stored.stdout).toBe('pod/x\n');
    expect(c.getObject('pods', 'default', 'x')?.metadata.name).toBe('x');
    expect(c.exec('kubectl run y --image=nginx').stdout).toBe('pod/y created\n');
  });
});
