import { goName, type GoType } from './goTypes.ts';
import { schemaOfKind } from './kindSchemas.ts';
import { isQuantity } from '../quantity.ts';

/**
 * The API server's decoding of a JSON body into the Go type of its kind (sigs.k8s.io/json, a fork of
 * encoding/json), before defaulting, admission and validation: a value of the wrong JSON type is a
 * decode error with Go's text, so nothing stored can surprise a controller later.
 *
 * As in Go: a type mismatch is remembered (the first one is reported) and decoding goes on; the
 * types with their own UnmarshalJSON (Quantity, IntOrString, Time) fail at once with their own
 * message; null means "not set"; keys are walked in sorted order (kubectl sends JSON marshalled from
 * a map, with sorted keys). The result is the object as the API server would encode it again:
 * quantities given as numbers become strings, nulls are dropped.
 */
export interface DecodeResult {
  value: Record<string, unknown>;
  /** Go's error text (`json: cannot unmarshal ...`), undefined when the body decodes. */
  error?: string;
}

class HardDecodeError extends Error {}

interface Context {
  /** Name of the innermost struct whose field is being decoded (Go's errorContext.Struct). */
  struct: string;
  /** Field names from the root (Go's errorContext.FieldStack; no list indices, no map keys). */
  fields: string[];
  saved: string | undefined;
}

/** Go's name of a JSON value's kind in a decode error ("number 1.5" for numbers that do not fit). */
function jsonKind(value: unknown): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) return 'array';
  return 'object';
}

/** A number as it appears in the JSON text kubectl sends (Go and JavaScript print floats alike). */
export function jsonNumberText(n: number): string {
  return Number.isFinite(n) ? String(n) : n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN';
}

function typeError(ctx: Context, value: string, type: GoType | string): void {
  if (ctx.saved !== undefined) return;
  const typeName = typeof type === 'string' ? type : goName(type);
  ctx.saved = ctx.fields.length || ctx.struct
    ? `json: cannot unmarshal ${value} into Go struct field ${ctx.struct}.${ctx.fields.join('.')} of type ${typeName}`
    : `json: cannot unmarshal ${value} into Go value of type ${typeName}`;
}

const INT_LIMITS = { int32: 2 ** 31, int64: 2 ** 63 } as const;
const QUANTITY_FORMAT = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The zero value Go leaves in a list item or map value given as null. */
function zero(type: GoType): unknown {
  switch (type.t) {
    case 'string':
      return '';
    case 'int':
      return 0;
    case 'bool':
      return false;
    case 'struct':
    case 'opaque':
      return {};
    default:
      return null;
  }
}

/** Quantity's canonical text for a number (5 -> "5", 0.5 -> "500m"). */
function quantityOfNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const milli = n * 1000;
  return Number.isInteger(milli) ? `${milli}m` : String(n);
}

