// `kubectl create service <type>`, `create namespace` and `create quota`, registered as
// subcommands of kubectl's create verb (which declares their flags and strips the subcommand word).
import { err, type CommandGenerator } from '../../command.ts';
import type { KubectlContext } from '../registry.ts';
import { registerCreateSubcommand } from '../verbs/create.ts';
import { createBuilt } from '../apply/objectOutput.ts';
import { createServiceObject, KubectlUsageError, type CreateServiceType } from './serviceGenerators.ts';
import { createNamespaceObject, createQuotaObject } from './namespaceQuotaGenerators.ts';

const SERVICE_TYPES: CreateServiceType[] = ['clusterip', 'nodeport', 'loadbalancer', 'externalname'];

function usage(ctx: KubectlContext, command: string, message: string): number {
  err(ctx.io, `error: ${message}\nSee 'kubectl ${command} -h' for help and examples`);
  return 1;
}

function* createService(ctx: KubectlContext): CommandGenerator {
  const args = ctx.args;
  const type = args[0] as CreateServiceType | undefined;
  if (!type || !SERVICE_TYPES.includes(type)) {
    // `create service` itself has no flags of its own: cobra rejects the first one it sees.
    err(ctx.io, `error: unknown flag: --${[...ctx.changed].find((f) => f !== 'namespace') ?? 'help'}\nSee 'kubectl create service --help' for usage.`);
    return 1;
  }
  const names = args.slice(1);
  if (names.length !== 1) return usage(ctx, `create service ${type}`, `exactly one NAME is required, got ${names.length}`);
  try {
    const svc = createServiceObject({
      type,
      name: names[0],
      tcp: ((ctx.flags.tcp as string[]) ?? []).flatMap((t) => t.split(',')).filter(Boolean),
      clusterIP: ctx.flags.clusterip as string | undefined,
      nodePort: ctx.flags['node-port'] as number,
      externalName: ctx.flags['external-name'] as string | undefined,
      namespace: ctx.explicitNamespace ? ctx.namespace : undefined,
    });
    return yield* createBuilt(ctx, svc, 'created', { annotateDryRun: false });
  } catch (e) {
    if (!(e instanceof KubectlUsageError)) throw e;
    err(ctx.io, `error: ${e.message}`);
    return 1;
  }
}

function* createNamespace(ctx: KubectlContext): CommandGenerator {
  if (ctx.args.length !== 1) return usage(ctx, 'create namespace', `exactly one NAME is required, got ${ctx.args.length}`);
  return yield* createBuilt(ctx, createNamespaceObject(ctx.args[0]));
}

function* createQuota(ctx: KubectlContext): CommandGenerator {
  if (ctx.args.length !== 1) return usage(ctx, 'create quota', `exactly one NAME is required, got ${ctx.args.length}`);
  try {
    const quota = createQuotaObject(ctx.args[0], ctx.flags.hard as string | undefined, ctx.flags.scopes as string | undefined, ctx.explicitNamespace ? ctx.namespace : undefined);
    return yield* createBuilt(ctx, quota);
  } catch (e) {
    if (!(e instanceof KubectlUsageError)) throw e;
    err(ctx.io, `error: ${e.message}`);
    return 1;
  }
}

registerCreateSubcommand('service', createService, ['svc']);
registerCreateSubcommand('namespace', createNamespace, ['ns']);
registerCreateSubcommand('quota', createQuota, ['resourcequota']);
