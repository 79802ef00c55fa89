// The two-way strategic merge patch from one object to another (strategicpatch.CreateTwoWayMergePatch),
// what kubectl sends for `set env|image|resources|selector` and, from the three-way merge's result,
// for `apply`: changed keys, null for removed ones; lists with a merge key as the changed items
// (with their key), `$patch: delete` items for removed ones and a `$setElementOrder/<list>`; sets
// of primitives with `$deleteFromPrimitiveList/<list>`; other lists whole; `$retainKeys` on
// retainKeys fields (Deployment strategy) that change. `{}` means no change.
import { patchMetaFor } from './patchMeta.ts';
import { isMap } from './strategicMerge.ts';

type Json = unknown;
type JsonMap = Record<string, Json>;
const same = (a: Json, b: Json) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

function canonical(v: Json): Json {
  if (Array.isArray(v)) return v.map(canonical);
  if (isMap(v)) return Object.fromEntries(Object.keys(v).sort().filter((k) => v[k] !== undefined).map((k) => [k, canonical(v[k])]));
  return v;
}

export function createStrategicPatch(original: JsonMap, modified: JsonMap, kind: string): JsonMap {
  return diffMap(original, modified, [], kind);
}

function diffMap(original: JsonMap, modified: JsonMap, path: string[], kind: string): JsonMap {
  const patch: JsonMap = {};
  for (const [k, m] of Object.entries(modified)) {
    if (m === undefined) continue;
    const o = original[k];
    if (o === undefined || o === null) {
      if (m !== null) patch[k] = m;
      continue;
    }
    if (same(o, m)) continue;
    const childPath = [...path, k];
    const meta = patchMetaFor(childPath, kind);
    if (isMap(o) && isMap(m)) {
      const sub = diffMap(o, m, childPath, kind);
      if (meta.retainKeys) sub.$retainKeys = Object.keys(m).filter((x) => m[x] !== undefined && m[x] !== null).sort();
      patch[k] = sub;
      continue;
    }
    if (Array.isArray(o) && Array.isArray(m) && meta.merge) {
      Object.assign(patch, diffList(k, o, m, childPath, kind, meta.mergeKey));
      continue;
    }
    patch[k] = m;
  }
  for (const k of Object.keys(original)) {
    if (original[k] !== undefined && (!(k in modified) || modified[k] === undefined)) patch[k] = null;
  }
  return patch;
}

function diffList(field: string, original: Json[], modified: Json[], path: string[], kind: string, key: string | undefined): JsonMap {
  const out: JsonMap = {};
  if (!key || !modified.concat(original).some(isMap)) {
    const added = modified.filter((m) => !original.some((o) => same(o, m)));
    const removed = original.filter((o) => !modified.some((m) => same(o, m)));
    out[`$setElementOrder/${field}`] = modified;
    if (added.length) out[field] = added;
    if (removed.length) out[`$deleteFromPrimitiveList/${field}`] = removed;
    return out;
  }
  const keyOf = (v: Json) => (isMap(v) ? JSON.stringify(v[key]) : undefined);
  const items: Json[] = [];
  for (const m of modified) {
    if (!isMap(m)) continue;
    const o = original.find((x) => keyOf(x) === keyOf(m));
    if (!o || !isMap(o)) items.push(m);
    else if (!same(o, m)) items.push({ [key]: m[key], ...diffMap(o, m, path, kind) });
  }
  for (const o of original) {
    if (isMap(o) && !modified.some((m) => keyOf(m) === keyOf(o))) items.push({ [key]: o[key], $patch: 'delete' });
  }
  out[`$setElementOrder/${field}`] = modified.filter(isMap).map((m) => ({ [key]: m[key] }));
  if (items.length) out[field] = items;
  return out;
}
