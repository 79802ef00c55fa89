import { resourceForKind } from '../../../api/resources.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, out, type CommandGenerator } from '../../command.ts';
import { readFileArgs, validateClientSide } from '../fileArgs.ts';
import { checkObjectOutput } from '../templatePrinters.ts';
import { DRY_RUN_FLAG, printWritten } from '../dryRun.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { kindPrefix } from '../targets.ts';
import { forceReplace, replaceFlagError } from './forceReplace.ts';
import { OBJECT_CREATE_FLAGS } from '../objects/createFlags.ts';

/** `kubectl create <subcommand>` generators registered by other modules (deployment, namespace, service...). */
export type CreateSubcommand = (ctx: KubectlContext) => CommandGenerator;
const subcommands = new Map<string, CreateSubcommand>();
const canonicalNames = new Map<string, string>();

export function registerCreateSubcommand(name: string, fn: CreateSubcommand, aliases: string[] = []): void {
  subcommands.set(name, fn);
  for (const a of aliases) subcommands.set(a, fn);
  for (const n of [name, ...aliases]) canonicalNames.set(n, name);
}

/** `deploy` -> `deployment`: the name a subcommand's help is recorded under. */
export function createSubcommandName(nameOrAlias: string): string | undefined {
  return canonicalNames.get(nameOrAlias);
}

function* create(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const files = (flags.filename as string[]) ?? [];
  if (ctx.args.length && !files.length) {
    const sub = subcommands.get(ctx.args[0]);
    if (!sub) {
      err(io, `error: unknown command "${ctx.args[0]}" for "kubectl create"`);
      return 1;
    }
    return yield* sub({ ...ctx, args: ctx.args.slice(1) });
  }
  if (!files.length) {
    err(io, "error: must specify one of -f and -k\n\nerror: unknown command \"\" for \"kubectl create\"".split('\n\n')[0]);
    return 1;
  }
  return yield* applyObjects(ctx, files, 'create');
}

export function* applyObjects(ctx: KubectlContext, files: string[], verb: 'create' | 'replace'): CommandGenerator {
  const { io, flags } = ctx;
  const output = flags.output as string | undefined;
  if (!checkObjectOutput(io, output)) return 1;
  const { objects, error } = readFileArgs(io, files);
  if (error) {
    err(io, error);
    return 1;
  }
  const dryRun = ctx.dryRun;
  let exit = 0;
  for (const { obj, source } of objects) {
    const bad = validateClientSide(obj, source, !['false', 'ignore'].includes(String(flags.validate)));
    if (bad) {
      err(io, bad);
      exit = 1;
      continue;
    }
    const rk = resourceForKind(obj.apiVersion, obj.kind);
    if (!rk) {
      err(io, `error: resource mapping not found for name: "${obj.metadata?.name ?? ''}" namespace: "${obj.metadata?.namespace ?? ''}" from "${source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`);
      exit = 1;
      continue;
    }
    obj.metadata ??= {};
    const objNs = obj.metadata.namespace;
    if (rk.namespaced && objNs && ctx.explicitNamespace && objNs !== ctx.namespace) {
      err(io, `error: the namespace from the provided object "${objNs}" does not match the namespace "${ctx.namespace}". You must pass '--namespace=${objNs}' to perform this operation.`);
      exit = 1;
      continue;
    }
    const namespace = rk.namespaced ? objNs ?? ctx.namespace : undefined;
    const operation = verb === 'create' ? 'created' : 'replaced';
    const body = { ...obj, metadata: { ...obj.metadata, ...(namespace ? { namespace } : {}) } };
    if (dryRun === 'client') {
      if (!printWritten(ctx, { rk, obj: body, operation, sorted: true })) exit = 1;
      continue;
    }
    const r = verb === 'create'
      ? yield* api({ verb: 'create', resource: rk.plural, namespace, body })
      : yield* api({ verb: 'update', resource: rk.plural, namespace, name: obj.metadata.name, body });
    if (!r.ok) {
      err(io, kubectlErrorText(r, { verb: verb === 'create' ? 'creating' : 'replacing', file: source }));
      exit = 1;
      continue;
    }
    if (!printWritten(ctx, { rk, obj: r.object ?? body, operation, sorted: true })) exit = 1;
  }
  return exit;
}

registerVerb({
  name: 'create',
  flags: [
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
    DRY_RUN_FLAG,
    { name: 'output', short: 'o', type: 'string' },
    { name: 'validate', type: 'string', default: 'strict', noOptDefault: 'strict' },
    { name: 'save-config', type: 'bool', default: false },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    // Flags of the create subcommands (create deployment/namespace/service ...).
    { name: 'image', type: 'stringArray', default: [] },
    { name: 'replicas', short: 'r', type: 'int', default: 1 },
    { name: 'port', type: 'int', default: -1 },
    { name: 'tcp', type: 'stringArray', default: [] },
    { name: 'node-port', type: 'int', default: 0 },
    { name: 'hard', type: 'string' },
    { name: 'scopes', type: 'string' },
    { name: 'clusterip', type: 'string' },
    { name: 'external-name', type: 'string' },
    ...OBJECT_CREATE_FLAGS,
  ],
  run: create,
});

registerVerb({
  name: 'replace',
  flags: [
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
    DRY_RUN_FLAG,
    { name: 'output', short: 'o', type: 'string' },
    { name: 'force', type: 'bool', default: false },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'timeout', type: 'string', default: '0s' },
    { name: 'cascade', type: 'string', default: 'background', noOptDefault: 'background' },
    { name: 'validate', type: 'string', default: 'strict', noOptDefault: 'strict' },
  ],
  *run(ctx) {
    const files = (ctx.flags.filename as string[]) ?? [];
    const flagError = replaceFlagError(ctx);
    if (flagError) {
      err(ctx.io, flagError);
      return 1;
    }
    if (!files.length) {
      err(ctx.io, "error: must specify --filename to replace\nSee 'kubectl replace -h' for help and examples");
      return 1;
    }
    if (ctx.flags.force) return yield* forceReplace(ctx, files);
    return yield* applyObjects(ctx, files, 'replace');
  },
});
