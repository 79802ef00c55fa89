import type { KubeObject } from '../../api/types.ts';
import type { ResourceKind } from '../../api/resources.ts';
import { kubectlErrorText } from '../../apiserver/protocol.ts';
import { api, type Effect, type EffectResult } from '../command.ts';
import { readFileArgs, validateClientSide } from './fileArgs.ts';
import type { KubectlContext } from './registry.ts';
import { parseTargets, TargetError } from './targets.ts';
import { kindOf } from './apply/objectOutput.ts';

/**
 * The part of kubectl's resource builder that annotate and apply view-last-applied share: objects
 * named as TYPE NAME..., TYPE/NAME..., TYPE with -l or --all, or -f files (read from the server, or
 * used as they are with --local). Errors are the builder's texts; per-object errors (NotFound)
 * are collected and the other objects are still visited (ContinueOnError).
 */
export interface ResourceInfo {
  rk: ResourceKind;
  object: KubeObject;
}

export interface ResourceSelection {
  args: string[];
  files: string[];
  selector?: string;
  all: boolean;
  /** Use the file objects as they are (no server). */
  local?: boolean;
}

export interface VisitResult {
  infos: ResourceInfo[];
  /** Per-object failures, already in kubectl's words. */
  errors: string[];
  /** One object named (TYPE NAME, TYPE/NAME, or one file with one object): no listing headers. */
  singleItemImplied: boolean;
  /** A failure before any object was visited (the command prints it and exits 1). */
  fatal?: string;
}

export const NO_RESOURCES = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

export function* visitResources(ctx: KubectlContext, sel: ResourceSelection): Generator<Effect, VisitResult, EffectResult> {
  const result: VisitResult = { infos: [], errors: [], singleItemImplied: false };
  const fail = (text: string): VisitResult => ({ ...result, fatal: text });
  if (sel.files.length) {
    if (sel.args.length && !sel.local) return fail('error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well');
    const { objects, error } = readFileArgs(ctx.io, sel.files);
    if (error) return fail(error);
    result.singleItemImplied = sel.files.length === 1 && objects.length === 1;
    for (const { obj, source } of objects) {
      const bad = validateClientSide(obj, source);
      if (bad) return fail(bad);
      const rk = kindOf(obj);
      if (!rk) return fail(`error: resource mapping not found for name: "${obj.metadata?.name ?? ''}" namespace: "${obj.metadata?.namespace ?? ''}" from "${source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`);
      if (sel.local) {
        result.infos.push({ rk, object: obj });
        continue;
      }
      const namespace = rk.namespaced ? obj.metadata.namespace ?? ctx.namespace : undefined;
      const r = yield* api({ verb: 'get', resource: rk.plural, namespace, name: obj.metadata.name });
      if (r.ok) result.infos.push({ rk, object: r.object! });
      else result.errors.push(kubectlErrorText(r));
    }
    return result;
  }
  if (sel.args.length === 0) return fail(`error: ${NO_RESOURCES}`);
  let targets;
  try {
    targets = parseTargets(sel.args);
  } catch (e) {
    if (e instanceof TargetError) return fail(`error: ${e.message}`);
    throw e;
  }
  const named = targets.some((t) => t.names.length);
  if (named && sel.selector) return fail('error: name cannot be provided when a selector is specified');
  if (!named && !sel.selector && !sel.all) return fail('error: resource(s) were provided, but no name was specified');
  result.singleItemImplied = targets.length === 1 && targets[0].names.length === 1;
  for (const t of targets) {
    const namespace = t.rk.namespaced ? ctx.namespace : undefined;
    if (t.names.length) {
      for (const name of t.names) {
        const r = yield* api({ verb: 'get', resource: t.rk.plural, namespace, name });
        if (r.ok) result.infos.push({ rk: t.rk, object: r.object! });
        else result.errors.push(kubectlErrorText(r));
      }
      continue;
    }
    const r = yield* api({ verb: 'list', resource: t.rk.plural, namespace, labelSelector: sel.selector });
    if (!r.ok) return fail(kubectlErrorText(r));
    for (const object of r.items ?? []) result.infos.push({ rk: t.rk, object });
  }
  return result;
}
