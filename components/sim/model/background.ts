// Background events (heartbeats, lease renewals, Raft ticks and messages, periodic timers) happen all
// the time and drown the events a note is about; the player can step over them and hide them.
import type { LogEntryView } from './cluster-contract.ts';

/** Uses the engine's own flag; for entries without one, falls back to the kinds known to be periodic. */
export function isBackground(entry: LogEntryView & { background?: boolean }): boolean {
  if (entry.background !== undefined) return entry.background;
  return /^(heartbeat|timer|tick|raft-tick|resync|backoff|compaction)$/.test(entry.kind) || /^leases\//.test(entry.object ?? '');
}

export const isForeground = (entry: LogEntryView): boolean => !isBackground(entry);
