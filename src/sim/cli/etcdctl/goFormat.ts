/** Go standard-library formatting that etcdctl's output depends on, reproduced exactly. */

// Shared with kubectl, so it lives in the CLI folder (kubectl must not import etcdctl).
export { goJsonString } from '../goFormat.ts';

const encoder = new TextEncoder();
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** encoding/json marshals []byte as standard base64 of the UTF-8 bytes. */
export function base64(text: string): string {
  const bytes = encoder.encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

export function hex(text: string): string {
  return [...encoder.encode(text)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** `%.Nf` with Go's round-half-to-even on exact binary halves. */
function formatFixed(value: number, digits: number): string {
  const scale = 10 ** digits;
  const scaled = value * scale;
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  let rounded = diff > 0.5 ? floor + 1 : diff < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
  if (!Number.isFinite(rounded)) rounded = scaled;
  return (rounded / scale).toFixed(digits);
}

/** github.com/dustin/go-humanize Bytes(): SI units, e.g. 20480 -> "20 kB". */
export function humanizeBytes(n: number): string {
  if (n < 10) return `${n} B`;
  const sizes = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  const e = Math.floor(Math.log(n) / Math.log(1000));
  const val = Math.floor((n / 1000 ** e) * 10 + 0.5) / 10;
  return `${formatFixed(val, val < 10 ? 1 : 0)} ${sizes[e]}`;
}

/** time.Duration.String() for a duration given in milliseconds (sub-millisecond precision kept to ns). */
export function goDuration(ms: number): string {
  const ns = Math.round(ms * 1e6);
  if (ns === 0) return '0s';
  if (ns < 1000) return `${ns}ns`;
  if (ns < 1e6) return `${trimFraction(ns / 1e3)}µs`;
  if (ns < 1e9) return `${trimFraction(ns / 1e6)}ms`;
  let rest = ns / 1e9;
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  rest -= m * 60;
  const s = `${trimFraction(rest)}s`;
  if (h > 0) return `${h}h${m}m${s}`;
  if (m > 0) return `${m}m${s}`;
  return s;
}

function trimFraction(v: number): string {
  return v.toFixed(9).replace(/\.?0+$/, '');
}

/** time.ParseDuration for the forms people type ("5s", "500ms", "1m30s", "2.5s"); undefined if invalid. */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const unitMs: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
  let sign = 1;
  let rest = text;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '') return undefined;
  let total = 0;
  re.lastIndex = 0;
  let pos = 0;
  while (pos < rest.length) {
    re.lastIndex = pos;
    const m = re.exec(rest);
    if (!m) return undefined;
    total += parseFloat(m[1]) * unitMs[m[2]];
    pos = re.lastIndex;
  }
  return sign * total;
}

/** Go's %q-free "quote" used by pflag for string defaults: `"value"`. */
export function goQuote(s: string): string {
  return JSON.stringify(s);
}

/**
 * text/tabwriter with minwidth 0, tabwidth 8, padding 1, padchar '\t' (what etcdctl's help uses):
 * each column is as wide as its widest cell plus one, rounded up to a tab stop, and filled with tabs.
 * Rows are lists of cells; the last cell of a row is not padded.
 */
export function tabwrite(rows: string[][]): string[] {
  const columns = Math.max(0, ...rows.map((r) => r.length - 1));
  const widths: number[] = [];
  for (let c = 0; c < columns; c++) {
    const max = Math.max(0, ...rows.filter((r) => r.length - 1 > c).map((r) => [...r[c]].length));
    widths.push(Math.ceil((max + 1) / 8) * 8);
  }
  return rows.map((r) =>
    r
      .map((cell, c) => {
        if (c === r.length - 1) return cell;
        const len = [...cell].length;
        return cell + '\t'.repeat(Math.ceil((widths[c] - len) / 8));
      })
      .join(''),
  );
}
