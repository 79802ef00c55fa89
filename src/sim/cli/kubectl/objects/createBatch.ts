// `kubectl create job NAME --image=IMAGE [-- COMMAND]`, `kubectl create job NAME --from=cronjob/X`
// and `kubectl create cronjob NAME --image=IMAGE --schedule=SPEC [--restart] [-- COMMAND]`: the
// objects kubectl 1.33 builds (create_job.go, create_cronjob.go), in the Go structs' field order.
import { resolveResource } from '../../../api/resources.ts';
import type { KubeObject } from '../../../api/types.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import type { CronJob } from '../../../controllers/batchapi/types.ts';
import { api, err, type CommandGenerator } from '../../command.ts';
import { createBuilt } from '../apply/objectOutput.ts';
import type { KubectlContext } from '../registry.ts';
import { registerCreateSubcommand } from '../verbs/create.ts';
import { generatedMeta, nameUsage } from './createConfigData.ts';

function image(ctx: KubectlContext): string | undefined {
  const images = (ctx.flags.image as string[] | undefined) ?? [];
  return images.length ? images[images.length - 1] : undefined;
}

function podTemplate(name: string, img: string, command: string[] | undefined, restartPolicy: string): object {
  const container: Record<string, unknown> = { name, image: img };
  if (command?.length) container.command = command;
  container.resources = {};
  return { metadata: { creationTimestamp: null }, spec: { containers: [container], restartPolicy } };
}

function* createJob(ctx: KubectlContext): CommandGenerator {
  if (ctx.args.length !== 1) return nameUsage(ctx, 'create job');
  const name = ctx.args[0];
  const img = image(ctx);
  const from = ctx.flags.from as string | undefined;
  if ((img === undefined) === (from === undefined)) {
    err(ctx.io, 'error: either --image or --from must be specified');
    return 1;
  }
  if (from !== undefined && ctx.afterDash?.length) {
    err(ctx.io, 'error: cannot specify --from and command');
    return 1;
  }
  if (img !== undefined) {
    const job = {
      kind: 'Job', apiVersion: 'batch/v1', metadata: generatedMeta(ctx, name),
      spec: { template: podTemplate(name, img, ctx.afterDash, 'Never') }, status: {},
    } as unknown as KubeObject;
    return yield* createBuilt(ctx, job);
  }
  const slash = from!.indexOf('/');
  const rk = resolveResource(slash < 0 ? from! : from!.slice(0, slash));
  if (!rk) {
    err(ctx.io, `error: the server doesn't have a resource type "${slash < 0 ? from : from!.slice(0, slash)}"`);
    return 1;
  }
  if (slash < 0) {
    err(ctx.io, `error: from must be of the form <kind>/<name>`);
    return 1;
  }
  const r = yield* api({ verb: 'get', resource: rk.plural, namespace: rk.namespaced ? ctx.namespace : undefined, name: from!.slice(slash + 1) });
  if (!r.ok) {
    err(ctx.io, kubectlErrorText(r));
    return 1;
  }
  if (!r.object) return 1;
  if (rk.kind !== 'CronJob') {
    err(ctx.io, `error: unknown object type *${rk.group === '' ? 'v1' : rk.version}.${rk.kind}`);
    return 1;
  }
  const cj = r.object as CronJob;
  const template = cj.spec.jobTemplate ?? { spec: {} };
  const metadata: Record<string, unknown> = { name, ...(ctx.explicitNamespace ? { namespace: ctx.namespace } : {}), creationTimestamp: null };
  if (template.metadata?.labels) metadata.labels = template.metadata.labels;
  metadata.annotations = { 'cronjob.kubernetes.io/instantiate': 'manual', ...(template.metadata?.annotations ?? {}) };
  metadata.ownerReferences = [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name, uid: cj.metadata.uid, controller: true }];
  const job = { kind: 'Job', apiVersion: 'batch/v1', metadata, spec: template.spec, status: {} } as unknown as KubeObject;
  return yield* createBuilt(ctx, job);
}

function* createCronJob(ctx: KubectlContext): CommandGenerator {
  const img = image(ctx);
  const schedule = ctx.changed.has('schedule') ? String(ctx.flags.schedule) : undefined;
  const missing = [img === undefined ? '"image"' : '', schedule === undefined ? '"schedule"' : ''].filter(Boolean);
  if (missing.length) {
    err(ctx.io, `error: required flag(s) ${missing.join(', ')} not set`);
    return 1;
  }
  if (ctx.args.length !== 1) return nameUsage(ctx, 'create cronjob');
  const name = ctx.args[0];
  const restart = ctx.changed.has('restart') ? String(ctx.flags.restart) : 'OnFailure';
  const cj = {
    kind: 'CronJob', apiVersion: 'batch/v1', metadata: generatedMeta(ctx, name),
    spec: {
      schedule,
      jobTemplate: {
        metadata: { name, ...(ctx.explicitNamespace ? { namespace: ctx.namespace } : {}), creationTimestamp: null },
        spec: { template: podTemplate(name, img!, ctx.afterDash, restart) },
      },
    },
    status: {},
  } as unknown as KubeObject;
  return yield* createBuilt(ctx, cj);
}

registerCreateSubcommand('job', createJob);
registerCreateSubcommand('cronjob', createCronJob, ['cj']);
