/**
 * The template functions kubectl's go-template printer offers: Go's text/template builtins (and,
 * or, not, len, index, slice, print, printf, println, eq, ne, lt, le, gt, ge, html, js, urlquery)
 * and kubectl's own `exists` and `base64decode`, with Go's argument checks and error texts.
 */
import { FunctionError, MISSING } from './execute.ts';
import { formatV, GoFloat, GoInt, goType, isIntegral, isMap, numeric, sprint, sprintf, sprintln, type Value } from './goFmt.ts';
import { nodeString, type Arg, type Command } from './nodes.ts';

export interface CallContext {
  evalArg: (a: Arg) => Value;
  evalString: (a: Arg) => string;
  at: (n: Arg | Command) => void;
  errorf: (message: string) => never;
  command: Command;
  identifier: Arg;
}

/** Go's truth of a value for if/with/and/or/not. */
export function truth(v: Value): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (isMap(v)) return Object.keys(v).length > 0;
  return numeric(v) !== 0;
}

/** Parameter counts: [fixed, variadic]; string-typed parameters are listed by index. */
const SIGNATURES: Record<string, { fixed: number; variadic: boolean; strings?: number[] }> = {
  and: { fixed: 1, variadic: true },
  or: { fixed: 1, variadic: true },
  not: { fixed: 1, variadic: false },
  len: { fixed: 1, variadic: false },
  index: { fixed: 1, variadic: true },
  slice: { fixed: 1, variadic: true },
  print: { fixed: 0, variadic: true },
  println: { fixed: 0, variadic: true },
  printf: { fixed: 1, variadic: true, strings: [0] },
  html: { fixed: 0, variadic: true },
  js: { fixed: 0, variadic: true },
  urlquery: { fixed: 0, variadic: true },
  eq: { fixed: 1, variadic: true },
  ne: { fixed: 2, variadic: false },
  lt: { fixed: 2, variadic: false },
  le: { fixed: 2, variadic: false },
  gt: { fixed: 2, variadic: false },
  ge: { fixed: 2, variadic: false },
  exists: { fixed: 1, variadic: true },
  base64decode: { fixed: 1, variadic: false, strings: [0] },
  call: { fixed: 1, variadic: true },
};

export function callFunction(name: string, args: Arg[], final: Value | typeof MISSING, ctx: CallContext): Value {
  const sig = SIGNATURES[name];
  const numIn = args.length + (final === MISSING ? 0 : 1);
  if (sig.variadic) {
    if (numIn < sig.fixed) ctx.errorf(`wrong number of args for ${name}: want at least ${sig.fixed} got ${args.length}`);
  } else if (numIn !== sig.fixed) ctx.errorf(`wrong number of args for ${name}: want ${sig.fixed} got ${numIn}`);

  // and/or evaluate their arguments lazily and return the deciding one.
  if (name === 'and' || name === 'or') {
    let v: Value;
    for (const a of args) {
      v = ctx.evalArg(a);
      if (truth(v) === (name === 'or')) return v;
    }
    if (final !== MISSING) v = final;
    return v;
  }
  const argv: Value[] = args.map((a, i) => (sig.strings?.includes(i) ? ctx.evalString(a) : ctx.evalArg(a)));
  if (final !== MISSING) {
    if (sig.strings?.includes(argv.length) && typeof final !== 'string') {
      ctx.errorf(final === undefined ? 'invalid value; expected string' : `wrong type for value; expected string; got ${goType(final)}`);
    }
    argv.push(final);
  }
  ctx.at(ctx.command);
  if (name === 'call') {
    const fn = argv[0];
    return ctx.errorf(`error calling call: ${fn === undefined || fn === null ? 'call of nil' : `non-function ${args[0] ? nodeString(args[0]) : '<nil>'} of type ${goType(fn)}`}`);
  }
  try {
    return run(name, argv);
  } catch (e) {
    if (e instanceof FunctionError) return ctx.errorf(`error calling ${name}: ${e.message}`);
    throw e;
  }
}

