import { program } from '../command.ts';
import { verbHelpLoaded } from '../kubectl/help/verbHelpRegistry.ts';
import { CLI_PARTS, needsCliParts, type CliPart } from './needsCliParts.ts';

/**
 * Loads the CLI parts command lines need before they run. This is the one asynchronous function of
 * the engine, and it sits outside the simulation: it only fetches code that registers help texts or
 * a program; createCluster, submit, exec and step stay synchronous and deterministic. Whether a part
 * is loaded is read from the registries it fills, so the full engine (src/sim/index.ts, which imports
 * the parts eagerly) reports them loaded and never fetches anything.
 *
 * If a part is missing when a command needs it (a caller skipped prepareCommands, or the fetch failed
 * and the promise rejected), nothing crashes: `kubectl <verb> --help` prints the short usage line, and
 * etcdctl gets `etcdctl: command not found` with exit code 127, as any unknown program does.
 */
const loaders: Record<CliPart, () => Promise<unknown>> = {
  'kubectl-help': () => import('../kubectl/help/registerVerbHelp.ts'),
  etcdctl: () => import('../etcdctl/registerEtcdctl.ts'),
};

const isLoaded: Record<CliPart, () => boolean> = {
  'kubectl-help': verbHelpLoaded,
  etcdctl: () => program('etcdctl') !== undefined && program('etcdctl@etcd-pod') !== undefined,
};

/** Resolves once every part any of the lines may need is registered (at once if all already are). */
export async function prepareCommands(lines: readonly string[]): Promise<void> {
  const wanted = new Set(lines.flatMap(needsCliParts));
  const missing = CLI_PARTS.filter((part) => wanted.has(part) && !isLoaded[part]());
  await Promise.all(missing.map((part) => loaders[part]()));
}

/** The lazily loadable parts that are registered now (for tests and diagnostics). */
export function loadedCliParts(): CliPart[] {
  return CLI_PARTS.filter((part) => isLoaded[part]());
}
