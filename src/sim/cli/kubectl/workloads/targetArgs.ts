// Resolves the objects a workload command acts on: `TYPE NAME...`, `TYPE/NAME...` or `-f FILE`.
import { resourceForKind, type ResourceKind } from '../../../api/resources.ts';
import type { KubectlContext } from '../registry.ts';
import { readFileArgs } from '../fileArgs.ts';
import { kindPrefix, parseTargets, TargetError } from '../targets.ts';
import { api, type Effect, type EffectResult } from '../../command.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';

export const NO_RESOURCES = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

export interface TargetRef {
  rk: ResourceKind;
  namespace: string | undefined;
  name: string;
}

export function resolveTargetArgs(ctx: KubectlContext, args: string[]): { items: TargetRef[]; error?: string } {
  const files = (ctx.flags.filename as string[] | undefined) ?? [];
  const items: TargetRef[] = [];
  if (files.length) {
    const { objects, error } = readFileArgs(ctx.io, files);
    if (error) return { items, error };
    if (args.length) return { items, error: 'error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well' };
    for (const { obj } of objects) {
      const rk = resourceForKind(obj.apiVersion, obj.kind);
      if (!rk) return { items, error: `error: resource mapping not found for name: "${obj.metadata?.name ?? ''}" namespace: "${obj.metadata?.namespace ?? ''}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"` };
      items.push({ rk, namespace: rk.namespaced ? obj.metadata?.namespace ?? ctx.namespace : undefined, name: obj.metadata?.name ?? '' });
    }
    return { items };
  }
  if (args.length === 0) return { items, error: NO_RESOURCES };
  let targets;
  try {
    targets = parseTargets(args);
  } catch (e) {
    if (e instanceof TargetError) return { items, error: `error: ${e.message}` };
    throw e;
  }
  for (const t of targets) {
    if (t.names.length === 0) return { items, error: 'error: resource(s) were provided, but no name was specified' };
    for (const name of t.names) items.push({ rk: t.rk, namespace: t.rk.namespaced ? ctx.namespace : undefined, name });
  }
  return { items };
}

/** "deployments.apps" as kubectl names a resource in errors. */
export function groupResource(rk: ResourceKind): string {
  return rk.group ? `${rk.plural}.${rk.group}` : rk.plural;
}

/** "deployment.apps/web" as kubectl's name printer writes it. */
export function kindName(rk: ResourceKind, name: string): string {
  return `${kindPrefix(rk)}/${name}`;
}

/** `TYPE -l SELECTOR` or `TYPE --all`: the objects of each type the list returns (the builder's selector path). */
export function* selectedTargets(ctx: KubectlContext, args: string[]): Generator<Effect, { items: TargetRef[]; error?: string }, EffectResult> {
  const items: TargetRef[] = [];
  if (args.length === 0) return { items, error: NO_RESOURCES };
  let targets;
  try {
    targets = parseTargets(args);
  } catch (e) {
    if (e instanceof TargetError) return { items, error: `error: ${e.message}` };
    throw e;
  }
  if (targets.some((t) => t.names.length)) return { items, error: 'error: name cannot be provided when a selector is specified' };
  for (const t of targets) {
    const namespace = t.rk.namespaced ? ctx.namespace : undefined;
    const r = yield* api({ verb: 'list', resource: t.rk.plural, namespace, labelSelector: ctx.flags.all ? undefined : String(ctx.flags.selector ?? '') || undefined });
    if (!r.ok) return { items, error: kubectlErrorText(r) };
    for (const o of r.items ?? []) items.push({ rk: t.rk, namespace, name: o.metadata.name ?? '' });
  }
  if (items.length === 0) return { items, error: 'error: no objects passed to scale' };
  return { items };
}
