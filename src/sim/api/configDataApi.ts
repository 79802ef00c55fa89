import { registerDefaulter } from './defaults.ts';
import type { FieldError } from './fieldErrors.ts';
import type { KubeObject } from './types.ts';
import { registerValidator } from './validation.ts';
import { base64Utf8, configKeyErrors, decodedLength } from './configKeys.ts';

/**
 * ConfigMaps and Secrets on the API server (k/k pkg/apis/core: v1 conversion, defaults, validation).
 * A Secret's stringData is write-only: the v1 -> internal conversion merges it into data (base64 of
 * the UTF-8 text, overriding a data key of the same name) and it is never stored; the type defaults
 * to Opaque. Keys must be valid config keys, the total size is limited to 1 MiB, `type` never
 * changes, and an object marked immutable keeps its data.
 */
export const MAX_SECRET_SIZE = 1024 * 1024;

registerDefaulter('Secret', (obj) => {
  const stringData = obj.stringData as Record<string, string> | undefined;
  if (stringData && typeof stringData === 'object') {
    const data = { ...((obj.data as Record<string, string> | undefined) ?? {}) };
    for (const [k, v] of Object.entries(stringData)) data[k] = base64Utf8(String(v));
    obj.data = data;
  }
  delete obj.stringData;
  if (!obj.type) obj.type = 'Opaque';
});

function keyErrors(field: string, data: unknown): FieldError[] {
  const errors: FieldError[] = [];
  for (const key of Object.keys((data as Record<string, unknown> | undefined) ?? {})) {
    for (const detail of configKeyErrors(key)) errors.push({ type: 'Invalid', field: `${field}[${key}]`, value: key, detail });
  }
  return errors;
}

function immutableErrors(obj: KubeObject, old: KubeObject | undefined, fields: string[]): FieldError[] {
  if (!old) return [];
  const errors: FieldError[] = [];
  if (old.immutable === true) {
    if (obj.immutable !== true) errors.push({ type: 'Forbidden', field: 'immutable', detail: 'field is immutable when `immutable` is set' });
    for (const f of fields) {
      if (JSON.stringify(obj[f] ?? {}) !== JSON.stringify(old[f] ?? {})) errors.push({ type: 'Forbidden', field: f, detail: 'field is immutable when `immutable` is set' });
    }
  }
  return errors;
}

registerValidator('Secret', (obj, old) => {
  const errors = keyErrors('data', obj.data);
  let total = 0;
  for (const v of Object.values((obj.data as Record<string, string> | undefined) ?? {})) total += decodedLength(String(v));
  if (total > MAX_SECRET_SIZE) errors.push({ type: 'TooLong', field: 'data', detail: `must have at most ${MAX_SECRET_SIZE} bytes` });
  if (old && old.type !== obj.type) errors.push({ type: 'Invalid', field: 'type', value: obj.type, detail: 'field is immutable' });
  errors.push(...immutableErrors(obj, old, ['data']));
  return errors;
});

registerValidator('ConfigMap', (obj, old) => {
  const errors = [...keyErrors('data', obj.data), ...keyErrors('binaryData', obj.binaryData)];
  const binary = (obj.binaryData as Record<string, unknown> | undefined) ?? {};
  for (const key of Object.keys((obj.data as Record<string, unknown> | undefined) ?? {})) {
    if (Object.hasOwn(binary, key)) errors.push({ type: 'Invalid', field: `data[${key}]`, value: key, detail: 'duplicate of key present in binaryData' });
  }
  let total = 0;
  for (const v of Object.values((obj.data as Record<string, string> | undefined) ?? {})) total += new TextEncoder().encode(String(v)).length;
  for (const v of Object.values(binary)) total += decodedLength(String(v));
  if (total > MAX_SECRET_SIZE) errors.push({ type: 'TooLong', field: '', detail: `must have at most ${MAX_SECRET_SIZE} bytes` });
  errors.push(...immutableErrors(obj, old, ['data', 'binaryData']));
  return errors;
});
