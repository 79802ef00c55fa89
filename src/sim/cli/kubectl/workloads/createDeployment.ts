// `kubectl create deployment NAME --image=... [--replicas] [--port] [--dry-run=client -o yaml] [-- COMMAND args...]`.
import { api, err, out, type CommandGenerator } from '../../command.ts';
import { toJson, toYaml } from '../output.ts';
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
  const dryRun = String(flags['dry-run'] ?? 'none');
  const output = flags.output as string | undefined;
  if (dryRun === 'client') {
    if (output === 'yaml') out(io, toYaml(deployment));
    else if (output === 'json') out(io, toJson(deployment));
    else if (output === 'name') out(io, `deployment.apps/${name}`);
    else out(io, `deployment.apps/${name} created (dry run)`);
    return 0;
  }
  const body = { ...deployment, metadata: { ...deployment.metadata, namespace: ctx.namespace } };
  delete (body.metadata as { creationTimestamp?: unknown }).creationTimestamp;
  delete (body.spec.template.metadata as { creationTimestamp?: unknown }).creationTimestamp;
  delete (body as { status?: unknown }).status;
  const r = yield* api({ verb: 'create', resource: 'deployments', namespace: ctx.namespace, body, dryRun: dryRun === 'server' });
  if (!r.ok) {
    // kubectl wraps the API error (fmt.Errorf), so the Status message is printed as the server wrote
    // it, with the group-qualified kind: `Deployment.apps "x" is invalid: ...`.
    const message = r.reason === 'Invalid' ? r.message.replace(/^Deployment "/, 'Deployment.apps "') : r.message;
    err(io, `error: failed to create deployment: ${message}`);
    return 1;
  }
  if (output === 'yaml') out(io, toYaml(r.object));
  else if (output === 'json') out(io, toJson(r.object));
  else if (output === 'name') out(io, `deployment.apps/${name}`);
  else out(io, `deployment.apps/${name} created${dryRun === 'server' ? ' (server dry run)' : ''}`);
  return 0;
}

registerCreateSubcommand('deployment', createDeployment, ['deploy']);
