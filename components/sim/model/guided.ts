// Which guided step of a scenario the run has reached, found from the delivered log entries.
import type { GuidedStep, LogMatch } from '../../../src/sim/scenarios/types.ts';
import type { LogEntryView } from './cluster-contract.ts';
import { narrate } from '../../../src/i18n/narration/index.ts';

const cache = new Map<string, RegExp>();
function re(source: string): RegExp {
  let r = cache.get(source);
  if (!r) {
    r = new RegExp(source, 'i');
    cache.set(source, r);
  }
  return r;
}

export function matchesEntry(match: LogMatch, entry: LogEntryView): boolean {
  if (match.from !== undefined && !re(match.from).test(entry.from)) return false;
  if (match.to !== undefined && !re(match.to).test(entry.to)) return false;
  if (match.kind !== undefined && !re(match.kind).test(entry.kind)) return false;
  if (match.object !== undefined && !re(match.object).test(entry.object ?? '')) return false;
  // `caption` matches the English sentence of the entry's narration.
  if (match.caption !== undefined && !re(match.caption).test(narrate(entry.narration, 'en'))) return false;
  return true;
}

const normalize = (command: string) => command.trim().replace(/\s+/g, ' ');

/**
 * Index of the guided step the run has reached, or -1. Steps advance in order: each log entry may
 * start the nearest later step whose match it fits (steps the engine never signals are skipped), and
 * a step with a command is reached once the reader ran that command.
 */
export function reachedStep(steps: readonly GuidedStep[], entries: Iterable<LogEntryView>, ranCommands: readonly string[] = []): number {
  const ran = new Set(ranCommands.map(normalize));
  let byCommand = -1;
  steps.forEach((s, i) => {
    if (s.command && ran.has(normalize(s.command))) byCommand = i;
  });
  return Math.max(byCommand, reachedByLog(steps, entries));
}

function reachedByLog(steps: readonly GuidedStep[], entries: Iterable<LogEntryView>): number {
  let current = -1;
  const hasMatch = steps.some((s) => s.match);
  if (!hasMatch) return current;
  for (const entry of entries) {
    for (let j = current + 1; j < steps.length; j++) {
      const m = steps[j].match;
      if (m && matchesEntry(m, entry)) {
        current = j;
        break;
      }
    }
  }
  return current;
}
