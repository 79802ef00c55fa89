// `kubectl exec POD -- env|printenv [NAME]` for containers whose environment comes from ConfigMaps
// and Secrets, and `kubectl exec POD -- cat FILE` / `ls DIR` under a configMap or secret volume: the
// values the kubelet put into the container, read here from the API (Secret values decoded).
import { decodeBase64Utf8 } from '../../../api/configKeys.ts';
import type { Container, KubeObject, Pod } from '../../../api/types.ts';
import { api, err, out, type CommandGenerator, type Effect, type EffectResult } from '../../command.ts';
import { configRefs } from '../../../node/kubelet/configRefs.ts';
import { registerExecHandler, type ExecContext } from '../verbs/exec.ts';

type Data = Record<string, string>;

function* read(resource: 'configmaps' | 'secrets', namespace: string, name: string): Generator<Effect, Data | undefined, EffectResult> {
  const r = yield* api({ verb: 'get', resource, namespace, name });
  if (!r.ok || !r.object) return undefined;
  const obj = r.object as KubeObject;
  const data = (obj.data as Data | undefined) ?? {};
  if (resource === 'configmaps') return { ...data };
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, decodeBase64Utf8(v) ?? '']));
}

function containerOf(ctx: ExecContext): Container | undefined {
  return ctx.pod.spec.containers.find((c) => c.name === ctx.container);
}

interface VolumeSource { configMap?: { name?: string; items?: { key: string; path: string }[] }; secret?: { secretName?: string; items?: { key: string; path: string }[] } }

/** The configMap/secret volume mounted at a directory of the container, with the file names it shows. */
function* mountedFiles(pod: Pod, c: Container, dir: string): Generator<Effect, Data | undefined, EffectResult> {
  const mount = ((c.volumeMounts ?? []) as { name: string; mountPath: string }[]).find((m) => m.mountPath.replace(/\/+$/, '') === dir.replace(/\/+$/, ''));
  if (!mount) return undefined;
  const volume = ((pod.spec.volumes ?? []) as ({ name: string } & VolumeSource)[]).find((v) => v.name === mount.name);
  const source = volume?.configMap ? { resource: 'configmaps' as const, name: volume.configMap.name, items: volume.configMap.items } : volume?.secret ? { resource: 'secrets' as const, name: volume.secret.secretName, items: volume.secret.items } : undefined;
  if (!source?.name) return undefined;
  const data = yield* read(source.resource, pod.metadata.namespace ?? 'default', source.name);
  if (!data) return undefined;
  if (!source.items?.length) return data;
  return Object.fromEntries(source.items.filter((i) => Object.hasOwn(data, i.key)).map((i) => [i.path, data[i.key]]));
}

function hasConfigVolume(pod: Pod, c: Container | undefined): boolean {
  const names = new Set(((pod.spec.volumes ?? []) as ({ name: string } & VolumeSource)[]).filter((v) => v.configMap || v.secret).map((v) => v.name));
  return ((c?.volumeMounts ?? []) as { name: string }[]).some((m) => names.has(m.name));
}

function splitPath(path: string): [string, string] {
  const slash = path.lastIndexOf('/');
  return [path.slice(0, slash) || '/', path.slice(slash + 1)];
}

registerExecHandler({
  name: 'config-data',
  match(ctx) {
    const c = containerOf(ctx);
    const [cmd] = ctx.argv;
    if ((cmd === 'env' || cmd === 'printenv') && c) return configRefs(c).length > 0;
    return (cmd === 'cat' || cmd === 'ls') && ctx.argv.length === 2 && hasConfigVolume(ctx.pod, c);
  },
  *run(ctx) {
    const c = containerOf(ctx)!;
    const pod = ctx.pod;
    const [cmd, arg] = ctx.argv;
    const namespace = pod.metadata.namespace ?? 'default';
    if (cmd === 'ls' || cmd === 'cat') {
      const direct = yield* mountedFiles(pod, c, arg);
      if (cmd === 'ls' && direct) {
        out(ctx.io, Object.keys(direct).sort().join('\n'));
        return 0;
      }
      const [dir, file] = splitPath(arg);
      const files = yield* mountedFiles(pod, c, dir);
      if (files && Object.hasOwn(files, file)) {
        if (cmd === 'cat') ctx.io.stdout.push(files[file]);
        else out(ctx.io, arg);
        return 0;
      }
      err(ctx.io, cmd === 'cat' ? `cat: can't open '${arg}': No such file or directory` : `ls: ${arg}: No such file or directory`);
      return 1;
    }
    const vars: [string, string][] = [];
    const cache = new Map<string, Data | undefined>();
    for (const ref of configRefs(c)) {
      const key = `${ref.resource}/${ref.name}`;
      if (!cache.has(key)) cache.set(key, yield* read(ref.resource, namespace, ref.name));
      const data = cache.get(key);
      if (!data) continue;
      if (ref.key === undefined) for (const k of Object.keys(data).sort()) vars.push([`${ref.prefix ?? ''}${k}`, data[k]]);
      else if (ref.envName && Object.hasOwn(data, ref.key)) vars.push([ref.envName, data[ref.key]]);
    }
    for (const e of c.env ?? []) if (!(e as { valueFrom?: unknown }).valueFrom) vars.push([e.name, e.value ?? '']);
    const lines = [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      `HOSTNAME=${pod.metadata.name}`,
      ...vars.map(([k, v]) => `${k}=${v}`),
      'KUBERNETES_SERVICE_HOST=10.96.0.1',
      'KUBERNETES_SERVICE_PORT=443',
      'KUBERNETES_PORT=tcp://10.96.0.1:443',
      'HOME=/root',
    ];
    if (arg) {
      const hit = [...vars].reverse().find(([k]) => k === arg);
      if (!hit) return 1;
      out(ctx.io, hit[1]);
      return 0;
    }
    out(ctx.io, lines.join('\n'));
    return 0;
  },
});
