// apimachinery's equality.Semantic.DeepEqual treats nil and empty maps/slices as equal; the
// controllers compare templates that way (EqualIgnoreHash). Canonical JSON drops empty
// containers and undefined values and sorts keys, so two semantically equal objects print the same.

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    return value.map((v) => normalise(v) ?? null);
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = normalise((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  if (value === null) return undefined;
  return value;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value) ?? null);
}

export function semanticEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function deepClone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
