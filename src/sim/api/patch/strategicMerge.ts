// Strategic merge patch as the API server (and kubectl for --local / --dry-run=client) applies it
// (k8s.io/apimachinery/pkg/util/strategicpatch, StrategicMergeMapPatch): maps merge recursively and
// null deletes; lists with patchStrategy "merge" merge item by item on their patchMergeKey (lists of
// primitives as a set); other lists are replaced. Directives: `$patch: replace|delete` in a map or a
// list item, `$retainKeys`, `$setElementOrder/<list>` and `$deleteFromPrimitiveList/<list>`.
//
// Simplification: with $setElementOrder, items the order does not name follow the named ones (the
// real code interleaves them by their server positions).
import { patchMetaFor, type PatchMeta } from './patchMeta.ts';

type Json = unknown;
type JsonMap = Record<string, Json>;

/** A failure with the status the API server's patch handler gives it. */
export class PatchError extends Error {
  /** BadRequest for malformed patches, Invalid for the 422 ones, Unknown for plain errors (a 500 without reason). */
  readonly reason: 'BadRequest' | 'Invalid' | 'Unknown';
  // No parameter properties: the golden stand-in server imports this file with Node's type stripping.
  constructor(reason: 'BadRequest' | 'Invalid' | 'Unknown', message: string) {
    super(message);
    this.reason = reason;
  }
}

export const isMap = (v: Json): v is JsonMap => v !== null && typeof v === 'object' && !Array.isArray(v);
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

const PATCH = '$patch';
const RETAIN_KEYS = '$retainKeys';
const SET_ORDER = '$setElementOrder/';
const DELETE_PRIMITIVE = '$deleteFromPrimitiveList/';

/** The patched object; throws PatchError with the handler's texts. */
export function applyStrategicMergePatch(original: JsonMap, patch: Json, kind: string): JsonMap {
  if (!isMap(patch)) throw new PatchError('BadRequest', `json: cannot unmarshal ${goTypeName(patch)} into Go value of type map[string]interface {}`);
  const result = mergeMap(clone(original), patch, [], kind);
  return result ?? {};
}

export function goTypeName(v: Json): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v === 'boolean' ? 'bool' : typeof v === 'number' ? 'number' : typeof v === 'string' ? 'string' : 'object';
}

