// Client-side apply's three-way merge (k8s-facts 12.3), computed directly on the objects:
//   original = the last applied configuration (what the file said last time),
//   modified = the file now, current = the live object.
// A field is deleted only if it was in original and is gone from modified; a field in modified
// is set when it differs from current; anything else in current (set by controllers, `kubectl
// scale`, defaulting) is left alone. Lists follow the strategic-merge rules: lists of objects with
// a patch merge key (containers by name, container ports by containerPort, Service ports by port,
// ...) are merged item by item; every other list is replaced as a whole.
//
// Simplification: merged lists keep the file's order followed by items only the server has (the
// real $setElementOrder directive interleaves them). The patch strategies are ../../../api/patch/patchMeta.ts.

import { patchMetaFor } from '../../../api/patch/patchMeta.ts';

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (v: Json): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Patch merge key of a list, from its field path (indices removed) and the object's kind. */
export function mergeKeyFor(path: string[], kind: string): string | undefined {
  return patchMetaFor(path, kind).mergeKey;
}

function mergeValue(original: Json, modified: Json, current: Json, path: string[], kind: string): Json {
  if (isObject(modified)) {
    const merged = mergeObject(isObject(original) ? original : undefined, modified, isObject(current) ? current : undefined, path, kind);
    // retainKeys (Deployment strategy): a changed union keeps only the keys the file names, so
    // switching to Recreate drops the server's defaulted rollingUpdate.
    if (patchMetaFor(path, kind).retainKeys && JSON.stringify(merged) !== JSON.stringify(current)) {
      for (const k of Object.keys(merged)) if (!(k in modified)) delete merged[k];
    }
    return merged;
  }
  if (Array.isArray(modified)) {
    const key = mergeKeyFor(path, kind);
    if (key && Array.isArray(current) && modified.every(isObject)) {
      return mergeList(Array.isArray(original) ? original : [], modified as JsonObject[], current, key, path, kind);
    }
  }
  return clone(modified);
}

function mergeObject(original: JsonObject | undefined, modified: JsonObject, current: JsonObject | undefined, path: string[], kind: string): JsonObject {
  // Keys keep the live object's order (new ones are appended), so an unchanged object stays
  // byte-for-byte the same and the server sees no spurious change.
  const result: JsonObject = {};
  for (const [k, v] of Object.entries(current ?? {})) {
    if (k in modified) {
      if (modified[k] === null) continue; // an explicit null in the file deletes the field
      result[k] = mergeValue(original?.[k], modified[k], v, [...path, k], kind);
      continue;
    }
    // Gone from the file: delete it only if the file had it last time.
    if (original && k in original) continue;
    result[k] = clone(v);
  }
  for (const [k, v] of Object.entries(modified)) {
    if (current && k in current) continue;
    if (v === null) continue;
    result[k] = mergeValue(original?.[k], v, undefined, [...path, k], kind);
  }
  return result;
}

function mergeList(original: Json[], modified: JsonObject[], current: Json[], key: string, path: string[], kind: string): Json[] {
  const keyOf = (item: Json) => (isObject(item) ? JSON.stringify(item[key]) : undefined);
  const originalByKey = new Map(original.filter(isObject).map((i) => [keyOf(i), i]));
  const currentByKey = new Map(current.filter(isObject).map((i) => [keyOf(i), i]));
  const modifiedKeys = new Set(modified.map(keyOf));
  const merged: Json[] = modified.map((item) => mergeValue(originalByKey.get(keyOf(item)), item, currentByKey.get(keyOf(item)), path, kind));
  for (const item of current) {
    const k = keyOf(item);
    if (modifiedKeys.has(k)) continue;
    if (originalByKey.has(k)) continue; // removed from the file: delete
    merged.push(clone(item));
  }
  return merged;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** The live object after applying `modified` with `original` as the last applied configuration. */
export function threeWayMerge<T extends object>(original: T | undefined, modified: T, current: T): T {
  const kind = String((modified as JsonObject).kind ?? (current as JsonObject).kind ?? '');
  return mergeObject(original as JsonObject | undefined, modified as JsonObject, current as JsonObject, [], kind) as T;
}
