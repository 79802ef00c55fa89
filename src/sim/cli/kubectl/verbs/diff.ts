// `kubectl diff -f FILE` (staging/src/k8s.io/kubectl/pkg/cmd/diff): for each object, the live one
// (GET) and the one a server-side dry run of the apply would give (a PATCH, or a POST for a new
// object, with dryRun=All) are written as YAML into two temporary directories, LIVE-<n> and
// MERGED-<n>, one file per object named group.version.Kind.namespace.name, and kubectl runs
// `diff -u -N` on them. Exit status: 0 no differences, 1 differences, >1 kubectl or diff failed.
// Simplification: the diff program is simulated (GNU diff's unified format, ../../unifiedDiff.ts);
// the directory numbers come from the seeded generator and the file times from the virtual clock.
// KUBECTL_EXTERNAL_DIFF is not read. managedFields are dropped as kubectl does by default.
import type { KubeObject } from '../../../api/types.ts';
import { EPOCH_MS } from '../../../api/meta.ts';
import { createStrategicPatch } from '../../../api/patch/strategicDiff.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, out, type CommandGenerator } from '../../command.ts';
import { readFileArgs, validateClientSide } from '../fileArgs.ts';
import { toYaml } from '../output.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { kindOf } from '../apply/objectOutput.ts';
import { readLastApplied, withLastApplied } from '../apply/lastApplied.ts';
import { threeWayMerge } from '../apply/threeWayMerge.ts';
import { unifiedHunks } from '../../unifiedDiff.ts';

function fileName(obj: KubeObject): string {
  const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : ['', obj.apiVersion];
  return [group, version, obj.kind, obj.metadata.namespace ?? '', obj.metadata.name ?? ''].filter((p, i) => i !== 0 || p).join('.');
}

function yamlOf(obj: KubeObject | undefined): string[] {
  if (!obj) return [];
  const { managedFields: _m, ...metadata } = obj.metadata as Record<string, unknown>;
  return toYaml({ ...obj, metadata }).replace(/\n$/, '').split('\n');
}

/** `2026-01-15 09:00:03.000000000 +0000`: the file time diff prints (virtual clock). */
function fileTime(now: number): string {
  const iso = new Date(EPOCH_MS + now).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000000 +0000`;
}

function* diff(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const files = (flags.filename as string[]) ?? [];
  if (!files.length) {
    err(io, 'error: must specify one of -f and -k');
    return 2;
  }
  const { objects, error } = readFileArgs(io, files);
  if (error) {
    err(io, error.replace('no objects passed to create', 'no objects passed to diff'));
    return 2;
  }
  const pairs: { name: string; live?: KubeObject; merged?: KubeObject }[] = [];
  for (const { obj, source } of objects) {
    const bad = validateClientSide(obj, source);
    if (bad) {
      err(io, bad);
      return 2;
    }
    const rk = kindOf(obj);
    if (!rk) {
      err(io, `error: resource mapping not found for name: "${obj.metadata?.name ?? ''}" namespace: "" from "${source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`);
      return 2;
    }
    const file = JSON.parse(JSON.stringify(obj)) as KubeObject;
    file.metadata ??= {};
    if (rk.namespaced) file.metadata.namespace ??= ctx.namespace;
    const namespace = rk.namespaced ? file.metadata.namespace : undefined;
    const modified = withLastApplied(file);
    const got = yield* api({ verb: 'get', resource: rk.plural, namespace, name: file.metadata.name });
    if (!got.ok && got.reason !== 'NotFound') {
      err(io, kubectlErrorText(got));
      return 2;
    }
    let live: KubeObject | undefined;
    let merged: KubeObject | undefined;
    if (!got.ok) {
      const r = yield* api({ verb: 'create', resource: rk.plural, namespace, body: modified, dryRun: true });
      if (!r.ok) {
        err(io, kubectlErrorText(r));
        return 2;
      }
      merged = r.object;
    } else {
      live = got.object!;
      const target = threeWayMerge(readLastApplied(live), modified, live);
      const { resourceVersion: _a, ...liveMeta } = live.metadata;
      const { resourceVersion: _b, ...targetMeta } = target.metadata;
      const patch = createStrategicPatch({ ...live, metadata: liveMeta }, { ...target, metadata: targetMeta }, rk.kind);
      merged = live;
      if (Object.keys(patch).length) {
        const r = yield* api({ verb: 'patch', resource: rk.plural, namespace, name: file.metadata.name, patchType: 'strategic', patchBody: patch, dryRun: true });
        if (!r.ok) {
          err(io, kubectlErrorText(r));
          return 2;
        }
        merged = r.object;
      }
    }
    pairs.push({ name: fileName(live ?? merged ?? file), live, merged });
  }
  const liveDir = `/tmp/LIVE-${randomDigits(io)}`;
  const mergedDir = `/tmp/MERGED-${randomDigits(io)}`;
  let differ = false;
  const time = fileTime(io.now());
  for (const p of pairs.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
    const hunks = unifiedHunks(yamlOf(p.live), yamlOf(p.merged));
    if (!hunks.length) continue;
    differ = true;
    out(io, [`diff -u -N ${liveDir}/${p.name} ${mergedDir}/${p.name}`, `--- ${liveDir}/${p.name}\t${time}`, `+++ ${mergedDir}/${p.name}\t${time}`, ...hunks].join('\n'));
  }
  return differ ? 1 : 0;
}

/** os.MkdirTemp's random suffix (a decimal uint32), from the seeded generator. */
function randomDigits(io: KubectlContext['io']): string {
  const digits = io.random(10).split('').map((c) => String(c.charCodeAt(0) % 10)).join('');
  return digits.replace(/^0+/, '') || '0';
}

registerVerb({
  name: 'diff',
  flags: [
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
    { name: 'server-side', type: 'bool', default: false },
    { name: 'field-manager', type: 'string' },
    { name: 'force-conflicts', type: 'bool', default: false },
    { name: 'prune', type: 'bool', default: false },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'show-managed-fields', type: 'bool', default: false },
    { name: 'concurrency', type: 'int', default: 1 },
  ],
  run: diff,
});
