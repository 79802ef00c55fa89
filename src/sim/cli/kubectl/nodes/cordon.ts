import type { Node } from '../../../api/types.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, out, type CommandGenerator, type Effect, type EffectResult } from '../../command.ts';
import { DRY_RUN_FLAG, dryRunSuffix, type DryRun } from '../dryRun.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import type { CommandIO } from '../../command.ts';
import { visitNodes } from './nodeArgs.ts';

// kubectl cordon / uncordon (kubectl/pkg/cmd/drain, RunCordonOrUncordon over drain.CordonHelper):
// spec.unschedulable is patched to true (cordon) or removed (uncordon). The scheduler's
// NodeUnschedulable filter and the node lifecycle controller's node.kubernetes.io/unschedulable
// taint follow the node through their watches.

/**
 * Cordons or uncordons one node and prints kubectl's line. Returns false when the patch failed
 * (its error already printed). drain uses it for its first step.
 */
export function* setUnschedulable(io: CommandIO, node: Node, desired: boolean, dryRun: DryRun): Generator<Effect, boolean, EffectResult> {
  const word = desired ? 'cordoned' : 'uncordoned';
  const name = node.metadata.name ?? '';
  if (!!node.spec.unschedulable === desired) {
    out(io, `node/${name} already ${word}`);
    return true;
  }
  if (dryRun !== 'client') {
    const r = yield* api({ verb: 'patch', resource: 'nodes', name, patch: { spec: { unschedulable: desired ? true : null } } });
    if (!r.ok) {
      err(io, `error: unable to ${desired ? 'cordon' : 'uncordon'} node "${name}": ${kubectlErrorText(r).replace(/^error: /, '')}`);
      return false;
    }
  }
  out(io, `node/${name} ${word}${dryRunSuffix(dryRun)}`);
  return true;
}

function cordonVerb(name: 'cordon' | 'uncordon') {
  return function* run(ctx: KubectlContext): CommandGenerator {
    const { io } = ctx;
    const selector = ctx.flags.selector as string | undefined;
    if (ctx.args.length === 0 && !ctx.changed.has('selector')) {
      err(io, `error: USAGE: ${name} NODE [flags]\nSee 'kubectl ${name} -h' for help and examples`);
      return 1;
    }
    const visit = yield* visitNodes(ctx.args, selector);
    if (visit.fatal) {
      err(io, visit.fatal);
      return 1;
    }
    let exit = 0;
    for (const node of visit.nodes) if (!(yield* setUnschedulable(io, node, name === 'cordon', ctx.dryRun))) exit = 1;
    for (const e of visit.errors) err(io, e);
    return visit.errors.length ? 1 : exit;
  };
}

for (const name of ['cordon', 'uncordon'] as const) {
  registerVerb({
    name,
    flags: [{ name: 'selector', short: 'l', type: 'string' }, DRY_RUN_FLAG],
    run: cordonVerb(name),
  });
}
