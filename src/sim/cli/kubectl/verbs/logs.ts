import type { Pod } from '../../../api/types.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, type CommandGenerator } from '../../command.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { podForArgument } from '../podForObject.ts';

/** kubectl logs POD [-c CONTAINER] [-p] [--tail N]: pods/log through the API server and the kubelet. */
function* logs(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const arg = ctx.args[0];
  if (!arg) {
    err(io, "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples");
    return 1;
  }
  const choice = yield* podForArgument(ctx, arg, 'logs');
  if ('error' in choice) {
    err(io, choice.error);
    return 1;
  }
  if (choice.count > 1) err(io, `Found ${choice.count} pods, using pod/${choice.name}`);
  const name = choice.name;
  let container = (flags.container as string | undefined) ?? ctx.args[1];
  if (!container) {
    let pod = choice.pod;
    if (!pod) {
      const g = yield* api({ verb: 'get', resource: 'pods', namespace: ctx.namespace, name });
      if (!g.ok) {
        err(io, kubectlErrorText(g));
        return 1;
      }
      pod = g.object as Pod;
    }
    container = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'] ?? pod.spec.containers[0]?.name;
    if (pod.spec.containers.length > 1) err(io, `Defaulted container "${container}" out of: ${pod.spec.containers.map((c) => c.name).join(', ')}`);
  }
  const r = yield* api({ verb: 'logs', resource: 'pods', namespace: ctx.namespace, name, container, previous: !!flags.previous });
  if (!r.ok) {
    err(io, kubectlErrorText(r));
    return 1;
  }
  let text = r.text ?? '';
  const tail = Number(flags.tail ?? -1);
  if (tail >= 0) {
    const lines = text.split('\n').filter((l, i, all) => i < all.length - 1 || l !== '');
    text = lines.slice(Math.max(0, lines.length - tail)).map((l) => `${l}\n`).join('');
  }
  io.stdout.push(text);
  return 0;
}

registerVerb({
  name: 'logs',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    { name: 'previous', short: 'p', type: 'bool', default: false },
    { name: 'follow', short: 'f', type: 'bool', default: false },
    { name: 'tail', type: 'int', default: -1 },
    { name: 'timestamps', type: 'bool', default: false },
    { name: 'all-containers', type: 'bool', default: false },
  ],
  run: logs,
});
