// `kubectl set image (-f FILE | TYPE NAME) CONTAINER=IMAGE ...` for pods and workloads.
import type { Container, KubeObject, PodSpec } from '../../../api/types.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { clone } from '../../../api/meta.ts';
import { api, err, type CommandGenerator } from '../../command.ts';
import { sendEdit } from '../sendEdit.ts';
import type { KubectlContext } from '../registry.ts';
import { kindName, resolveTargetArgs } from './targetArgs.ts';

function podSpecOf(obj: KubeObject): PodSpec | undefined {
  if (obj.kind === 'Pod') return obj.spec as PodSpec;
  return (obj.spec as { template?: { spec?: PodSpec } } | undefined)?.template?.spec;
}

export function* setImage(ctx: KubectlContext, args: string[]): CommandGenerator {
  const { io } = ctx;
  const pairs = args.filter((a) => a.includes('='));
  const resources = args.filter((a) => !a.includes('='));
  const { items, error } = resolveTargetArgs(ctx, resources);
  if (error) {
    err(io, error);
    return 1;
  }
  if (pairs.length === 0) {
    err(io, 'error: at least one image update is required');
    return 1;
  }
  const images = pairs.map((p) => {
    const i = p.indexOf('=');
    return { container: p.slice(0, i), image: p.slice(i + 1) };
  });
  let exit = 0;
  for (const t of items) {
    const r = yield* api({ verb: 'get', resource: t.rk.plural, namespace: t.namespace, name: t.name });
    if (!r.ok) {
      err(io, kubectlErrorText(r));
      exit = 1;
      continue;
    }
    // Objects from the API server are shared: change a copy.
    const obj = clone(r.object!);
    const spec = podSpecOf(obj);
    if (!spec) {
      err(io, `error: ${kindName(t.rk, t.name)} is not supported`);
      exit = 1;
      continue;
    }
    const all: Container[] = [...(spec.initContainers ?? []), ...spec.containers];
    let missing: string | undefined;
    for (const { container, image } of images) {
      const targets = container === '*' ? all : all.filter((c) => c.name === container);
      if (targets.length === 0) missing ??= container;
      for (const c of targets) c.image = image;
    }
    if (missing) {
      err(io, `error: unable to find container named "${missing}"`);
      exit = 1;
      continue;
    }
    // kubectl sends the change as a strategic merge patch, and nothing when the images are already set.
    const code = yield* sendEdit(ctx, t.rk, r.object!, obj, 'image updated');
    if (code) exit = code;
  }
  return exit;
}
