// What the object-writing commands (create <sub>, expose, apply, replace) share: --dry-run
// parsing, -o printing, and the "kind/name created" lines with kubectl's dry-run suffixes.
import type { KubeObject } from '../../../api/types.ts';
import { resourceForKind, type ResourceKind } from '../../../api/resources.ts';
import { kubectlErrorText, type ApiResponse } from '../../../apiserver/protocol.ts';
import { api, err, out, type CommandGenerator } from '../../command.ts';
import { toYaml } from '../output.ts';
import type { KubectlContext } from '../registry.ts';
import { kindPrefix } from '../targets.ts';
import { goJsonPretty, LAST_APPLIED_ANNOTATION } from './lastApplied.ts';

export type DryRun = 'none' | 'client' | 'server';

export const WRITE_FLAGS = [
  { name: 'dry-run', type: 'string' as const, default: 'none', noOptDefault: 'unchanged' },
  { name: 'output', short: 'o', type: 'string' as const },
  { name: 'save-config', type: 'bool' as const, default: false },
  { name: 'validate', type: 'string' as const, default: 'strict', noOptDefault: 'strict' },
  { name: 'field-manager', type: 'string' as const },
];

/** The --dry-run value, or undefined after printing kubectl's error. */
export function dryRunOf(ctx: KubectlContext): DryRun | undefined {
  const v = String(ctx.flags['dry-run'] ?? 'none');
  if (v === 'none' || v === 'client' || v === 'server') return v;
  err(ctx.io, `error: Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
  return undefined;
}

export function suffix(dryRun: DryRun): string {
  return dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
}

/**
 * -o yaml|json|name, or the "<kind>/<name> <verb>" line. `sorted` marks objects kubectl holds as
 * unstructured maps (apply), whose JSON keys come out sorted; generated objects keep struct order.
 */
export function printResult(ctx: KubectlContext, rk: ResourceKind, obj: KubeObject, verb: string, dryRun: DryRun, sorted = false): void {
  const output = ctx.flags.output as string | undefined;
  if (output === 'yaml') out(ctx.io, toYaml(obj));
  else if (output === 'json') out(ctx.io, `${goJsonPretty(obj, sorted)}\n`);
  else if (output === 'name') out(ctx.io, `${kindPrefix(rk)}/${obj.metadata.name}`);
  else out(ctx.io, `${kindPrefix(rk)}/${obj.metadata.name} ${verb}${suffix(dryRun)}`);
}

export function failWith(ctx: KubectlContext, r: ApiResponse): number {
  if (!r.ok) err(ctx.io, kubectlErrorText(r));
  return 1;
}

export function kindOf(obj: KubeObject): ResourceKind | undefined {
  return resourceForKind(obj.apiVersion, obj.kind);
}

/**
 * --save-config on a generated object (create namespace/quota/service, expose): kubectl's
 * CreateOrUpdateAnnotation encodes the typed object, so the JSON keeps the Go structs' field order
 * (the generators build objects in that order) instead of apply's sorted keys.
 */
export function withCreateAnnotation(obj: KubeObject): KubeObject {
  const copy = JSON.parse(JSON.stringify(obj)) as KubeObject;
  const annotations = { ...(copy.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED_ANNOTATION];
  const bare = { ...copy, metadata: { ...copy.metadata, annotations: Object.keys(annotations).length ? annotations : undefined } };
  copy.metadata.annotations = { ...annotations, [LAST_APPLIED_ANNOTATION]: `${JSON.stringify(bare)}\n` };
  return copy;
}

export interface CreateOptions {
  /** create service prints its object before annotating it (kubectl 1.33 behaviour seen in its output). */
  annotateDryRun?: boolean;
}

/** `kubectl create <sub>` after the object is built: print it (client dry run) or send it. */
export function* createBuilt(ctx: KubectlContext, obj: KubeObject, verb = 'created', opts: CreateOptions = {}): CommandGenerator {
  const dryRun = dryRunOf(ctx);
  if (!dryRun) return 1;
  const rk = kindOf(obj)!;
  const annotate = ctx.flags['save-config'] && (dryRun !== 'client' || opts.annotateDryRun !== false);
  const body = annotate ? withCreateAnnotation(obj) : obj;
  if (dryRun === 'client') {
    printResult(ctx, rk, body, verb, dryRun);
    return 0;
  }
  const namespace = rk.namespaced ? (body.metadata.namespace ?? ctx.namespace) : undefined;
  const r = yield* api({ verb: 'create', resource: rk.plural, namespace, body, dryRun: dryRun === 'server' });
  if (!r.ok) return failWith(ctx, r);
  printResult(ctx, rk, r.object ?? body, verb, dryRun);
  return 0;
}
