// JSON patch (RFC 6902) as the API server applies it (gopkg.in/evanphx/json-patch.v4): add, remove,
// replace, move, copy and test on JSON pointers (RFC 6901, `~1` for `/`, `~0` for `~`; `-` appends to
// a list). The patch handler answers a body that does not decode as a list of operations with a 400
// carrying encoding/json's text, and any operation that fails (a missing path, a failed test, an
// unknown op) with the generic 422 "the server rejected our request due to an error in our request":
// kubectl prints that as `The request is invalid: ...`. The upstream error text (`testing value
// /spec/replicas failed: test failed`, ...) is given to the caller for -v logs and the client side.
import { PatchError, goTypeName, isMap } from './strategicMerge.ts';

type Json = unknown;
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** The API server's 422 for a JSON patch that does not apply. */
export const JSON_PATCH_REJECTED = 'the server rejected our request due to an error in our request';

/** An operation failed: `detail` is json-patch's own text (what kubectl's client-side patch prints). */
export class JsonPatchApplyError extends PatchError {
  readonly detail: string;
  constructor(detail: string) {
    super('Invalid', JSON_PATCH_REJECTED);
    this.detail = detail;
  }
}

/** jsonpatch.DecodePatch: a JSON list of objects. */
export function decodeJsonPatch(patch: Json): Record<string, Json>[] {
  if (!Array.isArray(patch)) throw new PatchError('BadRequest', `json: cannot unmarshal ${goTypeName(patch)} into Go value of type jsonpatch.Patch`);
  for (const op of patch) {
    if (!isMap(op)) throw new PatchError('BadRequest', `json: cannot unmarshal ${goTypeName(op)} into Go value of type jsonpatch.Operation`);
  }
  return patch as Record<string, Json>[];
}

export function applyJsonPatch<T>(doc: T, patch: Json): T {
  const ops = decodeJsonPatch(patch);
  // The whole document is one value so that a pointer to the root can be handled like any other.
  const box: { root: Json } = { root: clone(doc) };
  for (const op of ops) applyOne(box, op);
  return box.root as T;
}

function pointer(op: Record<string, Json>, field: 'path' | 'from'): string[] {
  const p = op[field];
  if (typeof p !== 'string') throw new JsonPatchApplyError(`${field} is missing`);
  if (p === '') return [];
  if (!p.startsWith('/')) throw new JsonPatchApplyError(`invalid path: ${p}`);
  return p.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The container of the last token, or undefined when it does not exist. */
function parentOf(box: { root: Json }, parts: string[]): Json {
  let at: Json = box;
  const walk = ['root', ...parts.slice(0, -1)];
  for (const k of walk) {
    if (Array.isArray(at)) {
      const i = index(k, at.length - 1);
      if (i === undefined) return undefined;
      at = at[i];
    } else if (isMap(at) || at === box) at = (at as Record<string, Json>)[k];
    else return undefined;
  }
  return at;
}

function index(token: string, max: number): number | undefined {
  if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
  const i = Number(token);
  return i <= max ? i : undefined;
}

function get(box: { root: Json }, parts: string[]): { found: boolean; value?: Json } {
  if (parts.length === 0) return { found: true, value: box.root };
  const parent = parentOf(box, parts);
  const last = parts[parts.length - 1];
  if (Array.isArray(parent)) {
    const i = index(last, parent.length - 1);
    return i === undefined ? { found: false } : { found: true, value: parent[i] };
  }
  if (isMap(parent) && Object.hasOwn(parent, last)) return { found: true, value: parent[last] };
  return { found: false };
}

function add(box: { root: Json }, parts: string[], value: Json, path: string): void {
  if (parts.length === 0) {
    box.root = value;
    return;
  }
  const parent = parentOf(box, parts);
  const last = parts[parts.length - 1];
  if (Array.isArray(parent)) {
    if (last === '-') return void parent.push(value);
    const i = index(last, parent.length);
    if (i === undefined) throw new JsonPatchApplyError(`Unable to access invalid index: ${last}: invalid index referenced`);
    parent.splice(i, 0, value);
    return;
  }
  if (!isMap(parent)) throw new JsonPatchApplyError(`add operation does not apply: doc is missing path: "${path}": missing value`);
  parent[last] = value;
}

function remove(box: { root: Json }, parts: string[], path: string, opName: string): Json {
  const parent = parentOf(box, parts);
  const last = parts[parts.length - 1];
  if (parts.length === 0) throw new JsonPatchApplyError(`${opName} operation does not apply: doc is missing path: "${path}": missing value`);
  if (Array.isArray(parent)) {
    const i = index(last, parent.length - 1);
    if (i === undefined) throw new JsonPatchApplyError(`Unable to access invalid index: ${last}: invalid index referenced`);
    return parent.splice(i, 1)[0];
  }
  if (!isMap(parent) || !Object.hasOwn(parent, last)) throw new JsonPatchApplyError(`${opName} operation does not apply: doc is missing path: "${path}": missing value`);
  const value = parent[last];
  delete parent[last];
  return value;
}

function applyOne(box: { root: Json }, op: Record<string, Json>): void {
  const kind = typeof op.op === 'string' ? op.op : 'unknown';
  const path = typeof op.path === 'string' ? op.path : '';
  switch (kind) {
    case 'add': {
      if (!('value' in op)) throw new JsonPatchApplyError('missing value');
      return add(box, pointer(op, 'path'), clone(op.value), path);
    }
    case 'remove':
      remove(box, pointer(op, 'path'), path, 'remove');
      return;
    case 'replace': {
      if (!('value' in op)) throw new JsonPatchApplyError('missing value');
      const parts = pointer(op, 'path');
      if (!get(box, parts).found) throw new JsonPatchApplyError(`replace operation does not apply: doc is missing key: ${path}: missing value`);
      if (parts.length === 0) {
        box.root = clone(op.value);
        return;
      }
      const parent = parentOf(box, parts) as Record<string, Json> | Json[];
      const last = parts[parts.length - 1];
      if (Array.isArray(parent)) parent[Number(last)] = clone(op.value);
      else parent[last] = clone(op.value);
      return;
    }
    case 'move': {
      const from = pointer(op, 'from');
      const fromText = String(op.from);
      if (!get(box, from).found) throw new JsonPatchApplyError(`move operation does not apply: doc is missing from path: ${fromText}: missing value`);
      const value = remove(box, from, fromText, 'move');
      return add(box, pointer(op, 'path'), value, path);
    }
    case 'copy': {
      const from = pointer(op, 'from');
      const got = get(box, from);
      if (!got.found) throw new JsonPatchApplyError(`copy operation does not apply: doc is missing from path: ${String(op.from)}: missing value`);
      return add(box, pointer(op, 'path'), clone(got.value), path);
    }
    case 'test': {
      const got = get(box, pointer(op, 'path'));
      const expected = 'value' in op ? op.value : null;
      const equal = got.found ? deepEqual(got.value, expected) : expected === null;
      if (!equal) throw new JsonPatchApplyError(`testing value ${path} failed: test failed`);
      return;
    }
    default:
      throw new JsonPatchApplyError(`Unexpected kind: ${kind}`);
  }
}

function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isMap(a) && isMap(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}
