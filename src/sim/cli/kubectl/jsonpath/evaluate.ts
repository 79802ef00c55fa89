/**
 * Evaluation of a parsed kubectl JSONPath template over a decoded JSON object, as client-go's
 * JSONPath.FindResults and PrintResults do it: every top-level action yields a list of values;
 * `range` runs the actions after it once per value up to its `end`; results of one action are
 * printed separated by a space, maps and slices as compact JSON (encoding/json: keys sorted, <, >
 * and & escaped), strings as they are, numbers as Go prints int64 and float64, null as `null`.
 * Missing keys give nothing (kubectl's --allow-missing-template-keys, default true).
 *
 * Go iterates a map's keys in random order (`.*`, `..`, ranging over a map); this simulation
 * iterates them sorted, one of the orders real kubectl can print.
 */
import { goJson } from '../apply/lastApplied.ts';
import { ComparisonError, goEqual, goLess, goScalar, goTypeName, goV, type Comparable } from './goValues.ts';
import type { JsonPathNode, ListNode, SliceParam } from './parser.ts';

export class JsonPathExecutionError extends Error {}

type Json = unknown;

/** A value in flight, with the kind of literal it came from (for comparisons). */
interface Value {
  v: Json;
  literal?: 'int' | 'float';
}

const isMap = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Guards against runaway work on hostile templates (`{..}` of a deep object many times). */
const MAX_RESULTS = 1_000_000;

class Evaluator {
  private produced = 0;

  constructor(private readonly allowMissingKeys: boolean) {}

  /**
   * The results of each top-level action, in order. `{range EXPR}` runs the actions up to its
   * matching `{end}` once per value of EXPR, with that value as `@`; after the `{end}` the actions
   * go on with the value from before the range. A `range` without its `end` runs to the end of the
   * template; an `end` without a `range` is upstream's "not in range, nothing to end".
   */
  findResults(data: Json, nodes: JsonPathNode[]): Value[][] {
    const cur: Value[] = [{ v: data }];
    const full: Value[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (isMarker(node, 'end')) throw new JsonPathExecutionError('not in range, nothing to end');
      const results = this.walk(cur, node);
      if (!isMarker(node, 'range')) {
        full.push(results);
        continue;
      }
      const close = matchingEnd(nodes, i);
      const body = nodes.slice(i + 1, close);
      for (const value of results) full.push(...this.findResults(value.v, body));
      i = close;
    }
    return full;
  }

  private count(n: number): void {
    this.produced += n;
    if (this.produced > MAX_RESULTS) throw new JsonPathExecutionError('the template produces too many results for this simulation');
  }

  private walk(input: Value[], node: JsonPathNode): Value[] {
    switch (node.type) {
      case 'list':
        return this.evalList(input, node);
      case 'text':
        return [{ v: node.text }];
      case 'field':
        return this.evalField(input, node.name);
      case 'array':
        return this.evalArray(input, node.params);
      case 'filter':
        return this.evalFilter(input, node);
      case 'int':
      case 'float':
        return input.map(() => ({ v: node.value, literal: node.type }));
      case 'bool':
        return input.map(() => ({ v: node.value }));
      case 'wildcard':
        return this.evalWildcard(input);
      case 'recursive':
        return this.evalRecursive(input);
      case 'union':
        return node.nodes.flatMap((list) => this.evalList(input, list));
      case 'identifier':
        return this.evalIdentifier(input, node.name);
    }
  }

  private evalList(input: Value[], node: ListNode): Value[] {
    let cur = input;
    for (const n of node.nodes) cur = this.walk(cur, n);
    return cur;
  }

  private evalIdentifier(input: Value[], name: string): Value[] {
    // `range` passes its input on (the action's values are what the range iterates); `end` is
    // handled by findResults.
    if (name === 'range') return input;
    if (name === 'end') return [];
    throw new JsonPathExecutionError(`unrecognized identifier ${name}`);
  }

  private evalArray(input: Value[], params: SliceParam[]): Value[] {
    const result: Value[] = [];
    for (const { v } of input) {
      if (v === null || v === undefined) continue;
      if (!Array.isArray(v)) throw new JsonPathExecutionError(`${goTypeName(v)} is not array or slice`);
      const len = v.length;
      let start = params[0].known ? params[0].value : 0;
      if (start < 0) start += len;
      let end = params[1].known ? params[1].value : len;
      if (end < 0) end += len;
      // `[n]` is the slice [n:n+1] of the index after a negative n is resolved.
      if (params[1].derived) end = start + 1;
      if (end !== start) {
        if (start >= len) throw new JsonPathExecutionError(`array index out of bounds: index ${start}, length ${len}`);
        if (end > len) throw new JsonPathExecutionError(`array index out of bounds: index ${end - 1}, length ${len}`);
      }
      if (start < 0) throw new JsonPathExecutionError(`array index out of bounds: index ${start}, length ${len}`);
      if (end < start) throw new JsonPathExecutionError(`slice bounds out of range [${start}:${end}]`);
      if (params[2].known && params[2].value <= 0) throw new JsonPathExecutionError('step must be > 0');
      const step = params[2].known ? params[2].value : 1;
      this.count(Math.ceil((end - start) / step));
      for (let i = start; i < end; i += step) result.push({ v: v[i] });
    }
    return result;
  }

