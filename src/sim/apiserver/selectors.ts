import type { KubeObject, LabelSelector, Labels } from '../api/types.ts';

/**
 * Label and field selectors in their string forms ('app=web,tier!=db', 'env in (a,b)', '!gpu';
 * 'spec.nodeName=node01') and as the structured LabelSelector of workload specs.
 */
export type Matcher = (labels: Labels) => boolean;

export class SelectorError extends Error {}

interface Requirement {
  key: string;
  op: '=' | '!=' | 'in' | 'notin' | 'exists' | '!';
  values: string[];
}

export function parseLabelSelector(text: string | undefined): Matcher {
  if (!text || !text.trim()) return () => true;
  const reqs = parseRequirements(text);
  return (labels) => reqs.every((r) => matchRequirement(r, labels));
}

function parseRequirements(text: string): Requirement[] {
  const reqs: Requirement[] = [];
  // Split on commas that are not inside parentheses.
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) throw new SelectorError(`found '', expected: identifier`);
    let m: RegExpExecArray | null;
    if ((m = /^([^\s!=(),]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part))) {
      reqs.push({ key: m[1], op: m[2] as 'in' | 'notin', values: m[3].split(',').map((v) => v.trim()).filter((v) => v !== '') });
    } else if ((m = /^([^\s!=(),]+)\s*(==|=|!=)\s*([^\s!=(),]*)$/.exec(part))) {
      reqs.push({ key: m[1], op: m[2] === '!=' ? '!=' : '=', values: [m[3]] });
    } else if ((m = /^!\s*([^\s!=(),]+)$/.exec(part))) {
      reqs.push({ key: m[1], op: '!', values: [] });
    } else if ((m = /^([^\s!=(),]+)$/.exec(part))) {
      reqs.push({ key: m[1], op: 'exists', values: [] });
    } else {
      throw new SelectorError(`unable to parse requirement: ${part}`);
    }
  }
  return reqs;
}

function matchRequirement(r: Requirement, labels: Labels): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const v = labels[r.key];
  switch (r.op) {
    case '=':
      return has && v === r.values[0];
    case '!=':
      return !has || v !== r.values[0];
    case 'in':
      return has && r.values.includes(v);
    case 'notin':
      return !has || !r.values.includes(v);
    case 'exists':
      return has;
    case '!':
      return !has;
  }
}

/** metav1.LabelSelector semantics: empty selector matches everything (for workloads). */
export function labelSelectorMatcher(selector: LabelSelector | undefined): Matcher {
  if (!selector) return () => false;
  const reqs: Requirement[] = [];
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) reqs.push({ key: k, op: '=', values: [v] });
  for (const e of selector.matchExpressions ?? []) {
    const op = e.operator === 'In' ? 'in' : e.operator === 'NotIn' ? 'notin' : e.operator === 'Exists' ? 'exists' : '!';
    reqs.push({ key: e.key, op, values: e.values ?? [] });
  }
  return (labels) => reqs.every((r) => matchRequirement(r, labels));
}

export type FieldMatcher = (obj: KubeObject) => boolean;

/** Field selectors the API server supports for the engine's kinds (metadata.name/namespace, spec.nodeName, status.phase). */
export function parseFieldSelector(text: string | undefined): FieldMatcher {
  const terms = parseFieldTerms(text);
  if (terms.length === 0) return () => true;
  return (obj) => {
    for (const t of terms) {
      const actual = fieldValue(obj, t.path);
      if (t.neg ? actual === t.value : actual !== t.value) return false;
    }
    return true;
  };
}

export interface FieldTerm {
  path: string[];
  neg: boolean;
  value: string;
}

export function parseFieldTerms(text: string | undefined): FieldTerm[] {
  if (!text || !text.trim()) return [];
  return text.split(',').map((t) => {
    const m = /^\s*([A-Za-z.]+)\s*(==|=|!=)\s*(.*?)\s*$/.exec(t);
    if (!m) throw new SelectorError(`invalid selector: '${text}'; can't understand '${t}'`);
    return { path: m[1].split('.'), neg: m[2] === '!=', value: m[3] };
  });
}

function fieldValue(obj: KubeObject, path: string[]): string {
  let cur: unknown = obj;
  for (let i = 0; i < path.length; i++) {
    if (cur === null || typeof cur !== 'object') return '';
    cur = (cur as Record<string, unknown>)[path[i]];
  }
  // Boolean fields are selected by strconv.FormatBool of the Go value: unset is "false".
  if (path.join('.') === 'spec.unschedulable' || path.join('.') === 'spec.hostNetwork') return String(cur === true);
  return cur === undefined || cur === null ? '' : String(cur);
}
