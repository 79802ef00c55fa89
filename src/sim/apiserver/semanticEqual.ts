/**
 * apiequality.Semantic.DeepEqual for decoded JSON: object key order does not matter, and an absent
 * key, undefined and null are the same (all decode to Go's nil). Shared (copy-on-write) sub-objects
 * compare by identity first, which keeps the common case of an untouched spec cheap.
 */
export function semanticEqual(a: unknown, b: unknown): boolean {
  if (a === b || (a ?? undefined) === (b ?? undefined)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((v, i) => semanticEqual(v, bs[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!semanticEqual(ao[k], bo[k])) return false;
  return true;
}