function run(name: string, a: Value[]): Value {
  // Arguments passed as interface{} turn the invalid value into nil.
  const any = (v: Value) => (v === undefined ? null : v);
  switch (name) {
    case 'not':
      return !truth(a[0]);
    case 'len': {
      const v = a[0];
      // The invalid value (a missing key) makes reflect panic inside len.
      if (v === undefined) throw new FunctionError('reflect: call of reflect.Value.Type on zero Value');
      if (v === null) throw new FunctionError('len of nil pointer');
      if (typeof v === 'string') return new GoInt(new TextEncoder().encode(v).length);
      if (Array.isArray(v)) return new GoInt(v.length);
      if (isMap(v)) return new GoInt(Object.keys(v).length);
      throw new FunctionError(`len of type ${goType(v)}`);
    }
    case 'index':
      return index(a[0], a.slice(1));
    case 'slice':
      return slice(a[0], a.slice(1));
    case 'print':
      return sprint(a.map(any));
    case 'println':
      return sprintln(a.map(any));
    case 'printf':
      return sprintf(a[0] as string, a.slice(1).map(any));
    case 'html':
      return htmlEscape(evalArgsText(a));
    case 'js':
      return jsEscape(evalArgsText(a));
    case 'urlquery':
      return queryEscape(evalArgsText(a));
    case 'eq':
      return eq(a[0], a.slice(1));
    case 'ne':
      return !eq(a[0], [a[1]]);
    case 'lt':
      return lt(a[0], a[1]);
    case 'le':
      return lt(a[0], a[1]) || eq(a[0], [a[1]]);
    case 'gt':
      return !(lt(a[0], a[1]) || eq(a[0], [a[1]]));
    case 'ge':
      return !lt(a[0], a[1]);
    case 'exists':
      return exists(a[0], a.slice(1));
    case 'base64decode':
      return base64decode(a[0] as string);
    case 'call':
      throw new FunctionError(`non-function ${a[0] === undefined || a[0] === null ? 'of type <nil>' : `${formatV(a[0])} of type ${goType(a[0])}`}`);
  }
  throw new FunctionError(`function ${name} is not simulated`);
}

/** Go's evalArgs of the escapers: a lone string as is, otherwise fmt.Sprint. */
function evalArgsText(a: Value[]): string {
  if (a.length === 1 && typeof a[0] === 'string') return a[0];
  return sprint(a.map((v) => (v === undefined ? null : v)));
}

function indexArg(i: Value, cap: number): number {
  if (i === undefined || i === null) throw new FunctionError('cannot index slice/array with nil');
  if (!isIntegral(i) || i instanceof GoFloat) throw new FunctionError(`cannot index slice/array with type ${goType(i)}`);
  const x = numeric(i) as number;
  if (x < 0 || x > cap) throw new FunctionError(`index out of range: ${x}`);
  return x;
}

function index(item: Value, indexes: Value[]): Value {
  if (item === undefined || item === null) throw new FunctionError('index of untyped nil');
  let v: Value = item;
  for (const i of indexes) {
    if (v === null || v === undefined) throw new FunctionError('index of nil pointer');
    if (Array.isArray(v) || typeof v === 'string') {
      const len = typeof v === 'string' ? new TextEncoder().encode(v).length : v.length;
      const x = indexArg(i, len);
      // Go's reflect panics one past the end; the template package reports the panic.
      if (x === len) throw new FunctionError(`reflect: ${typeof v === 'string' ? 'string' : 'slice'} index out of range`);
      v = typeof v === 'string' ? new TextEncoder().encode(v)[x] : v[x];
      continue;
    }
    if (isMap(v)) {
      if (i === undefined || i === null) throw new FunctionError('value is nil; should be of type string');
      if (typeof i !== 'string') throw new FunctionError(`value has type ${goType(i)}; should be string`);
      v = Object.hasOwn(v, i) ? v[i] : null;
      continue;
    }
    throw new FunctionError(`can't index item of type ${goType(v)}`);
  }
  return v;
}

function slice(item: Value, indexes: Value[]): Value {
  if (item === undefined || item === null) throw new FunctionError('slice of untyped nil');
  if (indexes.length > 3) throw new FunctionError(`too many slice indexes: ${indexes.length}`);
  let len: number;
  if (typeof item === 'string') {
    if (indexes.length === 3) throw new FunctionError('cannot 3-index slice a string');
    len = new TextEncoder().encode(item).length;
  } else if (Array.isArray(item)) len = item.length;
  else throw new FunctionError(`can't slice item of type ${goType(item)}`);
  const idx = [0, len, len];
  indexes.forEach((i, k) => {
    idx[k] = indexArg(i, len);
  });
  if (idx[0] > idx[1]) throw new FunctionError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1] > idx[2]) throw new FunctionError(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (typeof item === 'string') return new TextDecoder().decode(new TextEncoder().encode(item).subarray(idx[0], idx[1]));
  return item.slice(idx[0], idx[1]);
}

type Kind = 'invalid' | 'bool' | 'int' | 'float' | 'string' | 'other';
function kind(v: Value): Kind {
  if (v === undefined || v === null) return 'invalid';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (v instanceof GoInt) return 'int';
  if (v instanceof GoFloat) return 'float';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  return 'other';
}

