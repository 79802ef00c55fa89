// What the object-writing commands (create <sub>, expose, apply) share: their flags, errors and
// the create of a generated object (dry runs and printing: ../dryRun.ts).
import type { KubeObject } from '../../../api/types.ts';
import { resourceForKind, type ResourceKind } from '../../../api/resources.ts';
import { kubectlErrorText, type ApiResponse } from '../../../apiserver/protocol.ts';
import { api, err, type CommandGenerator } from '../../command.ts';
import { DRY_RUN_FLAG, printWritten } from '../dryRun.ts';
import type { KubectlContext } from '../registry.ts';
import { LAST_APPLIED_ANNOTATION } from './lastApplied.ts';

export const WRITE_FLAGS = [
  DRY_RUN_FLAG,
  { name: 'output', short: 'o', type: 'string' as const },
  { name: 'save-config', type: 'bool' as const, default: false },
  { name: 'validate', type: 'string' as const, default: 'strict', noOptDefault: 'strict' },
  { name: 'field-manager', type: 'string' as const },
];

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

/** `kubectl create <sub>` after the object is built: print it (client dry run) or send it (dryRun=All for a server dry run). */
export function* createBuilt(ctx: KubectlContext, obj: KubeObject, verb = 'created', opts: CreateOptions = {}): CommandGenerator {
  const dryRun = ctx.dryRun;
  const rk = kindOf(obj)!;
  const annotate = ctx.flags['save-config'] && (dryRun !== 'client' || opts.annotateDryRun !== false);
  const body = annotate ? withCreateAnnotation(obj) : obj;
  if (dryRun === 'client') return printWritten(ctx, { rk, obj: body, operation: verb, sorted: false }) ? 0 : 1;
  const namespace = rk.namespaced ? (body.metadata.namespace ?? ctx.namespace) : undefined;
  const r = yield* api({ verb: 'create', resource: rk.plural, namespace, body });
  if (!r.ok) return failWith(ctx, r);
  return printWritten(ctx, { rk, obj: r.object ?? body, operation: verb, sorted: false }) ? 0 : 1;
}
