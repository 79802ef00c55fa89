import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RaftNode } from '../../../src/sim/etcd/raft/raftNode.ts';
import type { Entry, Message, RaftStorage } from '../../../src/sim/etcd/raft/types.ts';
import { createRng } from '../../../src/sim/kernel/rng.ts';

type Data = string;

/** A network of RaftNodes under the test's full control: messages wait in a pool until delivered or dropped. */
class Net {
  readonly ids: string[];
  nodes = new Map<string, RaftNode<Data>>();
  storages = new Map<string, RaftStorage<Data>>();
  up = new Map<string, boolean>();
  pool: Message<Data>[] = [];
  /** Applied entries per node, in order (what each state machine saw). */
  applied = new Map<string, Entry<Data>[]>();
  /** term -> leader, for the election-safety invariant. */
  leaders = new Map<number, string>();
  private readonly rng: ReturnType<typeof createRng>;

  constructor(n: number, seed: number) {
    this.rng = createRng(seed);
    this.ids = Array.from({ length: n }, (_, i) => (i + 1).toString(16).padStart(16, '0'));
    for (const id of this.ids) {
      this.storages.set(id, { hardState: { term: 0, vote: null, commit: 0 }, entries: [], applied: 0 });
      this.applied.set(id, []);
      this.boot(id);
    }
  }

  private boot(id: string): void {
    this.nodes.set(id, new RaftNode<Data>({ id, peers: this.ids, random: () => this.rng.next(), storage: this.storages.get(id)! }));
    this.up.set(id, true);
  }

  private collect(id: string): void {
    const node = this.nodes.get(id)!;
    const rd = node.ready();
    if (!this.up.get(id)) return;
    this.pool.push(...rd.messages);
    this.applied.get(id)!.push(...rd.committedEntries);
    if (node.state === 'leader') {
      const prev = this.leaders.get(node.term);
      if (prev !== undefined && prev !== id) throw new Error(`two leaders in term ${node.term}: ${prev} and ${id}`);
      this.leaders.set(node.term, id);
    }
  }

  tick(id: string): void {
    if (!this.up.get(id)) return;
    this.nodes.get(id)!.tick();
    this.collect(id);
  }

  propose(id: string, data: string): void {
    if (!this.up.get(id)) return;
    this.nodes.get(id)!.propose(data);
    this.collect(id);
  }

  deliver(i: number): void {
    if (this.pool.length === 0) return;
    const [m] = this.pool.splice(i % this.pool.length, 1);
    if (!this.up.get(m.to)) return;
    this.nodes.get(m.to)!.step(m);
    this.collect(m.to);
  }

  drop(i: number): void {
    if (this.pool.length > 0) this.pool.splice(i % this.pool.length, 1);
  }

  crash(id: string): void {
    this.up.set(id, false);
  }

  restart(id: string): void {
    if (this.up.get(id)) return;
    this.boot(id);
  }

  /** Runs a fair, lossless schedule: every node ticks, every message is delivered. */
  settle(rounds: number): void {
    for (let r = 0; r < rounds; r++) {
      for (const id of this.ids) this.tick(id);
      for (let k = 0; k < 200 && this.pool.length > 0; k++) this.deliver(0);
    }
  }

  leader(): string | undefined {
    return this.ids.find((id) => this.up.get(id) && this.nodes.get(id)!.state === 'leader');
  }
}

const normalEntries = (es: Entry<Data>[]) => es.map((e) => `${e.term}/${e.index}/${e.data ?? ''}`);

function assertStateMachineSafety(net: Net): void {
  const logs = net.ids.map((id) => normalEntries(net.applied.get(id)!));
  for (const a of logs) {
    for (const b of logs) {
      const n = Math.min(a.length, b.length);
      expect(a.slice(0, n)).toEqual(b.slice(0, n));
    }
  }
  // Applied indexes are contiguous from 1: nothing committed is skipped or reordered.
  for (const id of net.ids) net.applied.get(id)!.forEach((e, i) => expect(e.index).toBe(i + 1));
}

