// Where a reader's run survives: the URL hash (share links) and sessionStorage (reloads, and the same
// scenario on the other language's page). The hash wins when it holds a run of this scenario. A link
// that cannot be restored is reported (the player says so and starts clean); a stored run that cannot
// be restored is dropped.
import { encodeRun, readRunLink, type RefusalReason, type SharedRun } from './model/url-state.ts';

const STORAGE_PREFIX = 'k8s-sim:';

export interface SavedRun {
  run?: SharedRun;
  /** Set when the address holds a `#sim=` link that could not be restored. */
  refused?: RefusalReason;
  /** Where the run came from: a link in the address, or this tab's storage. */
  from?: 'link' | 'storage';
}

export function readSavedRun(scenarioId: string): SavedRun {
  const link = readRunLink(location.hash);
  if (link.kind === 'run' && link.run.scenario === scenarioId) return { run: link.run, from: 'link' };
  const refused = link.kind === 'refused' ? link.reason : undefined;
  // A refused link starts the player clean: an older stored run would restore something the reader did not ask for.
  if (refused) return { refused };
  try {
    const key = STORAGE_PREFIX + scenarioId;
    const saved = sessionStorage.getItem(key);
    if (!saved) return {};
    const stored = readRunLink(saved);
    if (stored.kind === 'run' && stored.run.scenario === scenarioId) return { run: stored.run, from: 'storage' };
    sessionStorage.removeItem(key);
  } catch {
    /* storage may be disabled */
  }
  return {};
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
