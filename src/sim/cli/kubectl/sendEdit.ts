// How kubectl's `set` commands (and `rollout pause|resume|restart`-like edits) write a change they
// made to an object they read: the two-way strategic merge patch from the object as read to the
// changed copy, sent as a PATCH that the API server applies (so a controller's write in between is
// not lost, and no resourceVersion conflict can arise). An empty patch sends nothing and prints
// nothing, as kubectl skips it. A client dry run prints the changed copy.
import type { ResourceKind } from '../../api/resources.ts';
import type { KubeObject } from '../../api/types.ts';
import { createStrategicPatch } from '../../api/patch/strategicDiff.ts';
import { kubectlErrorText } from '../../apiserver/protocol.ts';
import { api, err, type CommandGenerator } from '../command.ts';
import { printWritten } from './dryRun.ts';
import type { KubectlContext } from './registry.ts';

export function* sendEdit(ctx: KubectlContext, rk: ResourceKind, before: KubeObject, after: KubeObject, operation: string): CommandGenerator {
  const patch = createStrategicPatch(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>, before.kind ?? rk.kind);
  if (Object.keys(patch).length === 0) return 0;
  let result = after;
  if (ctx.dryRun !== 'client') {
    const r = yield* api({ verb: 'patch', resource: rk.plural, namespace: rk.namespaced ? before.metadata.namespace : undefined, name: before.metadata.name, patchType: 'strategic', patchBody: patch });
    if (!r.ok) {
      err(ctx.io, kubectlErrorText(r));
      return 1;
    }
    result = r.object ?? after;
  }
  return printWritten(ctx, { rk, obj: result, operation, sorted: true }) ? 0 : 1;
}
