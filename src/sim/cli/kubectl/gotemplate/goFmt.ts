/**
 * Go's fmt for the values a kubectl template sees: decoded JSON (maps, slices, strings, bools,
 * int64 for integral numbers, float64 otherwise, nil) plus the template's own `int` and
 * `float64` constants. %v prints maps as `map[k:v]` with sorted keys and slices as `[a b]`;
 * printf's verbs, flags, width and precision follow fmt, with its `%!d(string=x)` complaints.
 */
import { compareCodePoints, goFloat, goNumber, goQuote } from '../jsonpath/goValues.ts';

/** A Go `int` constant or result (template number literals, len, range indexes). */
export class GoInt {
  constructor(readonly n: number) {}
}
/** A Go `float64` constant of the template (`1.0`, `1e3`). */
export class GoFloat {
  constructor(readonly n: number) {}
}

export type Value = unknown;

export const isMap = (v: Value): v is Record<string, Value> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoInt) && !(v instanceof GoFloat);

/** The number inside any numeric value, or undefined. */
export function numeric(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof GoInt || v instanceof GoFloat) return v.n;
  return undefined;
}
export const isIntegral = (v: Value) => v instanceof GoInt || (typeof v === 'number' && Number.isInteger(v));

/** Go's type name of a value, as fmt's %T and error messages print it. */
export function goType(v: Value): string {
  if (v === null || v === undefined) return '<nil>';
  if (v instanceof GoInt) return 'int';
  if (v instanceof GoFloat) return 'float64';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** Go's sort order of map keys (byte-wise UTF-8 = code point order). */
export function sortedKeys(m: Record<string, Value>): string[] {
  return Object.keys(m).sort(compareCodePoints);
}

/** fmt's %v. */
export function formatV(v: Value): string {
  return formatVerb(v, { verb: 'v', minus: false, plus: false, sharp: false, space: false, zero: false });
}

/** fmt.Sprint: operands separated by a space when neither side is a string. */
export function sprint(args: Value[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatV(a);
  });
  return out;
}

/** fmt.Sprintln: always a space between operands, a newline at the end. */
export function sprintln(args: Value[]): string {
  return `${args.map(formatV).join(' ')}\n`;
}

interface Spec {
  verb: string;
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width?: number;
  prec?: number;
}

const bad = (s: Spec, v: Value) => (v === null || v === undefined ? `%!${s.verb}(<nil>)` : `%!${s.verb}(${goType(v)}=${formatV(v)})`);

function pad(s: string, spec: Spec, numericZero = false): string {
  const w = spec.width ?? 0;
  const len = [...s].length;
  if (len >= w) return s;
  if (spec.minus) return s + ' '.repeat(w - len);
  if (spec.zero && numericZero) {
    const sign = /^[+\- ]/.test(s) ? s[0] : '';
    return sign + '0'.repeat(w - len) + s.slice(sign.length);
  }
  return ' '.repeat(w - len) + s;
}

function signed(n: string, neg: boolean, spec: Spec): string {
  return (neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '') + n;
}

function fmtInt(n: number, spec: Spec): string {
  const neg = n < 0;
  const abs = BigInt(Math.abs(n));
  let digits: string;
  switch (spec.verb) {
    case 'd':
    case 'v':
      digits = abs.toString();
      break;
    case 'x':
      digits = abs.toString(16);
      if (spec.sharp) digits = `0x${digits}`;
      break;
    case 'X':
      digits = abs.toString(16).toUpperCase();
      if (spec.sharp) digits = `0X${digits}`;
      break;
    case 'o':
      digits = abs.toString(8);
      if (spec.sharp) digits = `0${digits}`;
      break;
    case 'O':
      digits = `0o${abs.toString(8)}`;
      break;
    case 'b':
      digits = abs.toString(2);
      break;
    default:
      digits = abs.toString();
  }
  if (spec.prec !== undefined) digits = digits.padStart(spec.prec, '0');
  return pad(signed(digits, neg, spec), spec, spec.prec === undefined);
}