/** Decodes one value; returns what to store (undefined = leave the field out). */
function decodeValue(value: unknown, type: GoType, ctx: Context): unknown {
  if (value === null || value === undefined) return undefined;
  switch (type.t) {
    case 'any':
      return value;
    case 'string':
      if (typeof value === 'string') return value;
      typeError(ctx, jsonKind(value), type);
      return undefined;
    case 'bool':
      if (typeof value === 'boolean') return value;
      typeError(ctx, jsonKind(value), type);
      return undefined;
    case 'int': {
      if (typeof value !== 'number') {
        typeError(ctx, jsonKind(value), type);
        return undefined;
      }
      const limit = INT_LIMITS[type.go];
      if (!Number.isInteger(value) || value >= limit || value < -limit) {
        typeError(ctx, `number ${jsonNumberText(value)}`, type);
        return undefined;
      }
      return value;
    }
    case 'bytes':
      if (typeof value === 'string') {
        if (!BASE64.test(value) || value.length % 4 === 1) {
          if (ctx.saved === undefined) ctx.saved = `illegal base64 data at input byte ${Math.max(0, value.search(/[^A-Za-z0-9+/=]/))}`;
          return undefined;
        }
        return value;
      }
      typeError(ctx, jsonKind(value), type);
      return undefined;
    case 'quantity':
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw new HardDecodeError(QUANTITY_FORMAT);
        return quantityOfNumber(value);
      }
      if (typeof value === 'string' && isQuantity(value.trim())) return value.trim();
      throw new HardDecodeError(QUANTITY_FORMAT);
    case 'intOrString':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' && Number.isInteger(value) && value < INT_LIMITS.int32 && value >= -INT_LIMITS.int32) return value;
      throw new HardDecodeError(`json: cannot unmarshal ${typeof value === 'number' ? `number ${jsonNumberText(value)}` : jsonKind(value)} into Go value of type int32`);
    case 'time': {
      if (typeof value !== 'string') throw new HardDecodeError(`json: cannot unmarshal ${jsonKind(value)} into Go value of type string`);
      if (value === '' && !type.micro) return undefined;
      if (!RFC3339.test(value)) {
        const layout = type.micro ? '2006-01-02T15:04:05.000000Z07:00' : '2006-01-02T15:04:05Z07:00';
        throw new HardDecodeError(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse ${JSON.stringify(value)} as "2006"`);
      }
      return value;
    }
    case 'opaque':
      if (typeof value === 'object' && !Array.isArray(value)) return value;
      typeError(ctx, jsonKind(value), type);
      return undefined;
    case 'list': {
      if (!Array.isArray(value)) {
        typeError(ctx, jsonKind(value), type);
        return undefined;
      }
      const out: unknown[] = [];
      for (const item of value) {
        const decoded = item === null ? zero(type.item) : decodeValue(item, type.item, ctx);
        out.push(decoded === undefined ? zero(type.item) : decoded);
      }
      return out;
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        typeError(ctx, jsonKind(value), type);
        return undefined;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort()) {
        const item = (value as Record<string, unknown>)[key];
        const decoded = item === null ? zero(type.value) : decodeValue(item, type.value, ctx);
        out[key] = decoded === undefined ? zero(type.value) : decoded;
      }
      return out;
    }
    case 'struct': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        typeError(ctx, jsonKind(value), type);
        return undefined;
      }
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      const outer = ctx.struct;
      // Unknown fields keep their place (strict field validation reports them separately).
      for (const key of Object.keys(source)) if (!Object.hasOwn(type.fields, key)) out[key] = source[key];
      for (const key of Object.keys(source).sort()) {
        if (!Object.hasOwn(type.fields, key)) continue;
        ctx.struct = type.name;
        ctx.fields.push(key);
        const decoded = decodeValue(source[key], type.fields[key], ctx);
        ctx.fields.pop();
        ctx.struct = outer;
        if (decoded !== undefined) out[key] = decoded;
      }
      // Keep the document's key order for what is stored (only errors follow the sorted order).
      const ordered: Record<string, unknown> = {};
      for (const key of Object.keys(source)) if (Object.hasOwn(out, key)) ordered[key] = out[key];
      return ordered;
    }
  }
}

/**
 * Decodes a request body of `kind`. Kinds without a schema, and bodies that are not JSON objects,
 * come back as they are (the caller rejects the latter).
 */
export function decodeObject(kind: string, body: Record<string, unknown>): DecodeResult {
  const schema = schemaOfKind(kind);
  if (!schema) return { value: body };
  const ctx: Context = { struct: '', fields: [], saved: undefined };
  try {
    const value = decodeValue(body, schema, ctx) as Record<string, unknown>;
    // `spec` is a struct value, not a pointer, in every kind: absent or null it is still there, empty.
    if (schema.t === 'struct' && schema.fields.spec?.t === 'struct' && value && typeof value === 'object' && value.spec === undefined) value.spec = {};
    return ctx.saved === undefined ? { value } : { value, error: ctx.saved };
  } catch (e) {
    if (e instanceof HardDecodeError) return { value: body, error: e.message };
    throw e;
  }
}

/** The API server's message for a body that does not decode (apiserver handlers' transformDecodeError). */
export function decodeErrorMessage(kind: string, apiVersion: string, error: string): string {
  const version = apiVersion.slice(apiVersion.lastIndexOf('/') + 1);
  return `${kind} in version ${JSON.stringify(version)} cannot be handled as a ${kind}: ${error}`;
}