describe('RaftNode', () => {
  it('elects a leader with election timeouts drawn from [10, 20) ticks', () => {
    const net = new Net(3, 1);
    for (const id of net.ids) {
      const t = net.nodes.get(id)!.electionTimeoutTicks();
      expect(t).toBeGreaterThanOrEqual(10);
      expect(t).toBeLessThan(20);
    }
    net.settle(25);
    expect(net.leader()).toBeDefined();
  });

  it('replicates and commits by quorum; commits nothing without one', () => {
    const net = new Net(3, 2);
    net.settle(25);
    const leader = net.leader()!;
    net.propose(leader, 'x');
    net.settle(3);
    for (const id of net.ids) expect(normalEntries(net.applied.get(id)!).some((e) => e.endsWith('/x'))).toBe(true);
    const followers = net.ids.filter((id) => id !== leader);
    followers.forEach((f) => net.crash(f));
    const before = net.nodes.get(leader)!.commit;
    net.propose(leader, 'y');
    net.settle(30);
    expect(net.nodes.get(leader)!.commit).toBe(before);
    // CheckQuorum: the isolated leader steps down.
    expect(net.nodes.get(leader)!.state).not.toBe('leader');
  });

  it('elects a new leader in a higher term after the leader dies, and a restarted member catches up', () => {
    const net = new Net(5, 3);
    net.settle(25);
    const old = net.leader()!;
    const oldTerm = net.nodes.get(old)!.term;
    net.propose(old, 'a');
    net.settle(2);
    net.crash(old);
    net.settle(40);
    const next = net.leader()!;
    expect(next).toBeDefined();
    expect(next).not.toBe(old);
    expect(net.nodes.get(next)!.term).toBeGreaterThan(oldTerm);
    net.propose(next, 'b');
    net.settle(2);
    net.restart(old);
    net.settle(30);
    expect(normalEntries(net.applied.get(old)!).filter((e) => /\/[ab]$/.test(e))).toHaveLength(2);
    assertStateMachineSafety(net);
  });

  // 200 runs of up to 1,500 steps take 1-3 s alone, but several times longer when the whole suite
  // shares a busy machine: Vitest's 5 s default once failed this (synchronous) test for time, not
  // for a safety violation (20,000 further runs found none). Give it room instead of fewer runs.
  it('never has two leaders in one term and never loses or reorders committed entries (random drops, delays, crashes)', { timeout: 120_000 }, () => {
    const action = fc.oneof(
      { weight: 3, arbitrary: fc.record({ a: fc.constant('tick' as const), node: fc.nat(4) }) },
      { weight: 3, arbitrary: fc.record({ a: fc.constant('tickAll' as const) }) },
      { weight: 10, arbitrary: fc.record({ a: fc.constant('deliver' as const), i: fc.nat(50) }) },
      { weight: 2, arbitrary: fc.record({ a: fc.constant('drop' as const), i: fc.nat(50) }) },
      { weight: 3, arbitrary: fc.record({ a: fc.constant('propose' as const), node: fc.nat(4) }) },
      { weight: 1, arbitrary: fc.record({ a: fc.constant('crash' as const), node: fc.nat(4) }) },
      { weight: 2, arbitrary: fc.record({ a: fc.constant('restart' as const), node: fc.nat(4) }) },
    );
    fc.assert(
      fc.property(fc.constantFrom(3, 5), fc.integer({ min: 1, max: 1_000_000 }), fc.array(action, { minLength: 200, maxLength: 1500 }), (size, seed, actions) => {
        const net = new Net(size, seed);
        let counter = 0;
        for (const act of actions) {
          const id = 'node' in act ? net.ids[act.node % size] : '';
          switch (act.a) {
            case 'tick':
              net.tick(id);
              break;
            case 'tickAll':
              net.ids.forEach((n) => net.tick(n));
              break;
            case 'deliver':
              net.deliver(act.i);
              break;
            case 'drop':
              net.drop(act.i);
              break;
            case 'propose':
              // Mostly at the leader, where a proposal is appended at once.
              net.propose(act.node % 2 === 0 ? (net.leader() ?? id) : id, `v${counter++}`);
              break;
            case 'crash':
              net.crash(id);
              break;
            case 'restart':
              net.restart(id);
              break;
          }
        }
        assertStateMachineSafety(net);
        // Liveness once the chaos stops: everyone restarts and the network becomes reliable. Messages
        // still in flight are dropped: behind a backlog of thousands, new votes would arrive too late.
        net.pool = [];
        net.ids.forEach((id) => net.restart(id));
        // First let a leader that lost its quorum during the chaos step down (CheckQuorum). Without
        // pre-vote (etcd 3.4's default) a member with a stale log can win the race to time out, be
        // refused and restart everyone's timers; a leader still emerges, after some rounds.
        net.settle(25);
        for (let r = 0; r < 2000 && !net.leader(); r++) net.settle(1);
        const leader = net.leader();
        expect(leader).toBeDefined();
        net.propose(leader!, 'final');
        net.settle(5);
        for (const id of net.ids) expect(normalEntries(net.applied.get(id)!).at(-1)).toMatch(/\/final$/);
        assertStateMachineSafety(net);
      }),
      { numRuns: 200 },
    );
  });
});
