import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, out, type CommandGenerator } from '../../command.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { parseTargets, TargetError } from '../targets.ts';
import type { KubeObject } from '../../../api/types.ts';
import { DRY_RUN_FLAG, printWritten } from '../dryRun.ts';
import { checkObjectOutput } from '../templatePrinters.ts';

/** kubectl label: key=value adds or changes (needs --overwrite to change), key- removes. */
function* label(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const resourceArgs: string[] = [];
  const changes: string[] = [];
  for (const a of ctx.args) (a.includes('=') || (a.endsWith('-') && !a.includes('/') && resourceArgs.length > 0) ? changes : resourceArgs).push(a);
  if (resourceArgs.length === 0) {
    err(io, 'error: one or more resources must be specified as <resource> <name> or <resource>/<name>');
    return 1;
  }
  if (changes.length === 0) {
    err(io, 'error: at least one label update is required');
    return 1;
  }
  if (!checkObjectOutput(io, flags.output as string | undefined)) return 1;
  let targets;
  try {
    targets = parseTargets(resourceArgs);
  } catch (e) {
    if (e instanceof TargetError) {
      err(io, `error: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const c of changes) {
    if (c.endsWith('-') && !c.includes('=')) remove.push(c.slice(0, -1));
    else {
      const eq = c.indexOf('=');
      const key = c.slice(0, eq);
      const value = c.slice(eq + 1);
      if (!key || !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(value)) {
        err(io, `error: invalid label value: "${c}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`);
        return 1;
      }
      set[key] = value;
    }
  }
  let exit = 0;
  for (const t of targets) {
    const namespace = t.rk.namespaced ? ctx.namespace : undefined;
    let names = t.names;
    if (!names.length) {
      if (!flags.all && !flags.selector) {
        err(io, 'error: resource(s) were provided, but no name was specified');
        return 1;
      }
      const r = yield* api({ verb: 'list', resource: t.rk.plural, namespace, labelSelector: flags.selector as string | undefined });
      if (!r.ok) {
        err(io, kubectlErrorText(r));
        return 1;
      }
      names = (r.items ?? []).map((o) => o.metadata.name!);
    }
    for (const name of names) {
      const g = yield* api({ verb: 'get', resource: t.rk.plural, namespace, name });
      if (!g.ok) {
        err(io, kubectlErrorText(g));
        exit = 1;
        continue;
      }
      const labels = { ...(g.object!.metadata.labels ?? {}) };
      for (const [k, v] of Object.entries(set)) {
        if (k in labels && labels[k] !== v && !flags.overwrite) {
          err(io, `error: '${k}' already has a value (${labels[k]}), and --overwrite is false`);
          return 1;
        }
      }
      const before = JSON.stringify(labels);
      for (const k of remove) delete labels[k];
      Object.assign(labels, set);
      const patch: Record<string, string | null> = { ...set };
      for (const k of remove) patch[k] = null;
      const unchanged = before === JSON.stringify(labels);
      // The object after the change, as kubectl holds it in memory (what a client dry run prints).
      let result: KubeObject = { ...g.object!, metadata: { ...g.object!.metadata, labels } };
      if (!unchanged && ctx.dryRun !== 'client') {
        const r = yield* api({ verb: 'patch', resource: t.rk.plural, namespace, name, patch: { metadata: { labels: patch } } });
        if (!r.ok) {
          err(io, kubectlErrorText(r));
          exit = 1;
          continue;
        }
        result = r.object ?? result;
      }
      const operation = unchanged ? 'not labeled' : remove.length && !Object.keys(set).length ? 'unlabeled' : 'labeled';
      if (!printWritten(ctx, { rk: t.rk, obj: result, operation, sorted: true })) exit = 1;
    }
  }
  return exit;
}

registerVerb({
  name: 'label',
  flags: [
    { name: 'overwrite', type: 'bool', default: false },
    { name: 'all', type: 'bool', default: false },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'list', type: 'bool', default: false },
    DRY_RUN_FLAG,
    { name: 'output', short: 'o', type: 'string' },
  ],
  run: label,
});
