import { parseLine } from '../shell.ts';

/**
 * Which lazily loaded CLI parts a command line may need, decided from its text alone. The browser
 * engine (src/sim/core.ts) loads these parts before the line runs (prepareCommands), so the test is
 * deliberately conservative: loading a part a line turns out not to need costs a small download,
 * missing one makes the command print degraded output.
 */
export type CliPart = 'kubectl-help' | 'etcdctl';

export const CLI_PARTS: readonly CliPart[] = ['kubectl-help', 'etcdctl'];

/**
 * The words looked at are the union of several readings of the line, so that no way of quoting or
 * gluing hides a flag: the words the engine's shell makes of it (if it parses), and the raw text with
 * quotes and backslashes dropped (the shell removes them: `e"tcd"ctl` and `etcd\ctl` run etcdctl) split
 * at blanks, and split at blanks and shell operators (`2>&1-h` is `2>&1` then `-h`).
 * - kubectl-help: a word `--help` or `--help=...`, or a single-dash word containing `h`: `-h`, and
 *   combined shorthands such as `-Ah` (pflag reads `-Ah` as `-A -h`). Catching `-ojsonpath` too is a
 *   harmless over-load.
 * - etcdctl: `etcdctl` anywhere (a plain command, `ETCDCTL_API=3 etcdctl`, the argument of
 *   `kubectl exec ... --`, inside `sh -c '...'`, a path like /usr/local/bin/etcdctl).
 */
export function needsCliParts(line: string): CliPart[] {
  const text = line.replace(/["'\\]/g, '');
  const words = new Set<string>(text.split(/\s+/));
  for (const fragment of text.split(/[\s;|&<>()`]+/)) {
    words.add(fragment);
    // The digits of `2>&1` stay on the fragment after the operator.
    words.add(fragment.replace(/^\d+/, ''));
  }
  try {
    for (const word of parseLine(line).argv) words.add(word);
  } catch {
    // Not valid for the shell (an unclosed quote): the text readings above still apply.
  }
  const parts: CliPart[] = [];
  if ([...words].some(isHelpWord)) parts.push('kubectl-help');
  if (text.includes('etcdctl') || [...words].some((w) => w.includes('etcdctl'))) parts.push('etcdctl');
  return parts;
}

function isHelpWord(word: string): boolean {
  if (word === '--help' || word.startsWith('--help=')) return true;
  return /^-[^-]/.test(word) && word.includes('h');
}