/** Go's %v of a decoded JSON value (maps print their keys sorted), for the texts that quote a map. */
export function goValue(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  if (isMap(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goValue(v[k])}`).join(' ')}]`;
  if (v === null) return '<nil>';
  return String(v);
}

function mergeMap(original: JsonMap, patch: JsonMap, path: string[], kind: string, retainKeys = false): JsonMap | undefined {
  const directive = patch[PATCH];
  if (directive !== undefined) {
    if (directive === 'delete') return undefined;
    if (directive === 'replace') return stripDirectives(withoutKey(patch, PATCH));
    throw new PatchError('Unknown', `unknown patch type: ${goValue(directive)} in map: ${goValue(patch)}`);
  }
  const retain = patch[RETAIN_KEYS];
  if (retain !== undefined) {
    if (!Array.isArray(retain)) throw new PatchError('BadRequest', 'invalid patch format for retainKeys');
    for (const [k, v] of Object.entries(patch)) {
      if (k.startsWith('$') || v === null) continue;
      if (!retain.includes(k)) throw new PatchError('Invalid', 'patch content doesn\'t match retainKeys list');
    }
    for (const k of Object.keys(original)) if (!retain.includes(k)) delete original[k];
  } else if (retainKeys) {
    // The field's strategy is retainKeys but the patch names no list: nothing is cleared (as upstream).
  }
  for (const [k, v] of Object.entries(patch)) {
    if (k === RETAIN_KEYS) continue;
    if (k.startsWith(DELETE_PRIMITIVE)) {
      const field = k.slice(DELETE_PRIMITIVE.length);
      if (!Array.isArray(v)) throw new PatchError('BadRequest', 'invalid patch format for primitive list');
      const list = original[field];
      if (Array.isArray(list)) original[field] = list.filter((item) => !v.some((d) => JSON.stringify(d) === JSON.stringify(item)));
      continue;
    }
    if (k.startsWith(SET_ORDER) || k.startsWith('$')) continue;
    const childPath = [...path, k];
    if (v === null) {
      delete original[k];
      continue;
    }
    const meta = patchMetaFor(childPath, kind);
    const current = original[k];
    if (isMap(v)) {
      const merged = mergeMap(isMap(current) ? current : {}, v, childPath, kind, meta.retainKeys);
      if (merged === undefined) delete original[k];
      else original[k] = merged;
      continue;
    }
    if (Array.isArray(v) && meta.merge) {
      const order = patch[`${SET_ORDER}${k}`];
      original[k] = mergeList(Array.isArray(current) ? current : [], v, childPath, kind, meta, Array.isArray(order) ? order : undefined);
      continue;
    }
    original[k] = Array.isArray(v) ? v.map((item) => (isMap(item) ? stripDirectives(item) : item)) : v;
  }
  // A $setElementOrder for a list the patch does not change still orders it.
  for (const [k, order] of Object.entries(patch)) {
    if (!k.startsWith(SET_ORDER)) continue;
    const field = k.slice(SET_ORDER.length);
    if (field in patch || !Array.isArray(order) || !Array.isArray(original[field])) continue;
    const meta = patchMetaFor([...path, field], kind);
    original[field] = reorder(original[field] as Json[], order, meta.mergeKey);
  }
  return original;
}

function mergeList(original: Json[], patch: Json[], path: string[], kind: string, meta: PatchMeta, order: Json[] | undefined): Json[] {
  const key = meta.mergeKey;
  if (!key || !patch.some(isMap)) {
    // A set of primitives: the union, original first.
    const out = [...original];
    for (const item of patch) if (!out.some((o) => JSON.stringify(o) === JSON.stringify(item))) out.push(item);
    return order ? reorder(out, order, undefined) : out;
  }
  if (patch.some((item) => isMap(item) && item[PATCH] === 'replace')) {
    return patch.filter((item) => !(isMap(item) && item[PATCH] === 'replace')).map((item) => (isMap(item) ? stripDirectives(item) : item));
  }
  let out = original.map((item) => clone(item));
  for (const item of patch) {
    if (!isMap(item)) throw new PatchError('Unknown', `unable to find api field in struct ${kind} for the json field "${path[path.length - 1]}"`);
    if (!(key in item)) throw new PatchError('Unknown', `map: ${goValue(item)} does not contain declared merge key: ${key}`);
    const same = (o: Json) => isMap(o) && JSON.stringify(o[key]) === JSON.stringify(item[key]);
    if (item[PATCH] === 'delete') {
      out = out.filter((o) => !same(o));
      continue;
    }
    const at = out.findIndex(same);
    if (at >= 0) {
      const merged = mergeMap(out[at] as JsonMap, item, path, kind, meta.retainKeys);
      if (merged === undefined) out.splice(at, 1);
      else out[at] = merged;
    } else {
      const added = mergeMap({}, item, path, kind, meta.retainKeys);
      if (added !== undefined) out.push(added);
    }
  }
  return order ? reorder(out, order, key) : out;
}

function reorder(list: Json[], order: Json[], key: string | undefined): Json[] {
  const id = (v: Json) => JSON.stringify(key && isMap(v) ? v[key] : v);
  const rank = new Map(order.map((o, i) => [id(o), i]));
  const named = list.filter((item) => rank.has(id(item))).sort((a, b) => rank.get(id(a))! - rank.get(id(b))!);
  return [...named, ...list.filter((item) => !rank.has(id(item)))];
}

function withoutKey(m: JsonMap, key: string): JsonMap {
  const { [key]: _gone, ...rest } = m;
  return rest;
}

/** A value set as it is (a new key, a replaced list): its directives are dropped. */
function stripDirectives(m: JsonMap): JsonMap {
  const out: JsonMap = {};
  for (const [k, v] of Object.entries(m)) {
    if (k.startsWith('$')) continue;
    out[k] = isMap(v) ? stripDirectives(v) : Array.isArray(v) ? v.map((i) => (isMap(i) ? stripDirectives(i) : i)) : v;
  }
  return out;
}
