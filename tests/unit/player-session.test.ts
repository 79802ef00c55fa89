import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Session, type Action } from '../../components/sim/model/session.ts';
import { FakeCluster } from './player-fake-cluster.ts';

const make = (seed = 7, extra: { setup?: string[]; start?: string[] } = {}) =>
  new Session({ create: () => new FakeCluster(seed), ...extra });

/** Applies a script of reader operations; returns the session. */
type Op = { t: 'fwd' } | { t: 'back' } | { t: 'jump'; to: number } | { t: 'act'; action: Action };

function run(session: Session<FakeCluster>, ops: Op[]): Session<FakeCluster> {
  for (const op of ops) {
    if (op.t === 'fwd') session.forward();
    else if (op.t === 'back') session.back();
    else if (op.t === 'jump') session.jump(op.to);
    else {
      const entry = session.act(op.action);
      if (entry) session.runUntilDone(entry);
    }
  }
  return session;
}

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ t: 'fwd' }),
  fc.constant<Op>({ t: 'fwd' }),
  fc.constant<Op>({ t: 'back' }),
  fc.integer({ min: 0, max: 30 }).map<Op>((to) => ({ t: 'jump', to })),
  fc.constantFrom('kubectl run a --image=nginx', 'kubectl get pods', 'etcdctl get key1').map<Op>((cmd) => ({ t: 'act', action: { cmd } })),
  fc.constantFrom<Action>(
    { fault: 'stopKubelet', target: 'node01' },
    { fault: 'startKubelet', target: 'node01' },
    { fault: 'deletePod', target: 'default/a' },
  ).map<Op>((action) => ({ t: 'act', action })),
);

describe('player session', () => {
  it('starts at position 0 with setup events before the base and start commands submitted', () => {
    const s = make(3, { setup: ['kubectl run web --image=nginx'], start: ['kubectl get pods'] });
    expect(s.position).toBe(0);
    expect(s.base).toBeGreaterThan(0);
    expect(s.transcript.map((e) => e.line)).toEqual(['kubectl get pods']);
    expect(s.transcript[0].scripted).toBe(true);
    expect(s.currentEntry()).toBeUndefined();
  });

  it('step back then forward gives exactly the state it had', () => {
    const s = make();
    s.act({ cmd: 'kubectl run a --image=nginx' });
    for (let i = 0; i < 6; i++) s.forward();
    const before = s.cluster.fingerprint();
    const pos = s.position;
    s.back();
    expect(s.position).toBe(pos - 1);
    expect(s.cluster.fingerprint()).not.toBe(before);
    s.forward();
    expect(s.position).toBe(pos);
    expect(s.cluster.fingerprint()).toBe(before);
  });

  it('keeps the recorded future after stepping back, and acting in the past forks it', () => {
    const s = make();
    s.act({ cmd: 'kubectl run a --image=nginx' });
    s.jump(8);
    s.act({ cmd: 'kubectl run b --image=nginx' });
    s.jump(14);
    expect(s.horizon).toBe(14);
    s.jump(5);
    expect(s.position).toBe(5);
    expect(s.horizon).toBe(14);
    expect(s.inputs.map((i) => i.at)).toEqual([0, 8]);
    s.act({ fault: 'stopKubelet', target: 'node01' });
    expect(s.forked).toBe(true);
    expect(s.horizon).toBe(5);
    expect(s.inputs).toEqual([
      { at: 0, cmd: 'kubectl run a --image=nginx' },
      { at: 5, fault: 'stopKubelet', target: 'node01' },
    ]);
  });

  it('runs a command until its result is there, recording the steps', () => {
    const s = make();
    const entry = s.act({ cmd: 'kubectl get pods', files: { 'x.yaml': 'a: 1' } });
    expect(entry).toBeDefined();
    const result = s.runUntilDone(entry!);
    expect(result?.exitCode).toBe(0);
    expect(result?.stdout).toContain('files=x.yaml');
    expect(s.position).toBeGreaterThan(0);
    expect(s.horizon).toBe(s.position);
  });

  it('maps every horizon log entry to the position that delivers it', () => {
    const s = make();
    s.act({ cmd: 'kubectl run a --image=nginx' });
    s.jump(10);
    for (let p = 1; p <= 10; p++) {
      const index = s.horizonMarks[p] - 1;
      expect(s.positionOfEntry(index)).toBe(p);
    }
  });

  it('property: any operation sequence is reproduced by restoring its inputs and position', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(opArb, { maxLength: 25 }), (seed, ops) => {
        const s = run(make(seed), ops);
        const restored = make(seed);
        restored.restore(s.inputs.map((i) => ({ ...i })), s.position);
        expect(restored.position).toBe(s.position);
        expect(restored.cluster.fingerprint()).toBe(s.cluster.fingerprint());
        expect(restored.transcript.map((e) => [e.line, restored.resultOf(e)])).toEqual(
          s.transcript.map((e) => [e.line, s.resultOf(e)]),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('property: back then forward is the identity wherever the run is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(opArb, { maxLength: 20 }), (seed, ops) => {
        const s = run(make(seed), ops);
        if (s.position === 0) return;
        const before = s.cluster.fingerprint();
        const inputs = JSON.stringify(s.inputs);
        s.back();
        s.forward();
        expect(s.cluster.fingerprint()).toBe(before);
        expect(JSON.stringify(s.inputs)).toBe(inputs);
      }),
      { numRuns: 150 },
    );
  });

  it('reset clears inputs and returns to the start', () => {
    const s = make();
    s.act({ cmd: 'kubectl run a --image=nginx' });
    s.jump(5);
    s.reset();
    expect(s.position).toBe(0);
    expect(s.inputs).toEqual([]);
    expect(s.horizon).toBe(0);
  });
});

