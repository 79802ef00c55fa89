// `kubectl create configmap NAME` and `kubectl create secret generic NAME` with --from-literal,
// --from-file (file, KEY=file, directory), --from-env-file and (secrets) --type: the objects kubectl
// 1.33 builds on the client (create_configmap.go, create_secret.go), sent through createBuilt.
import type { KubeObject } from '../../../api/types.ts';
import { err, type CommandGenerator } from '../../command.ts';
import { createBuilt } from '../apply/objectOutput.ts';
import type { KubectlContext } from '../registry.ts';
import { registerCreateSubcommand } from '../verbs/create.ts';
import { base64Utf8 } from '../../../api/configKeys.ts';
import { DataSourceError, readDataSources, type DataKind } from './dataSources.ts';

/** cobra's usage error of a create subcommand. */
export function nameUsage(ctx: KubectlContext, command: string): number {
  err(ctx.io, `error: exactly one NAME is required, got ${ctx.args.length}\nSee 'kubectl ${command} -h' for help and examples`);
  return 1;
}

function strings(ctx: KubectlContext, flag: string): string[] {
  return (ctx.flags[flag] as string[] | undefined) ?? [];
}

/** metadata as the generators set it: name, the namespace only when -n was given, creationTimestamp null. */
export function generatedMeta(ctx: KubectlContext, name: string): KubeObject['metadata'] {
  return { name, ...(ctx.explicitNamespace ? { namespace: ctx.namespace } : {}), creationTimestamp: null as unknown as string };
}

function* createData(ctx: KubectlContext, kind: DataKind, command: string): CommandGenerator {
  if (ctx.args.length !== 1) return nameUsage(ctx, command);
  const name = ctx.args[0];
  let entries;
  try {
    entries = readDataSources(ctx.io, kind, name, {
      literals: strings(ctx, 'from-literal'), files: strings(ctx, 'from-file'), envFiles: strings(ctx, 'from-env-file'),
    });
  } catch (e) {
    if (!(e instanceof DataSourceError)) throw e;
    err(ctx.io, `error: ${e.message}`);
    return 1;
  }
  const obj: KubeObject = { kind, apiVersion: 'v1', metadata: generatedMeta(ctx, name) };
  if (entries.length) obj.data = Object.fromEntries(entries.map(([k, v]) => [k, kind === 'Secret' ? base64Utf8(v) : v]));
  const type = ctx.flags.type as string | undefined;
  if (kind === 'Secret' && type) obj.type = type;
  return yield* createBuilt(ctx, obj);
}

function* createSecret(ctx: KubectlContext): CommandGenerator {
  const sub = ctx.args[0];
  if (sub === 'generic') return yield* createData({ ...ctx, args: ctx.args.slice(1) }, 'Secret', 'create secret generic');
  if (sub === 'docker-registry' || sub === 'tls') {
    err(ctx.io, `error: "kubectl create secret ${sub}" is not available in this simulation`);
    return 1;
  }
  err(ctx.io, SECRET_USAGE);
  return 1;
}

/** What `kubectl create secret` without a known subcommand prints (to stderr, exit 1). */
const SECRET_USAGE = `Create a secret with specified type.

 A docker-registry type secret is for accessing a container registry.

 A generic type secret indicate an Opaque secret type.

 A tls type secret holds TLS certificate and its associated key.

Available Commands:
  docker-registry   Create a secret for use with a Docker registry
  generic           Create a secret from a local file, directory, or literal value
  tls               Create a TLS secret

Usage:
  kubectl create secret (docker-registry | generic | tls) [options]

Use "kubectl create secret <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

registerCreateSubcommand('configmap', (ctx) => createData(ctx, 'ConfigMap', 'create configmap'), ['cm']);
registerCreateSubcommand('secret', createSecret);
