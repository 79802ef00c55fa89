import type { Narration } from './log.ts';

/**
 * A "simulation error": a component (or a command) of the engine threw while it handled one event.
 * That is a bug of the simulation, never of the reader's input. The kernel catches it at the
 * component boundary, records one of these, and carries on with the next event, so one broken
 * handler cannot stop the cluster. The reader is told (a log entry and a terminal line, see
 * simulationErrorNotice); tests fail on it (tests/setup/simulation-errors.ts).
 */
export interface SimulationError {
  /** Virtual time of the failed event. */
  time: number;
  /** Component that failed ('kubelet-node01', 'kube-controller-manager', 'kubectl' for a command). */
  component: string;
  /** What it was handling: the event's kind ('watch', 'timer', 'response') or 'command'. */
  during: string;
  /** The engine's own error text (for tests and bug reports; never shown in the terminal). */
  detail: string;
  /** Seed of the cluster whose kernel recorded it. */
  seed: number;
}

type Observer = (error: SimulationError) => void;

/** Process-wide observers (the test setup registers one; the player could too). */
const observers = new Set<Observer>();

export function observeSimulationErrors(observer: Observer): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

export function notifySimulationError(error: SimulationError): void {
  for (const observer of observers) observer(error);
}

/**
 * Whether a thrown value is a JavaScript runtime fault (a bug of the engine: `x is not a function`,
 * `Maximum call stack size exceeded`, ...) rather than an error the engine raised on purpose with a
 * message meant for the reader. Code that turns thrown errors into `error: ...` lines lets these through.
 */
export function isEngineFault(thrown: unknown): boolean {
  return thrown instanceof TypeError || thrown instanceof RangeError || thrown instanceof ReferenceError;
}

/** The engine's text of whatever was thrown (first line only: no stack). */
export function errorDetail(thrown: unknown): string {
  const text = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  return text.split('\n')[0].slice(0, 500);
}

/** Narration of a simulation error's log entry. */
export function simulationErrorNarration(component: string, during: string): Narration {
  return { id: 'kernel.simulation-error', params: { component, during } };
}

/** Virtual time as the terminal line shows it (seconds with milliseconds). */
function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(3)}s`;
}

/**
 * The line the terminal prints for a simulation error: what failed, that it is the simulation's
 * fault, and how to reproduce it (the seed and the commands typed so far). No JavaScript text.
 */
export function simulationErrorNotice(error: SimulationError, history: { count: number; recent: readonly string[] }): string {
  const shown = history.recent.map((line) => (line.length > 80 ? `${line.slice(0, 77)}...` : line));
  const { count } = history;
  const commands = count === 0 ? 'no commands' : `${count} command${count === 1 ? '' : 's'}${count > shown.length ? ', the last' : ''}: ${shown.join(' ; ')}`;
  const what = error.during === 'command' ? 'this command failed inside the simulation' : `${error.component} failed while handling a ${error.during} event at ${seconds(error.time)}`;
  return `simulation error: ${what} (a bug of this simulator, not of your input; the cluster keeps running). To reproduce: seed ${error.seed}, after ${commands}\n`;
}
