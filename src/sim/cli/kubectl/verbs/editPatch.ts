/**
 * jsonpatch.CreateMergePatch (RFC 7386) between two JSON documents: keys gone from `edited` become
 * null, changed objects recurse, anything else that changed (scalars, lists) is replaced whole.
 * Undefined when the two are equal.
 */
export function mergePatchBetween(original: unknown, edited: unknown): Record<string, unknown> | undefined {
  const patch = diff(original, edited);
  if (patch === NO_CHANGE) return undefined;
  return patch as Record<string, unknown>;
}

const NO_CHANGE = Symbol('no change');

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function diff(a: unknown, b: unknown): unknown {
  if (isObject(a) && isObject(b)) {
    const patch: Record<string, unknown> = {};
    for (const k of Object.keys(a)) if (!(k in b)) patch[k] = null;
    for (const k of Object.keys(b)) {
      if (!(k in a)) patch[k] = b[k];
      else {
        const d = diff(a[k], b[k]);
        if (d !== NO_CHANGE) patch[k] = d;
      }
    }
    return Object.keys(patch).length ? patch : NO_CHANGE;
  }
  return equal(a, b) ? NO_CHANGE : b;
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equal(a[k], b[k]));
  }
  return false;
}
