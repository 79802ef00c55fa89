// `kubectl scale [--current-replicas=N] --replicas=COUNT (-f FILE | TYPE NAME | TYPE -l SELECTOR | TYPE --all)`: sets spec.replicas
// of Deployments, ReplicaSets, ReplicationControllers (the scale subresource).
import { kubectlErrorText, type ApiFailure } from '../../../apiserver/protocol.ts';
import type { KubeObject } from '../../../api/types.ts';
import { api, err, out, type CommandGenerator } from '../../command.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { resolveTargetArgs, selectedTargets, type TargetRef } from './targetArgs.ts';
import { DRY_RUN_FLAG, printWritten } from '../dryRun.ts';
import { checkObjectOutput } from '../templatePrinters.ts';

const SCALABLE = new Set(['deployments', 'replicasets', 'replicationcontrollers', 'statefulsets']);

function* scale(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  if (!ctx.changed.has('replicas')) {
    err(io, 'error: required flag(s) "replicas" not set');
    return 1;
  }
  const replicas = Number(flags.replicas);
  if (!checkObjectOutput(io, flags.output as string | undefined)) return 1;
  const { items, error } = flags.selector !== undefined || flags.all ? yield* selectedTargets(ctx, ctx.args) : resolveTargetArgs(ctx, ctx.args);
  if (error) {
    err(io, error);
    return 1;
  }
  if (replicas < 0) {
    err(io, 'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
    return 1;
  }
  // kubectl's builder reads every object first (ContinueOnError); with none read it stops with
  // "no objects passed to scale", otherwise it scales what it read and reports the rest at the end.
  const read: { t: TargetRef; obj: KubeObject }[] = [];
  const failures: ApiFailure[] = [];
  let exit = 0;
  for (const t of items) {
    if (!SCALABLE.has(t.rk.plural)) {
      err(io, 'Error from server (NotFound): the server could not find the requested resource');
      exit = 1;
      continue;
    }
    const current = yield* api({ verb: 'get', resource: t.rk.plural, namespace: t.namespace, name: t.name });
    if (current.ok) read.push({ t, obj: current.object! });
    else failures.push(current);
  }
  if (read.length === 0 && failures.length) {
    const messages = failures.map((f) => f.message);
    err(io, `error: no objects passed to scale ${messages.length === 1 ? messages[0] : `[${messages.join(', ')}]`}`);
    return 1;
  }
  for (const { t, obj } of read) {
    // kubectl 1.33 prints the object as it read it (spec.replicas unchanged), after the scale.
    const written = { rk: t.rk, obj, operation: 'scaled', sorted: true };
    // A client dry run checks no precondition and sends nothing.
    if (ctx.dryRun === 'client') {
      if (!printWritten(ctx, written)) exit = 1;
      continue;
    }
    const expected = Number(flags['current-replicas'] ?? -1);
    const now = (obj.spec as { replicas?: number }).replicas ?? 1;
    if (expected >= 0 && expected !== now) {
      err(io, `error: Expected replicas to be ${expected}, was ${now}`);
      exit = 1;
      continue;
    }
    const r = yield* api({ verb: 'patch', resource: t.rk.plural, namespace: t.namespace, name: t.name, patch: { spec: { replicas } } });
    if (!r.ok) {
      err(io, kubectlErrorText(r));
      exit = 1;
      continue;
    }
    if (!printWritten(ctx, written)) exit = 1;
  }
  for (const f of failures) err(io, kubectlErrorText(f));
  return failures.length ? 1 : exit;
}

registerVerb({
  name: 'scale',
  flags: [
    { name: 'replicas', type: 'int', default: 0 },
    { name: 'current-replicas', type: 'int', default: -1 },
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
    DRY_RUN_FLAG,
    { name: 'output', short: 'o', type: 'string' },
    { name: 'timeout', type: 'duration', default: '0s' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all', type: 'bool', default: false },
  ],
  run: scale,
});
