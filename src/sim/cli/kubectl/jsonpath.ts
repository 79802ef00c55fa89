/**
 * The subset of kubectl's JSONPath templates the notes use: `{.a.b}`, `[n]`, `[*]`, `{range ...}{end}`,
 * quoted literals (`{"\n"}`), and text between expressions. Several results of one expression are
 * joined with a space, as kubectl prints them.
 */
import { goJson } from './apply/lastApplied.ts';

export class JsonPathError extends Error {}

type Node = { kind: 'text'; text: string } | { kind: 'expr'; path: string } | { kind: 'range'; path: string; body: Node[] };

function tokenize(template: string): (string | { expr: string })[] {
  const out: (string | { expr: string })[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out.push(template.slice(i));
      break;
    }
    if (open > i) out.push(template.slice(i, open));
    const close = template.indexOf('}', open);
    if (close < 0) throw new JsonPathError(`unclosed action`);
    out.push({ expr: template.slice(open + 1, close).trim() });
    i = close + 1;
  }
  return out;
}

function parse(tokens: (string | { expr: string })[], pos: { i: number }, inRange: boolean): Node[] {
  const nodes: Node[] = [];
  while (pos.i < tokens.length) {
    const t = tokens[pos.i++];
    if (typeof t === 'string') {
      nodes.push({ kind: 'text', text: t });
      continue;
    }
    const e = t.expr;
    if (e === 'end') {
      if (!inRange) throw new JsonPathError('not in range, nothing to end');
      return nodes;
    }
    if (e.startsWith('range ')) {
      const body = parse(tokens, pos, true);
      nodes.push({ kind: 'range', path: e.slice(6).trim(), body });
      continue;
    }
    const literal = /^"((?:[^"\\]|\\.)*)"$/.exec(e);
    if (literal) {
      nodes.push({ kind: 'text', text: literal[1].replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\"/g, '"') });
      continue;
    }
    nodes.push({ kind: 'expr', path: e });
  }
  if (inRange) throw new JsonPathError('unclosed range');
  return nodes;
}

/** Evaluates `.a.b[0].c[*]` against a value; returns every match. */
export function evalPath(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value];
  const re = /\.([A-Za-z0-9_-]+)|\[(\*|-?\d+|'[^']*'|"[^"]*")\]|\.\.?$/g;
  const body = path.trim();
  if (body === '' || body === '.' || body === '@') return current;
  if (!body.startsWith('.') && !body.startsWith('[') && !body.startsWith('@')) throw new JsonPathError(`unrecognized identifier ${body}`);
  const src = body.startsWith('@') ? body.slice(1) : body;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(src))) {
    if (m.index !== consumed) throw new JsonPathError(`invalid array index ${src}`);
    consumed = re.lastIndex;
    const next: unknown[] = [];
    for (const v of current) {
      if (m[1] !== undefined) {
        if (v && typeof v === 'object' && !Array.isArray(v) && m[1] in (v as object)) next.push((v as Record<string, unknown>)[m[1]]);
      } else if (m[2] === '*') {
        if (Array.isArray(v)) next.push(...v);
        else if (v && typeof v === 'object') next.push(...Object.values(v));
      } else if (m[2] !== undefined) {
        if (/^-?\d+$/.test(m[2])) {
          if (Array.isArray(v)) {
            const idx = Number(m[2]);
            const item = v[idx < 0 ? v.length + idx : idx];
            if (item !== undefined) next.push(item);
          }
        } else {
          const key = m[2].slice(1, -1);
          if (v && typeof v === 'object' && key in (v as object)) next.push((v as Record<string, unknown>)[key]);
        }
      }
    }
    current = next;
  }
  if (consumed !== src.length) throw new JsonPathError(`unrecognized identifier ${src.slice(consumed)}`);
  return current;
}

export function format(value: unknown): string {
  if (value === null || value === undefined) return '';
  // client-go's jsonpath marshals maps and slices with encoding/json: keys sorted, <, >, & escaped.
  if (typeof value === 'object') return goJson(value);
  return String(value);
}

function render(nodes: Node[], data: unknown): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') out += n.text;
    else if (n.kind === 'expr') out += evalPath(data, n.path).map(format).join(' ');
    else for (const item of evalPath(data, n.path)) out += render(n.body, item);
  }
  return out;
}

/** kubectl -o jsonpath='...' (the outer braces of a bare path are optional, as in kubectl). */
export function jsonPath(template: string, data: unknown): string {
  const t = template.includes('{') ? template : `{${template}}`;
  return render(parse(tokenize(t), { i: 0 }, false), data);
}
