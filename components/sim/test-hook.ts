// A read-only handle for the browser tests and the budget script (window.__k8sSimPlayers[scenario]).
import type { Session } from './model/session.ts';
import type { InspectableCluster } from './engine.ts';

export interface PlayerHook {
  position(): number;
  horizon(): number;
  inputs(): unknown[];
  forward(): void;
  back(): void;
  jump(position: number): void;
  runCommand(line: string): void;
  /** Fetches the engine (as the reader's first interaction would) and resolves when it runs. */
  load(): Promise<void>;
  /** Resolves once every queued operation has run. */
  idle(): Promise<void>;
}

export function registerTestHook(
  scenario: string,
  session: () => Session<InspectableCluster> | undefined,
  actions: Pick<PlayerHook, 'forward' | 'back' | 'jump' | 'runCommand' | 'load' | 'idle'>,
): () => void {
  const w = window as unknown as { __k8sSimPlayers?: Record<string, PlayerHook> };
  const players = (w.__k8sSimPlayers ??= {});
  players[scenario] = {
    position: () => session()?.position ?? 0,
    horizon: () => session()?.horizon ?? 0,
    inputs: () => session()?.inputs.slice() ?? [],
    ...actions,
  };
  return () => {
    delete players[scenario];
  };
}