function eq(arg1: Value, rest: Value[]): boolean {
  if (rest.length === 0) throw new FunctionError('missing argument for comparison');
  const k1 = kind(arg1);
  for (const arg of rest) {
    const k2 = kind(arg);
    let t = false;
    if (k1 !== k2) {
      if (k1 !== 'invalid' && k2 !== 'invalid') throw new FunctionError('incompatible types for comparison');
    } else if (k1 === 'other') {
      throw new FunctionError(`non-comparable type ${sprintf('%s', [arg1])}: ${goType(arg1)}`);
    } else if (k1 === 'invalid') {
      t = true;
    } else t = (numeric(arg1) ?? arg1) === (numeric(arg) ?? arg);
    if (t) return true;
  }
  return false;
}

function lt(a: Value, b: Value): boolean {
  const k1 = kind(a);
  if (k1 === 'invalid' || k1 === 'other' || k1 === 'bool') throw new FunctionError('invalid type for comparison');
  const k2 = kind(b);
  if (k2 === 'invalid' || k2 === 'other' || k2 === 'bool') throw new FunctionError('invalid type for comparison');
  if (k1 !== k2) throw new FunctionError('incompatible types for comparison');
  if (k1 === 'string') {
    const x = [...(a as string)].map((c) => c.codePointAt(0) as number);
    const y = [...(b as string)].map((c) => c.codePointAt(0) as number);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i];
    return x.length < y.length;
  }
  return (numeric(a) as number) < (numeric(b) as number);
}

/** kubectl's `exists`: whether the path of indexes leads to a non-nil value. */
function exists(item: Value, indexes: Value[]): boolean {
  let v: Value = item;
  for (const i of indexes) {
    if (v === null || v === undefined) return false;
    if (Array.isArray(v) || typeof v === 'string') {
      if (!isIntegral(i) || i instanceof GoFloat) return false;
      const x = numeric(i) as number;
      const len = typeof v === 'string' ? new TextEncoder().encode(v).length : v.length;
      if (x < 0 || x >= len) return false;
      v = typeof v === 'string' ? new TextEncoder().encode(v)[x] : v[x];
    } else if (isMap(v)) {
      if (i !== undefined && i !== null && typeof i !== 'string') return false;
      v = typeof i === 'string' && Object.hasOwn(v, i) ? v[i] : null;
    } else return false;
  }
  return v !== null && v !== undefined;
}

/** kubectl's `base64decode` (standard encoding, padded), with Go's decoder errors. */
function base64decode(s: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const bytes: number[] = [];
  // Go skips \r and \n; any other byte outside the alphabet is illegal at its offset.
  const input = new TextEncoder().encode(s);
  const clean: { c: number; at: number }[] = [];
  input.forEach((c, at) => {
    if (c !== 10 && c !== 13) clean.push({ c, at });
  });
  let i = 0;
  while (i < clean.length) {
    const quantum: number[] = [];
    let j = 0;
    for (; j < 4 && i < clean.length; j++, i++) {
      const { c, at } = clean[i];
      if (c === 61) {
        // Padding: only valid as the last one or two characters of a quantum.
        if (j < 2) throw new FunctionError(`base64 decode failed: illegal base64 data at input byte ${at}`);
        const need = 4 - j;
        for (let k = 0; k < need; k++) {
          if (i + k >= clean.length || clean[i + k].c !== 61) throw new FunctionError(`base64 decode failed: illegal base64 data at input byte ${clean[i + k]?.at ?? input.length}`);
        }
        i += need;
        if (i < clean.length) throw new FunctionError(`base64 decode failed: illegal base64 data at input byte ${clean[i].at}`);
        break;
      }
      const d = alphabet.indexOf(String.fromCharCode(c));
      if (d < 0) throw new FunctionError(`base64 decode failed: illegal base64 data at input byte ${at}`);
      quantum.push(d);
    }
    if (quantum.length === 1 || (quantum.length < 4 && i >= clean.length && !clean.some((x) => x.c === 61))) {
      // Go reports an unfinished quantum at its first byte.
      throw new FunctionError(`base64 decode failed: illegal base64 data at input byte ${input.length - quantum.length}`);
    }
    const n = quantum.length;
    const bits = quantum.reduce((acc, d) => (acc << 6) | d, 0) << (6 * (4 - n));
    if (n >= 2) bytes.push((bits >> 16) & 0xff);
    if (n >= 3) bytes.push((bits >> 8) & 0xff);
    if (n >= 4) bytes.push(bits & 0xff);
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

function htmlEscape(s: string): string {
  return s.replace(/[<>&'"\0]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&#34;', '\0': '\uFFFD' })[c] as string);
}

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if (ch === '<') out += '\\u003C';
    else if (ch === '>') out += '\\u003E';
    else if (ch === '&') out += '\\u0026';
    else if (ch === '=') out += '\\u003D';
    else if (cp < 0x20) out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

function queryEscape(s: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
