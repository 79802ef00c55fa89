import { afterEach, beforeEach } from 'vitest';
import { observeSimulationErrors, type SimulationError } from '../../src/sim/kernel/simulationError.ts';

/**
 * Fails every test during which the engine recorded a simulation error (a component or a command
 * threw; the kernel caught it and the cluster went on). Such an error is a bug of the simulator that
 * the safety net hides from the reader's session, so it must not hide it from the tests.
 * A test that provokes one on purpose calls expectSimulationErrors() (tests/sim/support/simulationErrors.ts).
 */
const recorded: SimulationError[] = [];
const state = { expected: false };

observeSimulationErrors((e) => recorded.push(e));

/** Marks the running test as one that provokes simulation errors; returns the ones recorded so far. */
export function allowSimulationErrors(): SimulationError[] {
  state.expected = true;
  return recorded;
}

(globalThis as { __allowSimulationErrors?: () => SimulationError[] }).__allowSimulationErrors = allowSimulationErrors;

beforeEach(() => {
  recorded.length = 0;
  state.expected = false;
});

afterEach(() => {
  if (state.expected || recorded.length === 0) return;
  const lines = recorded.slice(0, 5).map((e) => `  ${e.component} during ${e.during} at ${e.time} ms (seed ${e.seed}): ${e.detail}`);
  throw new Error(`${recorded.length} simulation error(s) were recorded during this test:\n${lines.join('\n')}`);
});
