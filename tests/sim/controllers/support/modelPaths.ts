// Test paths that cover every transition of a machine: the shortest path to each state, extended
// by each event that state accepts (xstate/graph gives the paths, xstate's transition the step).
import { transition, type AnyStateMachine, type EventObject } from 'xstate';
import { getShortestPaths } from 'xstate/graph';

export interface ModelStep<E extends EventObject> {
  event: E;
  state: string;
}

export function stateName(value: unknown): string {
  if (typeof value === 'string') return value;
  const [k, v] = Object.entries(value as Record<string, unknown>)[0];
  return `${k}.${stateName(v)}`;
}

export function edgeCoveringPaths<E extends EventObject>(machine: AnyStateMachine, events: E[]): ModelStep<E>[][] {
  const out: ModelStep<E>[][] = [];
  for (const path of getShortestPaths(machine, { events })) {
    const prefix = path.steps
      .filter((s) => s.event.type !== 'xstate.init')
      .map((s) => ({ event: s.event as E, state: stateName(s.state.value) }));
    for (const e of events) {
      if (!path.state.can(e)) continue;
      const [next] = transition(machine, path.state, e);
      out.push([...prefix, { event: e, state: stateName(next.value) }]);
    }
  }
  return out;
}
