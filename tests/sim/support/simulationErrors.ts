import type { SimulationError } from '../../../src/sim/kernel/simulationError.ts';

/**
 * For a test that provokes simulation errors on purpose: the global setup
 * (tests/setup/simulation-errors.ts) then does not fail it. Returns the errors recorded in the test
 * (the array fills as they happen).
 */
export function expectSimulationErrors(): SimulationError[] {
  const allow = (globalThis as { __allowSimulationErrors?: () => SimulationError[] }).__allowSimulationErrors;
  if (!allow) throw new Error('tests/setup/simulation-errors.ts is not among the vitest setupFiles');
  return allow();
}
