import { resourceForKind } from '../../../api/resources.ts';
import type { ResourceKind } from '../../../api/resources.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, out, type CommandGenerator } from '../../command.ts';
import { readFileArgs } from '../fileArgs.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { kindPrefix, parseTargets, TargetError } from '../targets.ts';
import { orphanDependents } from '../workloads/orphanDependents.ts';
import { timestamp } from '../../../api/meta.ts';
import { DRY_RUN_FLAG, dryRunSuffix } from '../dryRun.ts';
import { listErrorText } from '../listErrors.ts';

const NO_RESOURCES = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

/** kubectl delete: by name, -f, -l or --all; waits for the object to disappear unless --wait=false. */
function* del(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const files = (flags.filename as string[]) ?? [];
  const items: { rk: ResourceKind; namespace: string | undefined; name: string }[] = [];
  if (files.length) {
    const { objects, error } = readFileArgs(io, files);
    if (error) {
      err(io, error);
      return 1;
    }
    for (const { obj } of objects) {
      const rk = resourceForKind(obj.apiVersion, obj.kind);
      if (!rk) continue;
      items.push({ rk, namespace: rk.namespaced ? obj.metadata?.namespace ?? ctx.namespace : undefined, name: obj.metadata?.name ?? '' });
    }
  } else {
    if (ctx.args.length === 0) {
      err(io, NO_RESOURCES);
      return 1;
    }
    let targets;
    try {
      targets = parseTargets(ctx.args);
    } catch (e) {
      if (e instanceof TargetError) {
        err(io, `error: ${e.message}`);
        return 1;
      }
      throw e;
    }
    for (const t of targets) {
      const namespace = t.rk.namespaced ? ctx.namespace : undefined;
      if (t.names.length) {
        for (const name of t.names) items.push({ rk: t.rk, namespace, name });
      } else if (flags.all || flags.selector || flags['field-selector']) {
        const fieldSelector = (flags['field-selector'] as string | undefined) || undefined;
        const r = yield* api({ verb: 'list', resource: t.rk.plural, namespace: flags['all-namespaces'] ? undefined : namespace, labelSelector: flags.selector as string | undefined, fieldSelector });
        if (!r.ok) {
          err(io, listErrorText(t.rk, flags.selector as string | undefined, fieldSelector, r));
          return 1;
        }
        for (const o of r.items ?? []) items.push({ rk: t.rk, namespace: o.metadata.namespace, name: o.metadata.name! });
      } else {
        err(io, `error: resource(s) were provided, but no name was specified`);
        return 1;
      }
    }
    if (items.length === 0) {
      err(io, 'No resources found');
      return 0;
    }
  }
  const force = !!flags.force;
  let grace = Number(flags['grace-period'] ?? -1);
  if (flags.now) grace = 1;
  if (force && grace < 0) grace = 0;
  if (force && grace === 0) err(io, 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.');
  let exit = 0;
  const deleted: typeof items = [];
  const operation = `${force && grace === 0 ? 'force deleted' : 'deleted'}${dryRunSuffix(ctx.dryRun)}`;
  for (const item of items) {
    // A client dry run sends nothing: kubectl does not even read the named objects (it prints them
    // as deleted whether they exist or not).
    if (ctx.dryRun !== 'client') {
      if (flags.cascade === 'orphan' && ctx.dryRun === 'none') yield* orphanDependents(item.rk.plural, item.namespace, item.name, () => timestamp(io.now()));
      const r = yield* api({ verb: 'delete', resource: item.rk.plural, namespace: item.namespace, name: item.name, gracePeriodSeconds: grace >= 0 ? grace : undefined });
      if (!r.ok) {
        if (r.reason === 'NotFound' && flags['ignore-not-found']) continue;
        err(io, kubectlErrorText(r));
        exit = 1;
        continue;
      }
    }
    if (flags.output === 'name') out(io, `${kindPrefix(item.rk)}/${item.name}`);
    else out(io, `${kindPrefix(item.rk)} "${item.name}" ${operation}`);
    deleted.push(item);
  }
  const wait = flags.wait !== false && !(force && grace === 0) && ctx.dryRun === 'none';
  if (wait) {
    for (const item of deleted) {
      const uid = io.peek(item.rk.plural, item.namespace, item.name)?.metadata.uid;
      if (!uid) continue;
      const timeout = ((grace >= 0 ? grace : 30) + 60) * 1000;
      yield { type: 'waitFor', timeoutMs: timeout, predicate: () => io.peek(item.rk.plural, item.namespace, item.name)?.metadata.uid !== uid };
    }
  }
  return exit;
}

registerVerb({
  name: 'delete',
  flags: [
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'field-selector', type: 'string' },
    { name: 'all', type: 'bool', default: false },
    { name: 'all-namespaces', short: 'A', type: 'bool', default: false },
    { name: 'force', type: 'bool', default: false },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'now', type: 'bool', default: false },
    { name: 'wait', type: 'bool', default: true },
    { name: 'ignore-not-found', type: 'bool', default: false },
    { name: 'cascade', type: 'string', default: 'background', noOptDefault: 'background' },
    DRY_RUN_FLAG,
    { name: 'timeout', type: 'string', default: '0s' },
    { name: 'output', short: 'o', type: 'string' },
  ],
  run: del,
});
