import { it } from 'vitest';
import { LocalEtcdCluster } from '../../../src/sim/etcd/localCluster.ts';
import { createRng } from '../../../src/sim/kernel/rng.ts';
it('debug', () => {
  const rng = createRng(7556);
  const n = 5;
  const c = new LocalEtcdCluster({ members: Array.from({ length: n }, (_, i) => ({ name: `etcd-${i + 1}`, peerURLs: [`http://10.0.0.${i + 1}:2380`], clientURLs: [`http://10.0.0.${i + 1}:2379`] })), random: () => rng.next() });
  c.waitForLeader();
  const dump = (t: string) => console.log(t, c.now(), c.members.map((m) => `${m.info.name}:${m.raft().state[0]}${m.raft().term}${m.raft().lead ? 'L' + c.member(m.raft().lead!)!.info.name.slice(-1) : ''} idx${m.raft().lastIndex()} c${m.raft().commit} rev${m.store.revision()}`).join(' | '));
  dump('start');
  c.partition('etcd-5', 'etcd-2');
  c.advance(562); dump('a');
  c.advance(626); dump('b');
  c.heal();
  const l = c.waitForLeader(20000); dump('leader ' + l?.info.name);
  const r = c.call(l!.info.name, { type: 'put', key: 'z', value: 'final' });
  console.log(r.kind);
  dump('after put');
  for (let i = 0; i < 10; i++) { c.advance(200); dump('t'); }
});
