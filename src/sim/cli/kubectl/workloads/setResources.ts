// `kubectl set resources (-f FILE | TYPE NAME) [-c CONTAINER] [--limits=cpu=200m,memory=512Mi]
// [--requests=...]` (staging/src/k8s.io/kubectl/pkg/cmd/set/set_resources.go): sets the resource
// requirements of the pod template's containers, sent as a strategic merge patch.
// Simplification: quantities are kept as written (kubectl stores resource.Quantity's canonical form,
// e.g. 0.5 becomes 500m).
import type { KubeObject } from '../../../api/types.ts';
import { clone } from '../../../api/meta.ts';
import { isQuantity } from '../../../api/quantity.ts';
import { err, type CommandGenerator } from '../../command.ts';
import type { KubectlContext } from '../registry.ts';
import { visitResources } from '../resourceArgs.ts';
import { sendEdit } from '../sendEdit.ts';
import { podSpecOf, selectContainers } from './podTemplateOf.ts';

const QUANTITY_ERROR = "error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

function parseList(text: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const part of text.split(',').filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 0) return `error: invalid argument ${JSON.stringify(part)}: must be of the form key=value`;
    const value = part.slice(eq + 1);
    if (!isQuantity(value)) return QUANTITY_ERROR;
    out[part.slice(0, eq)] = value;
  }
  return out;
}

export function* setResources(ctx: KubectlContext, args: string[]): CommandGenerator {
  const { io, flags } = ctx;
  const visited = yield* visitResources(ctx, { args, files: (flags.filename as string[]) ?? [], selector: flags.selector as string | undefined, all: !!flags.all, local: !!flags.local });
  if (visited.fatal) {
    err(io, visited.fatal);
    return 1;
  }
  const limitsText = String(flags.limits ?? '');
  const requestsText = String(flags.requests ?? '');
  if (!limitsText && !requestsText) {
    err(io, 'error: you must specify an update to requests or limits (in the form of --requests/--limits)');
    return 1;
  }
  const limits = parseList(limitsText);
  const requests = parseList(requestsText);
  if (typeof limits === 'string' || typeof requests === 'string') {
    err(io, typeof limits === 'string' ? limits : (requests as string));
    return 1;
  }
  let exit = 0;
  const pattern = String(flags.containers ?? '*');
  for (const { rk, object } of visited.infos) {
    const after = clone(object) as KubeObject;
    const spec = podSpecOf(after);
    const containers = spec ? selectContainers(spec, pattern) : [];
    if (!spec || containers.length === 0) {
      err(io, spec ? `error: unable to find container named ${pattern}` : `error: ${object.kind}/${object.metadata.name} is not supported`);
      exit = 1;
      continue;
    }
    for (const c of containers) {
      const resources = { ...(c.resources ?? {}) };
      if (Object.keys(limits).length) resources.limits = { ...(resources.limits ?? {}), ...limits };
      if (Object.keys(requests).length) resources.requests = { ...(resources.requests ?? {}), ...requests };
      c.resources = resources;
    }
    const code = yield* sendEdit(ctx, rk, object, after, 'resource requirements updated');
    if (code) exit = code;
  }
  for (const e of visited.errors) {
    err(io, e);
    exit = 1;
  }
  return exit;
}
