import { resourceForKind } from '../../../api/resources.ts';
import type { KubeObject } from '../../../api/types.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, out, type CommandGenerator } from '../../command.ts';
import { readFileArgs } from '../fileArgs.ts';
import type { KubectlContext } from '../registry.ts';
import { kindPrefix } from '../targets.ts';

/** How long `replace --force` waits for the old objects to be gone when --timeout is not given. */
const DEFAULT_TIMEOUT_MS = 5 * 60_000;

/** `--timeout` as kubectl reads it: a Go duration (`30s`, `2m`, `1h5m`); 0 means the default. */
function durationMs(text: string): number | undefined {
  if (text === '0') return 0;
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  let rest = text;
  while (rest) {
    const m = rest.match(/^(\d+(?:\.\d+)?)(ms|s|m|h)/);
    if (!m) return undefined;
    total += Number(m[1]) * units[m[2]];
    rest = rest.slice(m[0].length);
  }
  return total;
}

/** The checks kubectl's ReplaceOptions.Validate makes on the delete flags; the error text or undefined. */
export function replaceFlagError(ctx: KubectlContext): string | undefined {
  const force = !!ctx.flags.force;
  if (Number(ctx.flags['grace-period'] ?? -1) >= 0 && !force) return 'error: --grace-period must have --force specified';
  const timeout = String(ctx.flags.timeout ?? '0s');
  if (durationMs(timeout) === undefined) return `error: invalid argument "${timeout}" for "--timeout" flag: time: invalid duration "${timeout}"\nSee 'kubectl replace --help' for usage.`;
  if (durationMs(timeout) !== 0 && !force) return 'error: --timeout must have --force specified';
  if (force && ctx.dryRun !== 'none') return 'error: --dry-run can not be used when --force is set';
  return undefined;
}

/**
 * `kubectl replace --force -f FILE`: delete the objects the files name (missing ones are fine: replace
 * then simply creates), wait until they are gone, and create them again from the files. As kubectl
 * does, a grace period of 0 becomes 1 (with a wait) and the files' resourceVersion is dropped before
 * the create, so the output of `kubectl get -o yaml` can be replaced as it is.
 */
export function* forceReplace(ctx: KubectlContext, files: string[]): CommandGenerator {
  const { io, flags } = ctx;
  const { objects, error } = readFileArgs(io, files);
  if (error) {
    err(io, error);
    return 1;
  }
  let grace = Number(flags['grace-period'] ?? -1);
  if (grace === 0) grace = 1;
  const timeoutMs = durationMs(String(flags.timeout ?? '0s')) || DEFAULT_TIMEOUT_MS;
  const targets: { obj: KubeObject; plural: string; prefix: string; namespace?: string; name: string }[] = [];
  for (const { obj, source } of objects) {
    const rk = resourceForKind(obj.apiVersion, obj.kind);
    if (!rk) {
      err(io, `error: resource mapping not found for name: "${obj.metadata?.name ?? ''}" namespace: "${obj.metadata?.namespace ?? ''}" from "${source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`);
      return 1;
    }
    const namespace = rk.namespaced ? obj.metadata?.namespace ?? ctx.namespace : undefined;
    targets.push({ obj, plural: rk.plural, prefix: kindPrefix(rk), namespace, name: obj.metadata?.name ?? '' });
  }

  for (const t of targets) {
    const r = yield* api({ verb: 'delete', resource: t.plural, namespace: t.namespace, name: t.name, gracePeriodSeconds: grace >= 0 ? grace : undefined });
    if (!r.ok) {
      if (r.reason === 'NotFound') continue;
      err(io, kubectlErrorText(r));
      return 1;
    }
    out(io, `${t.prefix} "${t.name}" deleted`);
  }
  for (const t of targets) {
    const gone = (yield { type: 'waitFor', timeoutMs, predicate: () => !io.peek(t.plural, t.namespace, t.name) }) as boolean;
    if (!gone) {
      err(io, 'error: timed out waiting for the condition');
      return 1;
    }
  }
  let exit = 0;
  for (const t of targets) {
    const { resourceVersion: _dropped, ...metadata } = t.obj.metadata ?? {};
    const body = { ...t.obj, metadata: { ...metadata, ...(t.namespace ? { namespace: t.namespace } : {}) } } as KubeObject;
    const r = yield* api({ verb: 'create', resource: t.plural, namespace: t.namespace, body });
    if (!r.ok) {
      err(io, kubectlErrorText(r));
      exit = 1;
      continue;
    }
    out(io, `${t.prefix}/${r.object?.metadata.name ?? t.name} replaced`);
  }
  return exit;
}
