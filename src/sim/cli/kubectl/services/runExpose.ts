// `kubectl run NAME --image=... --port=P --expose`: before the pod, kubectl creates a ClusterIP
// Service with the pod's labels as selector and the same port.
import type { Service } from '../../../api/types.ts';
import { api, err, out, type Effect } from '../../command.ts';
import { toYaml } from '../output.ts';
import type { KubectlContext } from '../registry.ts';
import { goJsonPretty } from '../apply/lastApplied.ts';
import { failWith } from '../apply/objectOutput.ts';
import { dryRunSuffix, type DryRun } from '../dryRun.ts';

export function runExposeService(name: string, labels: Record<string, string>, port: number): Service {
  return {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: { name, creationTimestamp: null as unknown as string },
    spec: { ports: [{ protocol: 'TCP', port, targetPort: port }], selector: labels },
    status: { loadBalancer: {} },
  } as Service;
}

/** Creates (or prints) the Service for `run --expose`; returns the exit code to stop with, or 0 to go on with the pod. */
export function* exposeForRun(ctx: KubectlContext, name: string, labels: Record<string, string>, portText: string | undefined, dryRun: DryRun): Generator<Effect, number, unknown> {
  const port = Number(portText);
  if (!portText || !Number.isInteger(port) || port <= 0) {
    err(ctx.io, "error: --port must be set when exposing a service\nSee 'kubectl run -h' for help and examples");
    return 1;
  }
  const svc = runExposeService(name, labels, port);
  const output = ctx.flags.output as string | undefined;
  if (dryRun === 'client') {
    // kubectl's printer writes two document separators between the Service and the Pod.
    if (output === 'yaml') ctx.io.stdout.push(`${toYaml(svc)}---\n---\n`);
    else if (output === 'json') out(ctx.io, goJsonPretty(svc, false));
    else if (output === 'name') out(ctx.io, `service/${name}`);
    else out(ctx.io, `service/${name} created${dryRunSuffix(dryRun)}`);
    return 0;
  }
  const r = yield* api({ verb: 'create', resource: 'services', namespace: ctx.namespace, body: { ...svc, metadata: { name, namespace: ctx.namespace } } });
  if (!r.ok) return failWith(ctx, r);
  if (output === 'yaml') ctx.io.stdout.push(`${toYaml(r.object)}---\n`);
  else if (output === 'json') out(ctx.io, goJsonPretty(r.object, false));
  else if (output !== 'name') out(ctx.io, `service/${name} created${dryRunSuffix(dryRun)}`);
  return 0;
}
