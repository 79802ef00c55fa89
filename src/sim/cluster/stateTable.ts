import { getInitialSnapshot, getNextSnapshot, type AnyStateMachine } from 'xstate';

/**
 * A state machine compiled into a transition table once (by running XState's own pure transition
 * function over every reachable state and event). Used where a machine changes state on hot paths
 * (the kubelet's containers, kube-scheduler's idle/scheduling): a table lookup instead of an actor's
 * macrostep, with the very same transitions.
 */
export class StateTable {
  readonly initial: string;
  private readonly table = new Map<string, Map<string, string>>();

  constructor(machine: AnyStateMachine, events: string[]) {
    const start = getInitialSnapshot(machine);
    this.initial = stateKey(start.value);
    const snapshots = new Map([[this.initial, start]]);
    const queue = [this.initial];
    while (queue.length) {
      const key = queue.shift()!;
      const snap = snapshots.get(key)!;
      const row = new Map<string, string>();
      for (const type of events) {
        const next = getNextSnapshot(machine, snap, { type } as never);
        const nextKey = stateKey(next.value);
        if (nextKey === key) continue;
        row.set(type, nextKey);
        if (!snapshots.has(nextKey)) {
          snapshots.set(nextKey, next);
          queue.push(nextKey);
        }
      }
      this.table.set(key, row);
    }
  }

  next(state: string, event: string): string {
    return this.table.get(state)?.get(event) ?? state;
  }

  states(): string[] {
    return [...this.table.keys()];
  }
}

export function stateKey(value: unknown): string {
  if (typeof value === 'string') return value;
  const [k] = Object.keys(value as object);
  return `${k}.${stateKey((value as Record<string, unknown>)[k])}`;
}