describe('player session setup', () => {
  it('gives setup and start commands the scenario files they read', () => {
    const s = new Session({
      create: () => new FakeCluster(5),
      start: ['kubectl create -f pod.yaml'],
      files: { 'pod.yaml': 'kind: Pod', 'other.yaml': 'x' },
    });
    const entry = s.transcript[0];
    const result = s.runUntilDone(entry);
    expect(result?.stdout).toContain('files=pod.yaml');
    expect(result?.stdout).not.toContain('other.yaml');
  });
});

describe('player session time skip', () => {
  it('advances the virtual clock past the mark, recording every step', () => {
    const s = make(9);
    s.act({ cmd: 'kubectl run a --image=nginx' });
    const t0 = s.cluster.now();
    s.advanceTime(25_000);
    expect(s.cluster.now()).toBeGreaterThanOrEqual(t0 + 25_000);
    const pos = s.position;
    const fp = s.cluster.fingerprint();
    s.back();
    s.forward();
    expect(s.position).toBe(pos);
    expect(s.cluster.fingerprint()).toBe(fp);
  });
});

describe('player session, skipping background events', () => {
  const shown = (e: { kind: string }) => e.kind !== 'heartbeat';

  it('forwardTo delivers background events on the way and stops on a shown one', () => {
    const s = make(4);
    s.act({ fault: 'stopKubelet', target: 'node02' });
    s.act({ cmd: 'kubectl get pods' });
    const entry = s.forwardTo(shown);
    expect(entry && shown(entry)).toBe(true);
    expect(s.entryAt(s.position)).toBe(entry);
  });

  it('backTo lands on the previous shown step, and forwardTo returns to where it was', () => {
    const s = make(4);
    s.act({ cmd: 'kubectl run a --image=nginx' });
    s.jump(3);
    s.advanceTime(12_000);
    s.act({ cmd: 'kubectl get pods' });
    for (let i = 0; i < 3; i++) s.forwardTo(shown);
    const here = s.position;
    const fp = s.cluster.fingerprint();
    s.backTo(shown);
    expect(s.position).toBeLessThan(here);
    const at = s.entryAt(s.position);
    expect(s.position === 0 || (at !== undefined && shown(at))).toBe(true);
    s.forwardTo(shown);
    expect(s.position).toBe(here);
    expect(s.cluster.fingerprint()).toBe(fp);
  });
});
