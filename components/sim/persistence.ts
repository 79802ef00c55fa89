// Where a reader's run survives: the URL hash (share links) and sessionStorage (reloads, and the same
// scenario on the other language's page). The hash wins when it holds a run of this scenario.
import { decodeRun, encodeRun, type SharedRun } from './model/url-state.ts';

const STORAGE_PREFIX = 'k8s-sim:';

export function readSavedRun(scenarioId: string): SharedRun | undefined {
  const fromHash = decodeRun(location.hash);
  if (fromHash && fromHash.scenario === scenarioId) return fromHash;
  try {
    const saved = sessionStorage.getItem(STORAGE_PREFIX + scenarioId);
    const run = saved ? decodeRun(saved) : undefined;
    return run && run.scenario === scenarioId ? run : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the run; the address bar is updated without adding history entries. */
export function saveRun(run: SharedRun, updateAddress: boolean): void {
  const hash = encodeRun(run);
  try {
    sessionStorage.setItem(STORAGE_PREFIX + run.scenario, hash);
  } catch {
    /* storage may be disabled; the hash still works */
  }
  if (updateAddress) history.replaceState(history.state, '', hash);
}