  private evalField(input: Value[], name: string): Value[] {
    const results: Value[] = [];
    if (input.length === 0) return results;
    for (const { v } of input) {
      if (isMap(v) && Object.hasOwn(v, name)) results.push({ v: v[name] });
    }
    if (results.length === 0 && !this.allowMissingKeys) throw new JsonPathExecutionError(`${name} is not found`);
    return results;
  }

  /** The children of a value: a map's values (keys sorted), a list's items, a string's bytes. */
  private children(v: Json): Json[] {
    if (isMap(v)) return Object.keys(v).sort().map((k) => v[k]);
    if (Array.isArray(v)) return v;
    if (typeof v === 'string') return [...new TextEncoder().encode(v)];
    return [];
  }

  private evalWildcard(input: Value[]): Value[] {
    const results: Value[] = [];
    for (const { v } of input) {
      if (v === null || v === undefined) continue;
      const children = this.children(v);
      this.count(children.length);
      for (const c of children) results.push({ v: c });
    }
    return results;
  }

  private evalRecursive(input: Value[]): Value[] {
    const result: Value[] = [];
    // Depth-first as upstream recurses: a value, then everything under it.
    const visit = (v: Json, depth: number) => {
      if (v === null || v === undefined) return;
      const children = this.children(v);
      if (children.length === 0) return;
      if (depth > 10_000) throw new JsonPathExecutionError('the object is nested too deeply for this simulation');
      this.count(1);
      result.push({ v });
      for (const c of children) visit(c, depth + 1);
    };
    for (const { v } of input) visit(v, 0);
    return result;
  }

  private evalFilter(input: Value[], node: Extract<JsonPathNode, { type: 'filter' }>): Value[] {
    const results: Value[] = [];
    for (const { v } of input) {
      if (!Array.isArray(v)) throw new JsonPathExecutionError(`${goV(v)} is not array or slice and cannot be filtered`);
      for (const item of v) {
        const temp = [{ v: item }];
        let lefts: Value[];
        try {
          lefts = this.evalList(temp, node.left);
        } catch (e) {
          if (node.operator === 'exists') continue;
          throw e;
        }
        if (node.operator === 'exists') {
          if (lefts.length > 0) results.push({ v: item });
          continue;
        }
        // An item without the compared field is skipped, not an error.
        if (lefts.length === 0) continue;
        if (lefts.length !== 1) throw new JsonPathExecutionError('can only compare one element at a time');
        const rights = this.evalList(temp, node.right);
        if (rights.length !== 1) throw new JsonPathExecutionError('can only compare one element at a time');
        const left: Comparable = { value: lefts[0].v, literal: lefts[0].literal };
        const right: Comparable = { value: rights[0].v, literal: rights[0].literal };
        let pass: boolean;
        try {
          switch (node.operator) {
            case '<':
              pass = goLess(left, right);
              break;
            case '>':
              pass = goLess(right, left);
              break;
            case '==':
              pass = goEqual(left, right);
              break;
            case '!=':
              pass = !goEqual(left, right);
              break;
            case '<=':
              pass = goLess(left, right) || goEqual(left, right);
              break;
            case '>=':
              pass = !goLess(left, right);
              break;
            default:
              throw new JsonPathExecutionError(`unrecognized filter operator ${node.operator}`);
          }
        } catch (e) {
          if (e instanceof ComparisonError) throw new JsonPathExecutionError(e.message);
          throw e;
        }
        if (pass) results.push({ v: item });
      }
    }
    return results;
  }
}

/** Whether an action is a `{range ...}` (or `{end}`) marker: its identifier among its top-level nodes. */
function isMarker(node: JsonPathNode, name: 'range' | 'end'): boolean {
  return node.type === 'list' && node.nodes.some((n) => n.type === 'identifier' && n.name === name);
}

/** The index of the `{end}` closing the range at `open`, or the length of the list when it is not closed. */
function matchingEnd(nodes: JsonPathNode[], open: number): number {
  let depth = 0;
  for (let i = open + 1; i < nodes.length; i++) {
    if (isMarker(nodes[i], 'range')) depth++;
    else if (isMarker(nodes[i], 'end')) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return nodes.length;
}

/** One value as PrintResults writes it. */
function printValue(v: Json): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'object') return goJson(v);
  return goScalar(v);
}

/** Evaluates a parsed template; throws JsonPathExecutionError with upstream's texts. */
export function executeJsonPath(root: ListNode, data: Json, allowMissingKeys = true): string {
  const results = new Evaluator(allowMissingKeys).findResults(data, root.nodes);
  let out = '';
  for (const values of results) out += values.map((r) => printValue(r.v)).join(' ');
  return out;
}

/** The raw results of a template's first action (custom columns and --sort-by read values, not text). */
export function jsonPathValues(root: ListNode, data: Json, allowMissingKeys = true): Json[][] {
  return new Evaluator(allowMissingKeys).findResults(data, root.nodes).map((values) => values.map((r) => r.v));
}
