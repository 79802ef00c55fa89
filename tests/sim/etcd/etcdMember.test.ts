import { describe, expect, it } from 'vitest';
import { LocalEtcdCluster } from '../../../src/sim/etcd/localCluster.ts';
import { kubeadmMemberSpecs } from '../../../src/sim/etcd/server/membership.ts';
import type { ClientResponse, ClientResult } from '../../../src/sim/etcd/server/requests.ts';
import { createRng } from '../../../src/sim/kernel/rng.ts';

function cluster(n: number, seed = 5) {
  const rng = createRng(seed);
  return new LocalEtcdCluster({
    members: Array.from({ length: n }, (_, i) => ({ name: `etcd-${i + 1}`, peerURLs: [`https://10.0.0.${i + 10}:2380`], clientURLs: [`https://10.0.0.${i + 10}:2379`] })),
    random: () => rng.next(),
  });
}

function ok(outcome: ReturnType<LocalEtcdCluster['call']>): ClientResult {
  if (outcome.kind !== 'response') throw new Error(`expected a response, got ${outcome.kind}`);
  const r: ClientResponse = outcome.response;
  if (!r.ok) throw new Error(r.error);
  return r.result;
}

describe('EtcdMember', () => {
  it('uses etcd-derived member IDs and kubeadm-style URLs for a single "controlplane" member', () => {
    const rng = createRng(1);
    const c = new LocalEtcdCluster({ members: kubeadmMemberSpecs([{ name: 'controlplane', ip: '192.168.0.10' }]), random: () => rng.next() });
    const leader = c.waitForLeader()!;
    expect(leader.info).toMatchObject({ name: 'controlplane', peerURLs: ['https://192.168.0.10:2380'], clientURLs: ['https://192.168.0.10:2379'] });
    expect(leader.id).toMatch(/^[0-9a-f]{16}$/);
    expect(ok(c.call('controlplane', { type: 'memberList' }))).toMatchObject({ members: [{ id: leader.id, name: 'controlplane' }] });
  });

  it('serves linearizable reads on followers after the write is applied there', () => {
    const c = cluster(3);
    const leader = c.waitForLeader()!;
    const follower = c.members.find((m) => m !== leader)!;
    ok(c.call(leader.info.name, { type: 'put', key: 'k', value: 'v' }));
    // Straight after the leader answered, a linearizable read on the follower must still see it.
    const r = ok(c.call(follower.info.name, { type: 'range', key: 'k' }));
    expect(r).toMatchObject({ type: 'range', count: 1 });
  });

  it('answers serializable reads, member list and status without a leader, and errors from the store', () => {
    const c = cluster(3);
    c.waitForLeader();
    ok(c.call('etcd-1', { type: 'put', key: 'k', value: 'v' }));
    c.stop('etcd-2');
    c.stop('etcd-3');
    c.advance(3000);
    expect(ok(c.call('etcd-1', { type: 'range', key: 'k', serializable: true }))).toMatchObject({ count: 1 });
    expect(ok(c.call('etcd-1', { type: 'status' }))).toMatchObject({ leader: '0', errors: ['etcdserver: no leader'] });
    expect(c.call('etcd-1', { type: 'range', key: 'k' }).kind).toBe('timeout');
    c.start('etcd-2');
    c.waitForLeader();
    const bad = c.call('etcd-1', { type: 'range', key: 'k', revision: 999 });
    expect(bad.kind === 'response' && !bad.response.ok && bad.response.error).toBe('etcdserver: mvcc: required revision is a future revision');
  });

  it('gives up on a write that cannot commit after 7 s, as etcd does (5 s + 2 election timeouts)', () => {
    const c = cluster(3);
    c.waitForLeader();
    c.stop('etcd-2');
    c.stop('etcd-3');
    c.advance(3000);
    const start = c.now();
    const r = c.call('etcd-1', { type: 'put', key: 'k', value: 'v' }, 20_000);
    expect(r.kind === 'response' && !r.response.ok && r.response.error).toBe('etcdserver: request timed out');
    expect(c.now() - start).toBeGreaterThanOrEqual(7000);
    expect(c.now() - start).toBeLessThan(7300);
  });

  it('a write rejected by the store changes nothing (lease not found)', () => {
    const c = cluster(1);
    c.waitForLeader();
    const before = c.members[0].store.revision();
    const r = c.call('etcd-1', { type: 'put', key: 'k', value: 'v', lease: 0x1234n });
    expect(r.kind === 'response' && !r.response.ok && r.response.error).toBe('etcdserver: requested lease not found');
    expect(c.members[0].store.revision()).toBe(before);
  });

  it('grants leases with the minimum TTL, keeps them alive, and revokes expired ones with their keys', () => {
    const c = cluster(3);
    const leader = c.waitForLeader()!;
    const grant = ok(c.call(leader.info.name, { type: 'leaseGrant', ttl: 1 }));
    if (grant.type !== 'leaseGrant') throw new Error('bad');
    expect(grant.ttl).toBe(2); // 1.5 x 1000 ms election timeout, rounded up to whole seconds
    ok(c.call(leader.info.name, { type: 'put', key: 'lock', value: 'me', lease: grant.id }));
    c.advance(1500);
    ok(c.call(leader.info.name, { type: 'leaseKeepAlive', id: grant.id }));
    c.advance(1500);
    expect(ok(c.call(leader.info.name, { type: 'range', key: 'lock' }))).toMatchObject({ count: 1 });
    c.advance(3000);
    expect(ok(c.call(leader.info.name, { type: 'range', key: 'lock' }))).toMatchObject({ count: 0 });
    for (const m of c.members) expect(m.lessor.has(grant.id)).toBe(false);
  });

  it('streams watch events with prev_kv, and cancels watches when the leader is lost', () => {
    const c = cluster(3);
    c.waitForLeader();
    c.at(c.now() + 300, () => void c.call('etcd-1', { type: 'put', key: 'w/x', value: '1' }));
    const { stream } = c.watch('etcd-2', { type: 'watch', key: 'w/', rangeEnd: 'w0', prevKv: true }, 1000);
    expect(stream.flatMap((w) => w.events.map((e) => `${e.type} ${e.kv.key}=${e.kv.value}`))).toEqual(['PUT w/x=1']);
    c.stop('etcd-1');
    c.stop('etcd-3');
    const lost = c.watch('etcd-2', { type: 'watch', key: 'w/', rangeEnd: 'w0' }, 3000);
    expect(lost.stream.some((w) => w.canceled && w.cancelReason === 'etcdserver: no leader')).toBe(true);
  });

  it('is deterministic: the same seed gives the same leader, term and IDs', () => {
    const run = () => {
      const c = cluster(5, 42);
      const l = c.waitForLeader()!;
      ok(c.call(l.info.name, { type: 'put', key: 'a', value: '1' }));
      return c.members.map((m) => `${m.id}:${m.raft().state}:${m.raft().term}:${m.raft().commit}:${c.now()}`);
    };
    expect(run()).toEqual(run());
  });

  it('publishes again on restart and catches up on missed writes', () => {
    const c = cluster(3);
    const leader = c.waitForLeader()!;
    const other = c.members.find((m) => m !== leader)!;
    c.stop(other.info.name);
    for (let i = 0; i < 5; i++) ok(c.call(leader.info.name, { type: 'put', key: `k${i}`, value: String(i) }));
    const commitBefore = leader.raft().commit;
    c.start(other.info.name);
    c.advance(2000);
    expect(other.store.revision()).toBe(leader.store.revision());
    // The restarted member's publish entry (etcd publishes its attributes on every start).
    expect(leader.raft().commit).toBe(commitBefore + 1);
  });
});
