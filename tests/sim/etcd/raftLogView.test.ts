// The Raft log tail each member shows in the snapshot (the player's etcd panel draws it).
import { describe, expect, test } from 'vitest';
import { RAFT_LOG_TAIL } from '../../../src/sim/cluster/cluster.ts';
import { createCluster } from '../../../src/sim/index.ts';

describe('snapshot().etcd.members[].log', () => {
  test('a pod creation is a txn on its registry key, committed on every member of a 3-member cluster', () => {
    const c = createCluster({ seed: 2, etcdMembers: 3 });
    c.exec('kubectl run web --image=nginx');
    c.settle();
    const members = c.snapshot().etcd.members;
    expect(members).toHaveLength(3);
    const leader = members.find((m) => m.role === 'leader')!;
    const entry = leader.log.find((e) => e.op === 'txn' && e.key === '/registry/pods/default/web');
    expect(entry, JSON.stringify(leader.log)).toBeDefined();
    for (const m of members) {
      expect(m.lastIndex).toBe(leader.lastIndex);
      expect(m.log.map((e) => [e.index, e.term])).toEqual(leader.log.map((e) => [e.index, e.term]));
      expect(m.commitIndex).toBeGreaterThanOrEqual(entry!.index);
      expect(m.log.length).toBeLessThanOrEqual(RAFT_LOG_TAIL);
      // Oldest first, consecutive indexes ending at lastIndex.
      expect(m.log.map((e) => e.index)).toEqual(m.log.map((_, i) => m.lastIndex - m.log.length + 1 + i));
    }
  });

  test('a stopped member falls behind the others while they keep committing', () => {
    const c = createCluster({ seed: 2, etcdMembers: 3 });
    c.settle();
    const follower = c.snapshot().etcd.members.find((m) => m.role === 'follower')!;
    c.stopEtcdMember(follower.name);
    c.exec('kubectl run web --image=nginx');
    c.settle();
    const members = c.snapshot().etcd.members;
    const stopped = members.find((m) => m.name === follower.name)!;
    const leader = members.find((m) => m.role === 'leader')!;
    expect(stopped.up).toBe(false);
    expect(stopped.lastIndex).toBeLessThan(leader.lastIndex);
    expect(stopped.log.some((e) => e.key === '/registry/pods/default/web')).toBe(false);
  });

  test('a new leader starts its term with an empty entry', () => {
    const c = createCluster({ seed: 2, etcdMembers: 3 });
    c.settle();
    const first = c.snapshot().etcd.members.find((m) => m.role === 'leader')!;
    c.stopEtcdMember(first.name);
    // Step until another member has won an election, then look before later writes push the entry out of the tail.
    const newLeader = () => c.snapshot().etcd.members.find((m) => m.role === 'leader' && m.name !== first.name);
    for (let i = 0; i < 20_000 && !newLeader(); i++) c.step();
    const leader = newLeader()!;
    expect(leader).toBeDefined();
    expect(leader.log.some((e) => e.op === 'empty' && e.term === leader.term)).toBe(true);
  });
});
