// `kubectl create deployment NAME --image=... [--replicas] [--port] [--dry-run=client -o yaml] [-- COMMAND args...]`.
import { resourceForKind } from '../../../api/resources.ts';
import { api, err, type CommandGenerator } from '../../command.ts';
import { printWritten } from '../dryRun.ts';
import type { KubectlContext } from '../registry.ts';
import { registerCreateSubcommand } from '../verbs/create.ts';
import { buildDeployment } from './deploymentGenerator.ts';

function* createDeployment(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const images = (flags.image as string[]) ?? [];
  if (!ctx.changed.has('image') || images.length === 0) {
    err(io, 'error: required flag(s) "image" not set');
    return 1;
  }
  if (ctx.args.length !== 1) {
    err(io, `error: exactly one NAME is required, got ${ctx.args.length}\nSee 'kubectl create deployment -h' for help and examples`);
    return 1;
  }
  const command = ctx.afterDash ?? [];
  if (images.length > 1 && command.length) {
    err(io, 'error: cannot specify multiple --image options and command');
    return 1;
  }
  const name = ctx.args[0];
  const deployment = buildDeployment(name, images, Number(flags.replicas ?? 1), Number(flags.port ?? -1), (n) => io.random(n), command);
  // With -n kubectl sets the namespace on the object it generates (EnforceNamespace).
  if (ctx.explicitNamespace) deployment.metadata = { name, namespace: ctx.namespace, ...deployment.metadata };
  const rk = resourceForKind('apps/v1', 'Deployment')!;
  if (ctx.dryRun === 'client') return printWritten(ctx, { rk, obj: deployment, operation: 'created', sorted: false }) ? 0 : 1;
  const body = { ...deployment, metadata: { ...deployment.metadata, namespace: ctx.namespace } };
  delete (body.metadata as { creationTimestamp?: unknown }).creationTimestamp;
  delete (body.spec.template.metadata as { creationTimestamp?: unknown }).creationTimestamp;
  delete (body as { status?: unknown }).status;
  const r = yield* api({ verb: 'create', resource: 'deployments', namespace: ctx.namespace, body });
  if (!r.ok) {
    // kubectl wraps the API error (fmt.Errorf), so the Status message is printed as the server wrote
    // it, with the group-qualified kind: `Deployment.apps "x" is invalid: ...`.
    const message = r.reason === 'Invalid' ? r.message.replace(/^Deployment "/, 'Deployment.apps "') : r.message;
    err(io, `error: failed to create deployment: ${message}`);
    return 1;
  }
  return printWritten(ctx, { rk, obj: r.object ?? body, operation: 'created', sorted: false }) ? 0 : 1;
}

registerCreateSubcommand('deployment', createDeployment, ['deploy']);
