import type { Container, KubeObject, Pod } from '../../../api/types.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, out, type CommandGenerator } from '../../command.ts';
import { checkObjectOutput } from '../templatePrinters.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { runInPod } from './exec.ts';
import { exposeForRun } from '../services/runExpose.ts';
import { DRY_RUN_FLAG, printWritten } from '../dryRun.ts';
import { resourceForKind } from '../../../api/resources.ts';
import { applyMergePatch } from '../../../api/mergePatch.ts';

/** kubectl run: creates a Pod only (k8s-facts 12.1), with the generator's exact object shape. */
function* run(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const name = ctx.args[0];
  // cobra checks required flags before the command's Run looks for NAME.
  if (!flags.image) {
    err(io, 'error: required flag(s) "image" not set');
    return 1;
  }
  if (!name) {
    err(io, "error: NAME is required for run\nSee 'kubectl run -h' for help and examples");
    return 1;
  }
  const dryRun = ctx.dryRun;
  if (!checkObjectOutput(io, flags.output as string | undefined)) return 1;
  const restart = String(flags.restart ?? 'Always');
  if (!['Always', 'OnFailure', 'Never'].includes(restart)) {
    err(io, `error: invalid restart policy: ${restart}`);
    return 1;
  }
  const labels: Record<string, string> = {};
  if (flags.labels) {
    for (const pair of String(flags.labels).split(',')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) {
        err(io, `error: invalid label spec: ${pair}`);
        return 1;
      }
      labels[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
  } else labels.run = name;
  const container: Container = { image: String(flags.image), name } as Container;
  const extra = ctx.afterDash ?? ctx.args.slice(1);
  if (extra.length) {
    if (flags.command) container.command = extra;
    else container.args = extra;
  }
  const env = (flags.env as string[]) ?? [];
  if (env.length) {
    container.env = env.map((e) => {
      const eq = e.indexOf('=');
      return { name: e.slice(0, eq), value: e.slice(eq + 1) };
    });
  }
  if (flags.port !== undefined && flags.port !== '') {
    // --port is a string flag in kubectl run; the generator converts it with strconv.Atoi.
    const port = Number(flags.port);
    if (!/^[+-]?\d+$/.test(String(flags.port))) {
      err(io, `error: strconv.Atoi: parsing "${flags.port}": invalid syntax`);
      return 1;
    }
    container.ports = [{ containerPort: port }];
  }
  if (flags['image-pull-policy']) container.imagePullPolicy = flags['image-pull-policy'] as Container['imagePullPolicy'];
  container.resources = {};
  if (flags.stdin) (container as Record<string, unknown>).stdin = true;
  if (flags.stdin && !flags.tty) (container as Record<string, unknown>).stdinOnce = true;
  if (flags.tty) (container as Record<string, unknown>).tty = true;
  let pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    // With -n kubectl sets the namespace on the object it generates (EnforceNamespace).
    metadata: { name, ...(ctx.explicitNamespace ? { namespace: ctx.namespace } : {}), creationTimestamp: null as unknown as string, labels },
    spec: { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: restart as Pod['spec']['restartPolicy'] },
    status: {},
  };
  if (flags.overrides) {
    // cmdutil.Merge: the generated Pod's JSON with the overrides applied as a JSON merge patch
    // (RFC 7386: objects merge, lists are replaced, null deletes).
    const merged = runOverrides(pod, String(flags.overrides));
    if (!merged) {
      err(io, 'error: Invalid JSON Patch');
      return 1;
    }
    pod = merged;
  }
  if (flags.expose) {
    // The Service comes first (services helper: cli/kubectl/services/runExpose.ts).
    const code = yield* exposeForRun(ctx, name, labels, flags.port as string | undefined, dryRun);
    if (code !== 0) return code;
  }
  const output = flags.output as string | undefined;
  const rk = resourceForKind('v1', 'Pod')!;
  if (dryRun === 'client') return printWritten(ctx, { rk, obj: pod, operation: 'created', sorted: false }) ? 0 : 1;
  const body = { ...pod, metadata: { labels, name, namespace: ctx.namespace } } as KubeObject;
  delete (body as { status?: unknown }).status;
  const r = yield* api({ verb: 'create', resource: 'pods', namespace: ctx.namespace, body });
  if (!r.ok) {
    err(io, kubectlErrorText(r));
    return 1;
  }
  // With -i/-t the attached session replaces the "created" line.
  if (output || (!flags.stdin && !flags.tty)) {
    if (!printWritten(ctx, { rk, obj: r.object ?? body, operation: 'created', sorted: false })) return 1;
  }
  if ((flags.stdin || flags.attach) && dryRun === 'none') {
    return yield* runInPod(ctx, name, !!flags.rm);
  }
  return 0;
}

registerVerb({
  name: 'run',
  flags: [
    { name: 'image', type: 'string' },
    { name: 'port', type: 'string' },
    { name: 'labels', short: 'l', type: 'string' },
    { name: 'restart', type: 'string', default: 'Always' },
    { name: 'command', type: 'bool', default: false },
    { name: 'env', type: 'stringArray', default: [] },
    DRY_RUN_FLAG,
    { name: 'output', short: 'o', type: 'string' },
    { name: 'stdin', short: 'i', type: 'bool', default: false },
    { name: 'tty', short: 't', type: 'bool', default: false },
    { name: 'rm', type: 'bool', default: false },
    { name: 'attach', type: 'bool', default: false },
    { name: 'image-pull-policy', type: 'string' },
    { name: 'overrides', type: 'string' },
    { name: 'expose', type: 'bool', default: false },
    { name: 'annotations', type: 'stringArray', default: [] },
  ],
  run,
});

function runOverrides(pod: Pod, text: string): Pod | undefined {
  let fragment: unknown;
  try {
    fragment = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (fragment === null || typeof fragment !== 'object' || Array.isArray(fragment)) return undefined;
  const merged = applyMergePatch(pod, fragment);
  // The result is decoded into the Pod type and encoded again: each container's `resources` is a
  // struct without omitempty, so it reappears as {}.
  for (const c of merged.spec?.containers ?? []) if (c && typeof c === 'object') c.resources ??= {};
  return merged;
}
