// A small YAML writer for the inspector (kubectl -o yaml style: two-space indent, lists not indented
// under their key). Kept here instead of a YAML library to keep the island small; it only writes.

// Plain (unquoted) only when no YAML reader could take it for something else: starts with a letter,
// '_' or '/', and has no ': ', ' #' or trailing ':' / space.
const PLAIN = /^(?!.*:$)(?!.*: )(?!.* #)(?!.* $)[A-Za-z_/][A-Za-z0-9_ ./:@()-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;
// Names and uids that start with a digit ('66179a83-d3b1-…') stay plain, as kubectl prints them;
// anything a reader could take for a number, date or hex/octal literal is quoted.
const DIGIT_LEAD = /^(?!.*: )(?!.* #)(?!.*:$)[0-9][A-Za-z0-9_./-]*$/;
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;
const NUMBER_LIKE = /^(\d{4}-\d\d-\d\d|0[xXoObB]|[-+]?[\d_]*\.?[\d_]*([eE][-+]?\d+)?$|\d+[eE])/;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = String(value);
  if (PLAIN.test(s) && !RESERVED.test(s)) return s;
  if (DIGIT_LEAD.test(s) && (/[A-Za-z]/.test(s) || IPV4.test(s)) && !NUMBER_LIKE.test(s)) return s;
  return JSON.stringify(s);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isEmpty(v: unknown): boolean {
  return (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);
}

function block(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    const lines: string[] = [];
    for (const item of value) {
      if ((isObject(item) || Array.isArray(item)) && !isEmpty(item)) {
        const inner = block(item, indent + '  ');
        lines.push(indent + '- ' + inner[0].slice(indent.length + 2), ...inner.slice(1));
      } else {
        lines.push(indent + '- ' + inline(item));
      }
    }
    return lines;
  }
  if (isObject(value)) {
    const lines: string[] = [];
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const k = scalar(key);
      if (typeof v === 'string' && v.includes('\n')) {
        lines.push(`${indent}${k}: |${v.endsWith('\n') ? '' : '-'}`);
        for (const l of v.replace(/\n$/, '').split('\n')) lines.push(l === '' ? '' : `${indent}  ${l}`);
      } else if ((isObject(v) || Array.isArray(v)) && !isEmpty(v)) {
        lines.push(`${indent}${k}:`);
        lines.push(...block(v, Array.isArray(v) ? indent : indent + '  '));
      } else {
        lines.push(`${indent}${k}: ${inline(v)}`);
      }
    }
    return lines;
  }
  return [indent + scalar(value)];
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return '[]';
  if (isObject(value)) return '{}';
  return scalar(value);
}

export function toYaml(value: unknown): string {
  if (!isObject(value) && !Array.isArray(value)) return scalar(value) + '\n';
  if (isEmpty(value)) return inline(value) + '\n';
  return block(value, '').join('\n') + '\n';
}
