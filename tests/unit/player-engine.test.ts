// The scenarios on the real engine: their setup and start commands succeed, the guided steps that
// wait for an engine event are all reached in order, every suggested command runs as intended, and
// stepping back then forward reproduces the same cluster.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCluster, type Cluster } from '../../src/sim/index.ts';
import { scenarios } from '../../src/sim/scenarios/index.ts';
import type { Scenario } from '../../src/sim/scenarios/types.ts';
import { Session } from '../../components/sim/model/session.ts';
import { reachedStep } from '../../components/sim/model/guided.ts';
import { filesForCommand } from '../../components/sim/model/files.ts';

const STEPS = 400;

function sessionFor(s: Scenario): Session<Cluster> {
  return new Session({
    create: () => createCluster({ seed: s.seed, ...s.cluster }),
    setup: s.setup,
    start: s.start,
    files: s.files,
  });
}

describe.each(Object.values(scenarios).map((s) => [s.id, s] as const))('scenario %s on the engine', (_id, scenario) => {
  it('setup commands succeed', () => {
    const cluster = createCluster({ seed: scenario.seed, ...scenario.cluster });
    for (const line of scenario.setup ?? []) {
      const files = filesForCommand(line, scenario.files ?? {});
      const r = cluster.exec(line, files ? { files } : undefined);
      expect(r.exitCode, `${line}\n${r.stderr}`).toBe(0);
    }
  });

  it('start commands succeed and every event-matched guided step is reached in order', () => {
    const session = sessionFor(scenario);
    for (const entry of session.transcript) {
      const r = session.runUntilDone(entry);
      expect(r?.exitCode, `${entry.line}\n${r?.stderr}`).toBe(0);
    }
    session.jump(session.position + STEPS);
    const log = session.cluster.log.slice(session.base);
    const lastMatched = scenario.steps.reduce((last, step, i) => (step.match ? i : last), -1);
    if (scenario.start?.length && lastMatched >= 0) {
      expect(reachedStep(scenario.steps, log)).toBe(lastMatched);
    }
  });

  it('a scenario whose reader types the first command reaches its event-matched steps after that command', () => {
    const lastMatched = scenario.steps.reduce((last, step, i) => (step.match ? i : last), -1);
    if (scenario.start?.length || lastMatched < 0) return;
    const session = sessionFor(scenario);
    for (const step of scenario.steps.slice(0, lastMatched)) {
      if (!step.command) continue;
      const files = filesForCommand(step.command, scenario.files ?? {});
      session.runUntilDone(session.act(files ? { cmd: step.command, files } : { cmd: step.command })!);
    }
    session.jump(session.position + STEPS);
    expect(reachedStep(scenario.steps, session.cluster.log.slice(session.base))).toBe(lastMatched);
  });

  it('suggested commands run as the scenario says', () => {
    const session = sessionFor(scenario);
    for (const entry of session.transcript) session.runUntilDone(entry);
    for (const step of scenario.steps) {
      if (!step.command) continue;
      const files = filesForCommand(step.command, scenario.files ?? {});
      const entry = session.act(files ? { cmd: step.command, files } : { cmd: step.command });
      const r = session.runUntilDone(entry!);
      expect(r, step.command).toBeDefined();
      if (step.fails) expect(r!.exitCode, step.command).not.toBe(0);
      else expect(r!.exitCode, `${step.command}\n${r!.stderr}`).toBe(0);
      session.jump(session.position + 50);
    }
  });

  it('back then forward reproduces the same cluster view', () => {
    const session = sessionFor(scenario);
    session.jump(60);
    const view = JSON.stringify(session.cluster.snapshot());
    const log = JSON.stringify(session.cluster.log);
    session.back();
    session.forward();
    expect(JSON.stringify(session.cluster.snapshot())).toBe(view);
    expect(JSON.stringify(session.cluster.log)).toBe(log);
  });
});

describe('replaying a reader’s run on the engine', () => {
  it('property: restoring the recorded inputs gives the same cluster and log', () => {
    const scenario = scenarios['kubelet'];
    type Op = { t: 'fwd'; n: number } | { t: 'back' } | { t: 'cmd'; line: string } | { t: 'fault'; fault: 'stopKubelet' | 'startKubelet' | 'deletePod'; target: string };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.integer({ min: 1, max: 40 }).map((n): Op => ({ t: 'fwd', n })),
      fc.constant<Op>({ t: 'back' }),
      fc.constantFrom('kubectl run web --image=nginx', 'kubectl get pods -o wide', 'kubectl delete pod nginx', 'kubectl run bad --image=ngnix').map((line): Op => ({ t: 'cmd', line })),
      fc.constantFrom<Op>(
        { t: 'fault', fault: 'stopKubelet', target: 'node01' },
        { t: 'fault', fault: 'startKubelet', target: 'node01' },
        { t: 'fault', fault: 'deletePod', target: 'default/nginx' },
      ),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 8 }), (ops) => {
        const s = sessionFor(scenario);
        for (const o of ops) {
          if (o.t === 'fwd') s.jump(s.position + o.n);
          else if (o.t === 'back') s.back();
          else if (o.t === 'cmd') s.runUntilDone(s.act({ cmd: o.line })!);
          else s.act({ fault: o.fault, target: o.target });
        }
        const restored = sessionFor(scenario);
        restored.restore(JSON.parse(JSON.stringify(s.inputs)), s.position);
        expect(restored.position).toBe(s.position);
        expect(JSON.stringify(restored.cluster.snapshot())).toBe(JSON.stringify(s.cluster.snapshot()));
        expect(JSON.stringify(restored.cluster.log)).toBe(JSON.stringify(s.cluster.log));
      }),
      { numRuns: 12 },
    );
  });
});
