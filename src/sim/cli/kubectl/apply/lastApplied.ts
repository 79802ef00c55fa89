// The kubectl.kubernetes.io/last-applied-configuration annotation (k8s-facts 12.3): kubectl
// serialises the object from the file with this annotation removed (leaving an empty
// annotations map), as Go's encoding/json writes a map: keys sorted, no spaces, newline at the end.
import type { KubeObject } from '../../../api/types.ts';
import { goJsonString } from '../../goFormat.ts';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/** encoding/json for decoded YAML/JSON data: object keys sorted at every level. */
export function goJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(goJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value as object)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${goString(k)}:${goJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  if (typeof value === 'string') return goString(value);
  return JSON.stringify(value);
}

/**
 * `-o json` as kubectl prints it: four-space indent, HTML-safe escaping of <, > and &, keys sorted
 * for unstructured objects (what apply handles) or kept in struct order (generated objects).
 */
export function goJsonPretty(value: unknown, sortKeys: boolean, indent = ''): string {
  if (value === null || value === undefined) return 'null';
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + goJsonPretty(v, sortKeys, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    let keys = Object.keys(value as object).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
    if (sortKeys) keys = keys.sort();
    if (keys.length === 0) return '{}';
    return `{\n${keys.map((k) => `${inner}${goString(k)}: ${goJsonPretty((value as Record<string, unknown>)[k], sortKeys, inner)}`).join(',\n')}\n${indent}}`;
  }
  if (typeof value === 'string') return goString(value);
  return JSON.stringify(value);
}

/** Go escapes <, >, & (and U+2028/U+2029) in JSON strings; one escaper serves kubectl and etcdctl. */
const goString = goJsonString;

/** The annotation value for an object as written in a file (namespace already filled in by kubectl). */
export function lastAppliedValue(fileObject: KubeObject): string {
  const copy = JSON.parse(JSON.stringify(fileObject)) as KubeObject;
  copy.metadata ??= {};
  const annotations = { ...(copy.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED_ANNOTATION];
  copy.metadata.annotations = annotations;
  return `${goJson(copy)}\n`;
}

/** The file object with its last-applied annotation set: what apply creates, and its "modified" side. */
export function withLastApplied(fileObject: KubeObject): KubeObject {
  const copy = JSON.parse(JSON.stringify(fileObject)) as KubeObject;
  copy.metadata ??= {};
  copy.metadata.annotations = { ...(copy.metadata.annotations ?? {}), [LAST_APPLIED_ANNOTATION]: lastAppliedValue(fileObject) };
  return copy;
}

export function readLastApplied(live: KubeObject): KubeObject | undefined {
  const text = live.metadata?.annotations?.[LAST_APPLIED_ANNOTATION];
  if (!text) return undefined;
  try {
    return JSON.parse(text) as KubeObject;
  } catch {
    return undefined;
  }
}
