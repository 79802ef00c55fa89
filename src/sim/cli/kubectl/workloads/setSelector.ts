// `kubectl set selector (-f FILE | TYPE NAME) EXPRESSIONS` (staging/src/k8s.io/kubectl/pkg/cmd/set/
// set_selector.go): replaces a Service's spec.selector with the given key=value pairs (the last
// argument), sent as a strategic merge patch. kubectl refuses other kinds after reading them.
import type { KubeObject } from '../../../api/types.ts';
import { clone } from '../../../api/meta.ts';
import { err, type CommandGenerator } from '../../command.ts';
import type { KubectlContext } from '../registry.ts';
import { visitResources } from '../resourceArgs.ts';
import { sendEdit } from '../sendEdit.ts';

export function* setSelector(ctx: KubectlContext, args: string[]): CommandGenerator {
  const { io, flags } = ctx;
  const files = (flags.filename as string[]) ?? [];
  // The selector is the last argument; with -f it is the only one.
  const expression = args.length ? args[args.length - 1] : '';
  const resources = args.slice(0, -1);
  const visited = yield* visitResources(ctx, { args: resources, files, selector: undefined, all: !!flags.all, local: !!flags.local });
  if (visited.fatal) {
    err(io, visited.fatal);
    return 1;
  }
  const selector: Record<string, string> = {};
  for (const term of expression.split(',').filter(Boolean)) {
    const eq = term.indexOf('=');
    if (eq <= 0 || term.includes('!') || term.includes(' ')) {
      err(io, `error: unable to parse "${expression}": only equality-based selectors (key=value) are supported`);
      return 1;
    }
    selector[term.slice(0, eq)] = term.slice(eq + 1).replace(/^=/, '');
  }
  let exit = 0;
  for (const { rk, object } of visited.infos) {
    if (object.kind !== 'Service') {
      err(io, 'error: setting a selector is only supported for Services');
      exit = 1;
      continue;
    }
    const after = clone(object) as KubeObject;
    (after.spec as Record<string, unknown>).selector = selector;
    const code = yield* sendEdit(ctx, rk, object, after, 'selector updated');
    if (code) exit = code;
  }
  for (const e of visited.errors) {
    err(io, e);
    exit = 1;
  }
  return exit;
}
