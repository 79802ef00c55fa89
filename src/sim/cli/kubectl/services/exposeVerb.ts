// `kubectl expose (pod|rc|rs|deployment|service) NAME --port=.. [--target-port=..] [--type=..]`:
// reads the object, copies its selector into a new Service (k8s-facts 12.5) and creates it.
import { api, err, type CommandGenerator } from '../../command.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { parseTargets, TargetError } from '../targets.ts';
import { createBuilt, failWith, WRITE_FLAGS } from '../apply/objectOutput.ts';
import { exposeServiceObject, KubectlUsageError } from './serviceGenerators.ts';

const EXPOSABLE = new Set(['Pod', 'Service', 'ReplicationController', 'Deployment', 'ReplicaSet']);

function* expose(ctx: KubectlContext): CommandGenerator {
  let targets;
  try {
    targets = parseTargets(ctx.args);
  } catch (e) {
    if (!(e instanceof TargetError)) throw e;
    err(ctx.io, `error: ${e.message}`);
    return 1;
  }
  const target = targets[0];
  if (!target || target.names.length === 0) {
    err(ctx.io, "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
    return 1;
  }
  if (!EXPOSABLE.has(target.rk.kind)) {
    err(ctx.io, `error: cannot expose a ${target.rk.kind}`);
    return 1;
  }
  const r = yield* api({ verb: 'get', resource: target.rk.plural, namespace: ctx.namespace, name: target.names[0] });
  if (!r.ok || !r.object) return failWith(ctx, r);
  try {
    const svc = exposeServiceObject(r.object, {
      port: ctx.flags.port as string | undefined,
      targetPort: ctx.flags['target-port'] as string | undefined,
      protocol: ctx.flags.protocol as string | undefined,
      type: ctx.flags.type as string | undefined,
      name: ctx.flags.name as string | undefined,
      selector: ctx.flags.selector as string | undefined,
      labels: ctx.flags.labels as string | undefined,
      clusterIP: ctx.flags['cluster-ip'] as string | undefined,
      externalIP: ctx.flags['external-ip'] as string | undefined,
      namespace: ctx.explicitNamespace ? ctx.namespace : undefined,
    });
    return yield* createBuilt(ctx, svc, 'exposed');
  } catch (e) {
    if (!(e instanceof KubectlUsageError)) throw e;
    err(ctx.io, `error: ${e.message}`);
    return 1;
  }
}

registerVerb({
  name: 'expose',
  flags: [
    ...WRITE_FLAGS,
    { name: 'port', type: 'string' },
    { name: 'target-port', type: 'string' },
    { name: 'protocol', type: 'string' },
    { name: 'type', type: 'string' },
    { name: 'name', type: 'string' },
    { name: 'selector', type: 'string' },
    { name: 'labels', short: 'l', type: 'string' },
    { name: 'cluster-ip', type: 'string' },
    { name: 'external-ip', type: 'string' },
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
  ],
  run: expose,
});
