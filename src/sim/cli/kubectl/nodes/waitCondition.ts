import type { KubeObject } from '../../../api/types.ts';
import { evalPath, format, JsonPathError, relaxedJsonPath } from '../jsonpath.ts';

// What `kubectl wait --for=...` waits for (kubectl/pkg/cmd/wait: conditionFuncFor): the object's
// deletion, its creation, a status condition, or a JSONPath value.

export type WaitFor =
  | { type: 'delete' }
  | { type: 'create' }
  | { type: 'condition'; name: string; value: string }
  | { type: 'jsonpath'; path: string; value?: string };

export class WaitForError extends Error {}

/** get.RelaxedJSONPathExpression: `.a.b`, `a.b`, `{a.b}` and `{.a.b}` all mean `{.a.b}`. */
function relaxedPath(text: string): string {
  try {
    return relaxedJsonPath(text);
  } catch (e) {
    if (e instanceof JsonPathError) throw new WaitForError(e.message);
    throw e;
  }
}

/** The first '=' outside braces, brackets and quotes splits the expression from the value. */
function splitJsonPath(text: string): [string, string | undefined] {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    else if (ch === '=' && depth === 0) return [text.slice(0, i), text.slice(i + 1)];
  }
  return [text, undefined];
}

export function parseWaitFor(text: string): WaitFor {
  const lower = text.toLowerCase();
  if (lower === 'delete') return { type: 'delete' };
  if (lower === 'create') return { type: 'create' };
  if (lower.startsWith('condition=')) {
    const rest = text.slice('condition='.length);
    const eq = rest.indexOf('=');
    return eq < 0 ? { type: 'condition', name: rest, value: 'true' } : { type: 'condition', name: rest.slice(0, eq), value: rest.slice(eq + 1) };
  }
  if (lower.startsWith('jsonpath=')) {
    const [expr, value] = splitJsonPath(text.slice('jsonpath='.length));
    const path = relaxedPath(expr);
    if (value === undefined) return { type: 'jsonpath', path };
    if (value === '') throw new WaitForError('jsonpath wait has to have a value after equal sign');
    return { type: 'jsonpath', path, value: value.replace(/^['"]+|['"]+$/g, '') };
  }
  throw new WaitForError(`unrecognized condition: "${text}"`);
}

/** True when the object (present) satisfies a condition or JSONPath wait. */
export function conditionMet(obj: KubeObject, w: WaitFor): boolean {
  if (w.type === 'condition') {
    const conditions = (obj as { status?: { conditions?: { type?: string; status?: string }[] } }).status?.conditions ?? [];
    const c = conditions.find((x) => (x.type ?? '').toLowerCase() === w.name.toLowerCase());
    return !!c && (c.status ?? '').toLowerCase() === w.value.toLowerCase();
  }
  if (w.type === 'jsonpath') {
    const values = evalPath(obj, w.path);
    if (values.length === 0 || values[0] === undefined) return false;
    if (w.value === undefined) return true;
    return values.length === 1 && typeof values[0] !== 'object' && format(values[0]) === w.value;
  }
  return true;
}
