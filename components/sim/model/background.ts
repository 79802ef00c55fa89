// Background events (heartbeats, lease renewals, Raft ticks and messages, periodic timers) happen all
// the time and drown the events a note is about; the player can step over them and hide them.
import type { LogEntryView } from './cluster-contract.ts';
import type { LogMatch } from '../../../src/sim/scenarios/types.ts';
import { matchesEntry } from './guided.ts';

/** Uses the engine's own flag; for entries without one, falls back to the kinds known to be periodic. */
export function isBackground(entry: LogEntryView & { background?: boolean }): boolean {
  if (entry.background !== undefined) return entry.background;
  // etcd's answers carry no object; a commit's narration names the key (a lease renewal's commit is as periodic as the renewal).
  return (
    /^(heartbeat|timer|tick|raft-tick|resync|backoff|compaction)$/.test(entry.kind) ||
    /^leases\//.test(entry.object ?? '') ||
    (entry.narration.id === 'etcd.commit' && entry.narration.params.key.startsWith('/registry/leases/'))
  );
}

export const isForeground = (entry: LogEntryView): boolean => !isBackground(entry);

/** "Next meaningful event": a foreground event, or one the note is about (the scenario's `stopAt`). */
export function meaningful(stopAt: readonly LogMatch[] = []): (entry: LogEntryView) => boolean {
  return (entry) => !isBackground(entry) || stopAt.some((m) => matchesEntry(m, entry));
}

/** The background events a step went past, counted by kind (most frequent first). */
export function summarisePassed(entries: readonly LogEntryView[]): { kind: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}
