// `kubectl apply -f` (client-side apply, k8s-facts 12.3): creates what does not exist yet, with the
// last-applied-configuration annotation; otherwise merges the file into the live object with the
// three-way merge and writes the result when something changed ("configured" / "unchanged").
import type { KubeObject } from '../../../api/types.ts';
import { clone } from '../../../api/meta.ts';
import { api, err, out, type CommandGenerator } from '../../command.ts';
import { toYaml } from '../output.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { createStrategicPatch } from '../../../api/patch/strategicDiff.ts';
import { failWith, kindOf, WRITE_FLAGS } from './objectOutput.ts';
import { printWritten } from '../dryRun.ts';
import { goJson, goJsonPretty, LAST_APPLIED_ANNOTATION, readLastApplied, withLastApplied } from './lastApplied.ts';
import { readFileArgs, validateClientSide } from '../fileArgs.ts';

interface Manifest {
  source: string;
  object: KubeObject;
}
import { threeWayMerge } from './threeWayMerge.ts';
import { viewLastApplied } from './viewLastApplied.ts';

/** Fields the server owns: never part of the comparison or of what apply sends back. */
function comparable(obj: KubeObject): KubeObject {
  const c = clone(obj);
  const { resourceVersion: _rv, ...metadata } = c.metadata;
  return { ...c, metadata };
}

export function* applyOne(ctx: KubectlContext, m: Manifest, collected?: KubeObject[]): CommandGenerator {
  const dryRun = ctx.dryRun;
  const rk = kindOf(m.object);
  if (!rk) {
    err(ctx.io, `error: resource mapping not found for name: "${m.object.metadata?.name ?? ''}" namespace: "" from "${m.source}": no matches for kind "${m.object.kind}" in version "${m.object.apiVersion}"\nensure CRDs are installed first`);
    return 1;
  }
  const print = (obj: KubeObject, operation: string) => {
    if (collected) return (collected.push(obj), 0);
    return printWritten(ctx, { rk, obj, operation, sorted: true }) ? 0 : 1;
  };
  const file = clone(m.object);
  file.metadata ??= {};
  if (rk.namespaced) {
    if (ctx.explicitNamespace && file.metadata.namespace && file.metadata.namespace !== ctx.namespace) {
      err(ctx.io, `error: the namespace from the provided object "${file.metadata.namespace}" does not match the namespace "${ctx.namespace}". You must pass '--namespace=${file.metadata.namespace}' to perform this operation.`);
      return 1;
    }
    file.metadata.namespace ??= ctx.namespace;
  }
  const name = file.metadata.name;
  const modified = withLastApplied(file);
  const got = yield* api({ verb: 'get', resource: rk.plural, namespace: file.metadata.namespace, name });
  if (!got.ok && got.reason !== 'NotFound') return failWith(ctx, got);
  if (!got.ok) {
    if (dryRun === 'client') return print(modified, 'created');
    const r = yield* api({ verb: 'create', resource: rk.plural, namespace: file.metadata.namespace, body: modified });
    if (!r.ok) return failWith(ctx, r);
    return print(r.object ?? modified, 'created');
  }
  const live = got.object!;
  if (!live.metadata.annotations?.[LAST_APPLIED_ANNOTATION]) {
    // info.ObjectName(): the mapping's resource without its group ("deployments/web").
    err(ctx.io, `Warning: resource ${rk.plural}/${name} is missing the ${LAST_APPLIED_ANNOTATION} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`);
  }
  const merged = threeWayMerge(readLastApplied(live), modified, live);
  // kubectl sends the difference as a strategic merge patch (the API server merges it into the
  // object as it is then, so a controller's write in between causes no conflict); an empty patch
  // is not sent: "unchanged".
  const patch = createStrategicPatch(comparable(live) as unknown as Record<string, unknown>, comparable(merged) as unknown as Record<string, unknown>, rk.kind);
  if (Object.keys(patch).length === 0) return print(live, 'unchanged');
  // kubectl's client dry run computes the patch but prints the object as it read it (Patcher
  // returns info.Object unchanged), so -o yaml shows the live object.
  if (dryRun === 'client') return print(live, 'configured');
  const r = yield* api({ verb: 'patch', resource: rk.plural, namespace: file.metadata.namespace, name, patchType: 'strategic', patchBody: patch });
  if (!r.ok) return failWith(ctx, r);
  return print(r.object ?? merged, 'configured');
}

function* apply(ctx: KubectlContext): CommandGenerator {
  if (ctx.args[0] === 'view-last-applied') return yield* viewLastApplied(ctx);
  if (ctx.flags['server-side']) {
    err(ctx.io, 'error: server-side apply (--server-side) is not available in this simulation; it uses client-side apply with the last-applied-configuration annotation');
    return 1;
  }
  const files = (ctx.flags.filename as string[]) ?? [];
  if (!files.length) {
    err(ctx.io, "error: must specify one of -f and -k");
    return 1;
  }
  const { objects, error } = readFileArgs(ctx.io, files);
  if (error) {
    err(ctx.io, error.replace('no objects passed to create', 'no objects passed to apply'));
    return 1;
  }
  let code = 0;
  // With -o yaml|json and several objects kubectl prints them at the end as one List.
  const output = ctx.flags.output;
  const collected = (output === 'yaml' || output === 'json') && objects.length > 1 ? [] as KubeObject[] : undefined;
  for (const { obj, source } of objects) {
    const bad = validateClientSide(obj, source);
    if (bad) {
      err(ctx.io, bad);
      code = 1;
      continue;
    }
    const c = yield* applyOne(ctx, { object: obj, source }, collected);
    if (c !== 0) code = c;
  }
  if (collected?.length) {
    const list = { kind: 'List', apiVersion: 'v1', metadata: {}, items: collected };
    if (output === 'yaml') out(ctx.io, toYaml(list));
    // The List is kubectl's typed struct (its field order), the items unstructured maps (sorted keys).
    else ctx.io.stdout.push(`${goJsonPretty({ ...list, items: collected.map((i) => JSON.parse(goJson(i)) as unknown) }, false)}\n`);
  }
  return code;
}

registerVerb({
  name: 'apply',
  flags: [...WRITE_FLAGS, { name: 'filename', short: 'f', type: 'stringArray', default: [] }, { name: 'server-side', type: 'bool', default: false }, { name: 'force', type: 'bool', default: false },
    // Also read by `apply view-last-applied`.
    { name: 'selector', short: 'l', type: 'string' }, { name: 'all', type: 'bool', default: false }],
  run: apply,
});
