import { describe, expect, it } from 'vitest';
import { LocalEtcdCluster } from '../../../src/sim/etcd/localCluster.ts';
import { createRng } from '../../../src/sim/kernel/rng.ts';

function single() {
  const rng = createRng(1);
  return new LocalEtcdCluster({
    members: [{ name: 'controlplane', peerURLs: ['http://127.0.0.1:23801'], clientURLs: ['http://127.0.0.1:23791'] }],
    random: () => rng.next(),
  });
}

function three(seed = 7) {
  const rng = createRng(seed);
  return new LocalEtcdCluster({
    members: [1, 2, 3].map((i) => ({ name: `etcd-${i}`, peerURLs: [`http://127.0.0.1:2480${i}`], clientURLs: [`http://127.0.0.1:2479${i}`] })),
    random: () => rng.next(),
  });
}

describe('single member', () => {
  it('elects itself in term 2 and reaches raft index 4 after bootstrap, like a fresh etcd 3.4', () => {
    const c = single();
    const leader = c.waitForLeader();
    expect(leader?.info.name).toBe('controlplane');
    expect(leader?.id).toBe('bdae9bbc11dd390d');
    const st = leader!.status();
    expect(st.raftTerm).toBe(2);
    expect(st.raftIndex).toBe(4);
    expect(leader!.store.revision()).toBe(1);
  });

  it('puts and reads linearizably', () => {
    const c = single();
    c.waitForLeader();
    const put = c.call('controlplane', { type: 'put', key: 'key1', value: 'value1' });
    expect(put.kind).toBe('response');
    const get = c.call('controlplane', { type: 'range', key: 'key1' });
    if (get.kind !== 'response' || !get.response.ok || get.response.result.type !== 'range') throw new Error('bad');
    expect(get.response.result.kvs[0]).toMatchObject({ key: 'key1', value: 'value1', createRevision: 2, modRevision: 2, version: 1 });
    expect(get.response.header.revision).toBe(2);
  });
});

describe('three members', () => {
  it('elects one leader, replicates, and reaches index 8 after bootstrap', () => {
    const c = three();
    const leader = c.waitForLeader()!;
    expect(leader).toBeDefined();
    c.advance(500);
    for (const m of c.members) expect(m.status().raftIndex).toBe(8);
    const follower = c.members.find((m) => m !== leader)!;
    const put = c.call(follower.info.name, { type: 'put', key: 'a', value: '1' });
    expect(put.kind).toBe('response');
    c.advance(300);
    for (const m of c.members) expect(m.store.range({ key: 'a' }).kvs[0]?.value).toBe('1');
  });

  it('has no leader and times out writes when two of three members are down, and recovers', () => {
    const c = three();
    const leader = c.waitForLeader()!;
    const others = c.members.filter((m) => m !== leader);
    c.stop(others[0].info.name);
    c.stop(others[1].info.name);
    c.advance(3000);
    expect(c.leader()).toBeUndefined();
    expect(leader.status().errors).toEqual(['etcdserver: no leader']);
    expect(c.call(leader.info.name, { type: 'put', key: 'x', value: '1' }).kind).toBe('timeout');
    const ser = c.call(leader.info.name, { type: 'range', key: 'x', serializable: true });
    expect(ser.kind).toBe('response');
    c.start(others[0].info.name);
    const newLeader = c.waitForLeader();
    expect(newLeader).toBeDefined();
    expect(newLeader!.raft().term).toBeGreaterThan(2);
    expect(c.call(newLeader!.info.name, { type: 'put', key: 'y', value: '2' }).kind).toBe('response');
  });
});