/** strconv's 'g' with the shortest digits: %e when the exponent is < -4 or >= 6 (fmt's %v). */
function shortestG(a: number): string {
  const exp = a === 0 ? 0 : Number(a.toExponential().split('e')[1]);
  if (exp < -4 || exp >= 6) {
    const [mantissa] = a.toExponential().split('e');
    return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return goFloat(a);
}

/**
 * JavaScript rounds an exact tie up (2.25 → "2.3"); Go's strconv rounds it to even ("2.2").
 * `long` is the same number with many more digits: its exact decimal expansion decides.
 */
function halfEven(short: string, long: string, keep: number): string {
  const tail = long.slice(keep);
  if (!/^50*$/.test(tail.replace(/e.*$/, ''))) return short;
  const truncated = long.slice(0, keep).replace(/\.$/, '');
  const lastDigit = Number(truncated.replace(/\D/g, '').slice(-1));
  if (lastDigit % 2 !== 0) return short;
  const exp = /e.*$/.exec(long)?.[0] ?? '';
  return truncated + exp;
}
function toFixedGo(a: number, prec: number): string {
  if (a >= 1e21) return a.toFixed(prec);
  const long = a.toFixed(Math.min(100, prec + 40));
  return halfEven(a.toFixed(prec), long, long.indexOf('.') + 1 + prec);
}
function toExponentialGo(a: number, prec: number): string {
  const long = a.toExponential(Math.min(100, prec + 40));
  const mantissa = long.replace(/e.*$/, '');
  return halfEven(a.toExponential(prec), long, mantissa.indexOf('.') + 1 + prec);
}

function fmtFloat(f: number, spec: Spec): string {
  const neg = f < 0 || Object.is(f, -0);
  const a = Math.abs(f);
  let body: string;
  if (!Number.isFinite(f)) {
    body = Number.isNaN(f) ? 'NaN' : 'Inf';
    const s = Number.isNaN(f) ? (spec.plus ? '+NaN' : spec.space ? ' NaN' : 'NaN') : signed(body, neg, spec);
    return pad(s, { ...spec, zero: false });
  }
  switch (spec.verb) {
    case 'f':
    case 'F':
      body = toFixedGo(a, spec.prec ?? 6);
      break;
    case 'e':
    case 'E': {
      const [m, e] = toExponentialGo(a, spec.prec ?? 6).split('e');
      const exp = Number(e);
      body = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
      if (spec.verb === 'E') body = body.toUpperCase();
      break;
    }
    default: {
      // %v and %g: the shortest representation (or %g's precision).
      if (spec.prec === undefined) body = shortestG(a);
      else {
        const p = spec.prec === 0 ? 1 : spec.prec;
        const [m, e] = toExponentialGo(a, p - 1).split('e');
        const exp = Number(e);
        if (exp < -4 || exp >= p) {
          const mant = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
          body = `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
        } else {
          body = toFixedGo(a, Math.max(0, p - 1 - exp));
          if (body.includes('.')) body = body.replace(/0+$/, '').replace(/\.$/, '');
        }
      }
      if (spec.verb === 'G') body = body.toUpperCase();
    }
  }
  return pad(signed(body, neg, spec), spec, true);
}

function fmtString(s: string, spec: Spec): string {
  switch (spec.verb) {
    case 'v':
    case 's': {
      const t = spec.prec !== undefined ? [...s].slice(0, spec.prec).join('') : s;
      return pad(t, spec);
    }
    case 'q':
      return pad(spec.sharp && !s.includes('`') ? `\`${s}\`` : goQuote(spec.prec !== undefined ? [...s].slice(0, spec.prec).join('') : s), spec);
    case 'x':
    case 'X': {
      let bytes = [...new TextEncoder().encode(s)];
      if (spec.prec !== undefined) bytes = bytes.slice(0, spec.prec);
      let hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join(spec.space ? ' ' : '');
      if (spec.verb === 'X') hex = hex.toUpperCase();
      return pad(hex, spec);
    }
    default:
      return bad(spec, s);
  }
}

/** One operand under one verb; maps and slices apply the verb to their elements as fmt does. */
function formatVerb(v: Value, spec: Spec): string {
  if (v === null || v === undefined) {
    if (spec.verb === 'v') return pad('<nil>', spec);
    return bad(spec, v);
  }
  if (Array.isArray(v)) {
    if (spec.verb === 'x' || spec.verb === 'X' || spec.verb === 's' || spec.verb === 'q' || spec.verb === 'v' || 'dobOeEfFgGtc'.includes(spec.verb)) {
      return `[${v.map((x) => formatVerb(x, { ...spec, width: spec.width })).join(' ')}]`;
    }
    return bad(spec, v);
  }
  if (isMap(v)) {
    return `map[${sortedKeys(v)
      .map((k) => `${formatVerb(k, spec)}:${formatVerb(v[k], spec)}`)
      .join(' ')}]`;
  }
  if (typeof v === 'string') return fmtString(v, spec);
  if (typeof v === 'boolean') {
    if (spec.verb === 'v' || spec.verb === 't') return pad(String(v), spec);
    return bad(spec, v);
  }
  const n = numeric(v) as number;
  if (isIntegral(v) && !(v instanceof GoFloat)) {
    switch (spec.verb) {
      case 'v':
      case 'd':
      case 'x':
      case 'X':
      case 'o':
      case 'O':
      case 'b':
        return fmtInt(n, spec);
      case 'c':
        return pad(String.fromCodePoint(n >= 0 && n <= 0x10ffff && !(n >= 0xd800 && n < 0xe000) ? n : 0xfffd), spec);
      case 'q':
        return pad(goQuote(String.fromCodePoint(n >= 0 && n <= 0x10ffff && !(n >= 0xd800 && n < 0xe000) ? n : 0xfffd)).replace(/^"|"$/g, "'").replace(/\\"/g, '"'), spec);
      case 'U':
        return pad(`U+${n.toString(16).toUpperCase().padStart(4, '0')}`, spec);
      default:
        return bad(spec, v);
    }
  }
  if ('veEfFgGxX'.includes(spec.verb) && spec.verb !== 'x' && spec.verb !== 'X') return fmtFloat(n, spec);
  return bad(spec, v);
}

/** fmt.Sprintf. */
export function sprintf(format: string, args: Value[]): string {
  let out = '';
  let argIndex = 0;
  let reordered = false;
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const spec: Spec = { verb: '', minus: false, plus: false, sharp: false, space: false, zero: false };
    for (; i < format.length; i++) {
      const c = format[i];
      if (c === '-') {
        spec.minus = true;
        spec.zero = false;
      } else if (c === '+') spec.plus = true;
      else if (c === '#') spec.sharp = true;
      else if (c === ' ') spec.space = true;
      else if (c === '0') spec.zero = !spec.minus;
      else break;
    }
    const readIndex = () => {
      const m = /^\[([0-9]+)\]/.exec(format.slice(i));
      if (m) {
        argIndex = Number(m[1]) - 1;
        reordered = true;
        i += m[0].length;
      }
    };
    readIndex();
    const readNumber = (): number | undefined => {
      if (format[i] === '*') {
        i++;
        const a = args[argIndex++];
        return isIntegral(a) ? (numeric(a) as number) : undefined;
      }
      const m = /^[0-9]+/.exec(format.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      return Number(m[0]);
    };
    spec.width = readNumber();
    if (spec.width !== undefined && spec.width < 0) {
      spec.minus = true;
      spec.width = -spec.width;
    }
    if (format[i] === '.') {
      i++;
      spec.prec = readNumber() ?? 0;
    }
    readIndex();
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i) as number);
    i += verb.length;
    spec.verb = verb;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argIndex >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const arg = args[argIndex++];
    if (verb === 'T') out += pad(goType(arg), spec);
    else if (verb === 'v' && spec.sharp) out += formatV(arg);
    else if (!'vdsqxXobOcUeEfFgGt'.includes(verb)) out += bad(spec, arg);
    else out += formatVerb(arg, spec);
  }
  if (!reordered && argIndex < args.length) {
    out += `%!(EXTRA ${args
      .slice(argIndex)
      .map((a) => (a === null || a === undefined ? '<nil>' : `${goType(a)}=${formatV(a)}`))
      .join(', ')})`;
  }
  return out;
}

export { goNumber };
