/**
 * How Go prints and compares the values kubectl's JSONPath works on: JSON decoded into Go's
 * `interface{}` (maps, slices, strings, int64 for integral numbers, float64 for the others, bools,
 * nil). Printing follows fmt's %v (scalars) and %#v (the object dump of an error); comparison
 * follows the `eq`/`lt` functions of Go's text/template that upstream's filters call.
 */

type Json = unknown;

const isMap = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** fmt's %v of a float64 (strconv.FormatFloat(f, 'g', -1, 64)): the shortest digits, exponent form below 1e-4 or from 1e6. */
export function goFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mantissa, expText] = f.toExponential().split('e');
  const exp = Number(expText);
  // fmt's %v is %g with the shortest digits, which switches to %e when exp < -4 || exp >= 6
  // (fmt.Println(123456789.5) prints 1.234567895e+08; encoding/json's 1e21 rule is another one).
  if (exp < -4 || exp >= 6) return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = f < 0 ? '-' : '';
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** A JSON number as Go holds it after kubectl's decoding: int64 when integral, float64 otherwise. */
export function goNumber(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 2 ** 63 ? BigInt(n).toString() : goFloat(n);
}

/** Go's strconv.Quote. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code >= 0x80 && code < 0xa0) out += `\\u00${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** fmt's %#v of a decoded JSON value (maps with sorted keys, as fmt prints them). */
export function goSharpV(v: Json, nested = false): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number') return goNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[]interface {}{${v.map((x) => goSharpV(x, true)).join(', ')}}`;
  if (isMap(v)) {
    const keys = Object.keys(v).sort();
    return `map[string]interface {}{${keys.map((k) => `${goQuote(k)}:${goSharpV(v[k], true)}`).join(', ')}}`;
  }
  return nested ? String(v) : String(v);
}

/** The Go type name of a value, as errors print it (`map[string]interface {} is not array or slice`). */
export function goTypeName(v: Json): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** fmt's %v of a decoded JSON value: maps as map[k:v ...] (keys sorted), lists as [a b], nil as <nil>. */
export function goV(v: Json): string {
  if (isMap(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goV(v[k])}`).join(' ')}]`;
  if (Array.isArray(v)) return `[${v.map(goV).join(' ')}]`;
  return goScalar(v);
}

/** fmt's %v of a value that is not a map or a slice. */
export function goScalar(v: Json): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'number') return goNumber(v);
  return String(v);
}

export class ComparisonError extends Error {}

type BasicKind = 'bool' | 'int' | 'float' | 'string';

/** The value's kind for text/template's comparisons; a literal from the template is tagged. */
export interface Comparable {
  value: Json;
  /** Literals of the template: `1` is an int, `1.0` a float, whatever the digits. */
  literal?: 'int' | 'float';
}

function basicKind(c: Comparable): BasicKind {
  const v = c.value;
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return c.literal ?? (Number.isInteger(v) ? 'int' : 'float');
  throw new ComparisonError('invalid type for comparison');
}

export function goEqual(a: Comparable, b: Comparable): boolean {
  const ka = basicKind(a);
  const kb = basicKind(b);
  if (ka !== kb) throw new ComparisonError('incompatible types for comparison');
  return a.value === b.value;
}

export function goLess(a: Comparable, b: Comparable): boolean {
  const ka = basicKind(a);
  const kb = basicKind(b);
  if (ka !== kb) throw new ComparisonError('incompatible types for comparison');
  if (ka === 'bool') throw new ComparisonError('invalid type for comparison');
  const x = a.value as number | string;
  const y = b.value as number | string;
  if (typeof x === 'string') return compareCodePoints(x, y as string) < 0;
  return x < (y as number);
}

/** Go compares strings byte by byte (UTF-8), which is code point order (not JavaScript's UTF-16 order). */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i].codePointAt(0) as number) - (y[i].codePointAt(0) as number);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
