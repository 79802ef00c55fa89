// "Next meaningful event" on the engine: stepping stops at the events a note is about (its scenario's
// stopAt), the background events on the way are counted, and a live run (commands stamped with the
// step they were entered at while the clock advanced) replays exactly.
import { describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '../../src/sim/index.ts';
import { scenarios } from '../../src/sim/scenarios/index.ts';
import type { Scenario } from '../../src/sim/scenarios/types.ts';
import { Session } from '../../components/sim/model/session.ts';
import { isBackground, meaningful, summarisePassed } from '../../components/sim/model/background.ts';
import { narrate } from '../../src/i18n/narration/index.ts';

function sessionFor(s: Scenario): Session<Cluster> {
  return new Session({ create: () => createCluster({ seed: s.seed, ...s.cluster }), setup: s.setup, start: s.start, files: s.files });
}

describe('next meaningful event', () => {
  it('etcd note: after stopping the leader, one step lands on the election’s first Raft vote; the new leader has a higher term', () => {
    const scenario = scenarios['etcd'];
    const s = sessionFor(scenario);
    s.jump(50);
    const before = s.cluster.snapshot().etcd.members;
    const leader = before.find((m) => m.role === 'leader')!;
    s.act({ fault: 'stopEtcdMember', target: leader.name });
    const from = s.position;
    const entry = s.forwardTo(meaningful(scenario.stopAt))!;
    expect(narrate(entry.narration, 'en')).toMatch(/MsgVote|MsgPreVote/);
    // Without the scenario's stopAt the same step went past the whole election (every Raft message is background).
    expect(isBackground(entry)).toBe(true);
    const passed = [];
    for (let p = from + 1; p < s.position; p++) passed.push(s.entryAt(p)!);
    expect(summarisePassed(passed).map((k) => k.kind)).toContain('raft-tick');
    for (let i = 0; i < 10; i++) s.forwardTo(meaningful(scenario.stopAt));
    const after = s.cluster.snapshot().etcd.members;
    const newLeader = after.find((m) => m.role === 'leader')!;
    expect(newLeader.name).not.toBe(leader.name);
    expect(newLeader.term).toBeGreaterThan(leader.term);
  });

  it('etcd writes name their key in the narration', () => {
    const s = sessionFor(scenarios['pods']);
    s.jump(200);
    const commits = s.cluster.log.filter((e) => e.kind === 'storage-reply' && /commits/.test(narrate(e.narration, 'en')));
    expect(commits.length).toBeGreaterThan(0);
    for (const c of commits) expect(narrate(c.narration, 'en')).toMatch(/commits the write of \/registry\/\S+ \(revision \d+\)/);
  });

  it('scheduler note stops at filter/score and bind; controller-manager note at node status changes', () => {
    const sched = sessionFor(scenarios['kube-scheduler']);
    const isSched = meaningful(scenarios['kube-scheduler'].stopAt);
    const kinds = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const e = sched.forwardTo(isSched);
      kinds.add(e ? narrate(e.narration, 'en').replace(/ pod .*| nginx.*/, '') : '');
    }
    expect([...kinds].some((k) => /picks a node/.test(k))).toBe(true);
    const kcm = sessionFor(scenarios['kube-controller-manager']);
    kcm.jump(30);
    kcm.act({ fault: 'stopKubelet', target: 'node01' });
    const isKcm = meaningful(scenarios['kube-controller-manager'].stopAt);
    const first = kcm.forwardTo(isKcm, 200_000)!;
    expect(narrate(first.narration, 'en')).toMatch(/node lifecycle controller|NotReady/);
  });
});

describe('live runs replay exactly', () => {
  it('commands entered while the clock advanced are stamped with their step, and a restore gives the same transcript', () => {
    const scenario = scenarios['pods'];
    const s = sessionFor(scenario);
    s.runUntilDone(s.act({ cmd: 'kubectl run web --image=nginx' })!);
    s.advanceTo(s.cluster.now() + 3_500);
    const get = s.act({ cmd: 'kubectl get pod web' })!;
    const out = s.runUntilDone(get)!;
    expect(out.stdout).toMatch(/web\s+1\/1\s+Running/);
    const restored = sessionFor(scenario);
    restored.restore(JSON.parse(JSON.stringify(s.inputs)), s.position);
    const texts = (x: Session<Cluster>) => x.transcript.map((e) => JSON.stringify(x.resultOf(e)));
    expect(texts(restored)).toEqual(texts(s));
  });
});
