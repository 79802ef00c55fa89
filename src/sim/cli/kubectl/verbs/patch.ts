// `kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH | --patch-file FILE] [--type strategic|merge|json]`
// (staging/src/k8s.io/kubectl/pkg/cmd/patch): kubectl reads the object, sends the patch as a PATCH
// request and the API server applies it (strategic merge by default, with the Go types' patch
// strategies: ../../../api/patch). `patched`, or `patched (no change)` when the answer equals what it
// read. With --local or --dry-run=client kubectl applies the patch itself and sends nothing.
// Simplification: --subresource is not simulated.
import { parse as parseYaml } from 'yaml';
import type { KubeObject } from '../../../api/types.ts';
import { applyPatchOfType, JsonPatchApplyError, PatchError, UndecodedPatch, type PatchType } from '../../../api/patch/applyPatch.ts';
import { semanticEqual } from '../../../apiserver/semanticEqual.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, type CommandGenerator } from '../../command.ts';
import { DRY_RUN_FLAG, printWritten } from '../dryRun.ts';
import { goYamlError } from '../manifests.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { visitResources } from '../resourceArgs.ts';

const PATCH_TYPES: PatchType[] = ['json', 'merge', 'strategic'];

/** yaml.ToJSON of the patch text: JSON-looking text goes as it is, YAML is converted. */
export function patchBodyOf(text: string): { body: unknown } | { error: string } {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { body: JSON.parse(trimmed) as unknown };
    } catch {
      // Go's YAML parser reads most JSON; what neither reads reaches the server undecoded.
      try {
        return { body: parseYaml(text) as unknown };
      } catch {
        return { body: new UndecodedPatch(text) };
      }
    }
  }
  try {
    return { body: (parseYaml(text, { uniqueKeys: false }) as unknown) ?? null };
  } catch (e) {
    const yamlError = e as Parameters<typeof goYamlError>[0];
    return { error: yamlError.pos ? goYamlError(yamlError, text) : `yaml: ${(e as Error).message}` };
  }
}

/** What kubectl prints when it applies a patch itself and fails (getPatchedJSON's errors). */
function localPatchError(e: PatchError): string {
  if (e instanceof JsonPatchApplyError) {
    const ix = e.detail.indexOf('key:');
    if (e.detail.includes('doc is missing key') && ix >= 0) return `error: Object to be patched is missing field (${e.detail.slice(ix + 5)})`;
    return `error: ${e.detail}`;
  }
  return `error: ${e.message}`;
}

function* patch(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const text = String(flags.patch ?? '');
  const file = String(flags['patch-file'] ?? '');
  const local = !!flags.local;
  const type = String(flags.type ?? 'strategic');
  // Validate(), in kubectl's order.
  if (text && file) return fail(ctx, 'error: cannot specify --patch and --patch-file together');
  if (!text && !file) return fail(ctx, 'error: must specify --patch or --patch-file containing the contents of the patch');
  if (local && ctx.args.length) return fail(ctx, 'error: cannot specify --local and server resources');
  if (local && ctx.dryRun === 'server') return fail(ctx, 'error: cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
  const patchType = type.toLowerCase() as PatchType;
  if (!PATCH_TYPES.includes(patchType)) return fail(ctx, `error: --type must be one of [${PATCH_TYPES.join(' ')}], not "${type}"`);
  if (flags.subresource) return fail(ctx, 'error: kubectl patch --subresource is not available in this simulation');
  let source = text;
  if (file) {
    const content = io.files[file] ?? io.files[file.replace(/^\.\//, '')];
    if (content === undefined) return fail(ctx, `error: unable to read patch file: open ${file}: no such file or directory`);
    source = content;
  }
  const parsed = patchBodyOf(source);
  if ('error' in parsed) return fail(ctx, `error: unable to parse "${text}": ${parsed.error}`);
  const visited = yield* visitResources(ctx, { args: ctx.args, files: (flags.filename as string[]) ?? [], all: false, local });
  if (visited.fatal) return fail(ctx, visited.fatal);
  let exit = 0;
  const printCtx: KubectlContext = { ...ctx, dryRun: 'none' }; // patch prints no "(dry run)" suffix
  for (const { rk, object } of visited.infos) {
    let result: KubeObject;
    if (!local && ctx.dryRun !== 'client') {
      const r = yield* api({ verb: 'patch', resource: rk.plural, namespace: rk.namespaced ? object.metadata.namespace : undefined, name: object.metadata.name, patchType, patchBody: parsed.body });
      if (!r.ok) {
        err(io, kubectlErrorText(r));
        exit = 1;
        continue;
      }
      result = r.object!;
    } else {
      try {
        result = applyPatchOfType(patchType, object, parsed.body, object.kind ?? rk.kind);
      } catch (e) {
        if (!(e instanceof PatchError)) throw e;
        err(io, localPatchError(e));
        exit = 1;
        continue;
      }
    }
    const operation = semanticEqual(result, object) ? 'patched (no change)' : 'patched';
    if (!printWritten(printCtx, { rk, obj: result, operation, sorted: true })) exit = 1;
  }
  for (const e of visited.errors) {
    err(io, e);
    exit = 1;
  }
  if (!visited.infos.length && !visited.errors.length) return fail(ctx, 'error: no objects passed to patch');
  return exit;
}

function fail(ctx: KubectlContext, text: string): number {
  err(ctx.io, text);
  return 1;
}

registerVerb({
  name: 'patch',
  flags: [
    DRY_RUN_FLAG,
    { name: 'output', short: 'o', type: 'string' },
    { name: 'patch', short: 'p', type: 'string' },
    { name: 'patch-file', type: 'string' },
    { name: 'type', type: 'string', default: 'strategic' },
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
    { name: 'local', type: 'bool', default: false },
    { name: 'subresource', type: 'string' },
    { name: 'field-manager', type: 'string' },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    { name: 'show-managed-fields', type: 'bool', default: false },
    { name: 'allow-missing-template-keys', type: 'bool', default: true },
    { name: 'template', type: 'string' },
  ],
  run: patch,
});
