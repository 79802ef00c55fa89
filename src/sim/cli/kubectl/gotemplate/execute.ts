/**
 * The executor of Go's text/template (exec.go) over decoded JSON, with kubectl's default
 * `missingkey=default`: a missing map key is Go's invalid value, printed `<no value>`. Errors
 * name the node being evaluated as Go's do: `template: output:1:2: executing "output" at <len 3>: ...`.
 * Output is written as it is produced, so an error leaves what came before it (kubectl prints
 * that part too).
 */
import { callFunction, truth } from './functions.ts';
import { formatV, GoFloat, GoInt, goType, isMap, numeric, sortedKeys, type Value } from './goFmt.ts';
import { goQuote } from '../jsonpath/goValues.ts';
import type { ParsedTemplate } from './parser.ts';
import { nodeString, type Arg, type Command, type Node, type Pipe } from './nodes.ts';

export class TemplateExecError extends Error {}
/** A function's own failure, wrapped by the executor as `error calling NAME: ...`. */
export class FunctionError extends Error {}

/** The "no argument piped in" marker (Go's missingVal), distinct from the invalid value (undefined). */
export const MISSING = Symbol('missing');
type Final = Value | typeof MISSING;

/** A value with Go's static type being `interface {}` (a map or slice element), for error texts. */
interface Held {
  value: Value;
  iface: boolean;
}

class BreakSignal {}
class ContinueSignal {}

/** How many bytes of output a template may produce before the simulation stops it. */
const MAX_OUTPUT = 4 * 1024 * 1024;

export interface ExecResult {
  output: string;
  error?: string;
}

/** Calls of named templates deeper than this stop (Go allows 100000; a JavaScript stack does not). */
const MAX_TEMPLATE_DEPTH = 1000;

export function executeGoTemplate(text: string, parsed: ParsedTemplate, data: Value, name = 'output'): ExecResult {
  const tree = parsed.root;
  // Errors name the template being executed; locations stay in the one parsed text.
  let executing = name;
  let depth = 0;
  let output = '';
  let current: { pos: number; str: string } = { pos: 0, str: '' };
  let vars: { name: string; held: Held }[] = [{ name: '$', held: { value: data, iface: false } }];
  // Byte offsets of line starts, for the line:column of errors.
  const encoded = new TextEncoder().encode(text);

  const at = (n: Arg | Command | Pipe | Node) => {
    current = { pos: n.pos, str: 'kind' in n && (n.kind === 'command' || n.kind === 'pipe' || isArg(n)) ? nodeString(n as Arg) : '' };
  };
  const errorf = (message: string): never => {
    const before = encoded.subarray(0, current.pos);
    const lastNewline = before.lastIndexOf(10);
    const line = 1 + before.filter((b) => b === 10).length;
    const col = lastNewline < 0 ? current.pos : current.pos - (lastNewline + 1);
    throw new TemplateExecError(`template: ${name}:${line}:${col}: executing "${executing}" at <${current.str}>: ${message}`);
  };
  const write = (s: string) => {
    output += s;
    if (output.length > MAX_OUTPUT) errorf('the output is too long for this simulation');
  };

  const varValue = (n: string): Held => {
    for (let i = vars.length - 1; i >= 0; i--) if (vars[i].name === n) return vars[i].held;
    return errorf(`undefined variable: ${n}`);
  };
  const setVar = (n: string, held: Held) => {
    for (let i = vars.length - 1; i >= 0; i--)
      if (vars[i].name === n) {
        vars[i].held = held;
        return;
      }
    errorf(`undefined variable: ${n}`);
  };

  /** Go's evalField on a map (the only structured type JSON decodes to). */
  const evalField = (fieldName: string, receiver: Held, hasArgs: boolean): Held => {
    if (receiver.value === undefined) return { value: undefined, iface: false };
    const typ = receiver.iface ? 'interface {}' : goType(receiver.value);
    if (receiver.value === null) return errorf(`nil pointer evaluating ${typ}.${fieldName}`);
    if (isMap(receiver.value)) {
      if (hasArgs) errorf(`${fieldName} is not a method but has arguments`);
      return Object.hasOwn(receiver.value, fieldName) ? { value: receiver.value[fieldName], iface: true } : { value: undefined, iface: false };
    }
    return errorf(`can't evaluate field ${fieldName} in type ${typ}`);
  };
  const evalFieldChain = (receiver: Held, idents: string[], args: Arg[], final: Final): Held => {
    let r = receiver;
    for (let i = 0; i < idents.length - 1; i++) r = evalField(idents[i], r, false);
    return evalField(idents[idents.length - 1], r, args.length > 1 || final !== MISSING);
  };
  const notAFunction = (args: Arg[], final: Final) => {
    if (args.length > 1 || final !== MISSING) errorf(`can't give argument to non-function ${argString(args[0])}`);
  };

  const evalCommand = (dot: Held, cmd: Command, final: Final): Held => {
    const first = cmd.args[0];
    switch (first.kind) {
      case 'field':
        at(first);
        return evalFieldChain(dot, first.idents, cmd.args, final);
      case 'chain': {
        at(first);
        const base = first.node.kind === 'nil' ? errorf(`indirection through explicit nil in ${nodeString(first)}`) : evalArgAny(dot, first.node);
        return evalFieldChain({ value: base, iface: false }, first.fields, cmd.args, final);
      }
      case 'identifier':
        at(first);
        return {
          value: callFunction(first.name, cmd.args.slice(1), final, {
            evalArg: (a) => evalArgAny(dot, a),
            evalString: (a) => evalArgString(dot, a),
            at,
            errorf,
            command: cmd,
            identifier: first,
          }),
          iface: false,
        };
      case 'pipe':
        notAFunction(cmd.args, final);
        return { value: evalPipeline(dot, first), iface: false };
      case 'variable': {
        at(first);
        const held = varValue(first.idents[0]);
        if (first.idents.length === 1) {
          notAFunction(cmd.args, final);
          return held;
        }
        return evalFieldChain(held, first.idents.slice(1), cmd.args, final);
      }
    }
    at(first);
    notAFunction(cmd.args, final);
    switch (first.kind) {
      case 'bool':
        return { value: first.value, iface: false };
      case 'dot':
        return dot;
      case 'nil':
        return errorf('nil is not a command');
      case 'number':
        return { value: constant(first), iface: false };
      case 'string':
        return { value: first.value, iface: false };
    }
    return errorf(`can't evaluate command ${argString(first)}`);
  };

  /** An argument for a parameter of type interface{} (or reflect.Value): Go's evalEmptyInterface. */
  const evalArgAny = (dot: Held, a: Arg): Value => {
    at(a);
    switch (a.kind) {
      case 'dot':
        return dot.value;
      case 'nil':
        return null;
      case 'bool':
        return a.value;
      case 'number':
        return constant(a);
      case 'string':
        return a.value;
      case 'field':
        return evalFieldChain(dot, a.idents, [a], MISSING).value;
      case 'variable': {
        const held = varValue(a.idents[0]);
        return a.idents.length === 1 ? held.value : evalFieldChain(held, a.idents.slice(1), [a], MISSING).value;
      }
      case 'pipe':
        return evalPipeline(dot, a);
      case 'identifier':
        return evalCommand(dot, { kind: 'command', pos: a.pos, args: [a] }, MISSING).value;
      case 'chain':
        return evalCommand(dot, { kind: 'command', pos: a.pos, args: [a] }, MISSING).value;
    }
  };
  /** An argument for a parameter of type string (printf's format, base64decode). */
  const evalArgString = (dot: Held, a: Arg): string => {
    at(a);
    if (['bool', 'number', 'nil', 'dot'].includes(a.kind) && a.kind !== 'dot') {
      if (a.kind === 'nil') return errorf('cannot assign nil to string');
      return errorf(`expected string; found ${argString(a)}`);
    }
    const v = a.kind === 'string' ? a.value : evalArgAny(dot, a);
    if (v === undefined) return errorf('invalid value; expected string');
    if (typeof v !== 'string') return errorf(`wrong type for value; expected string; got ${goType(v)}`);
    return v;
  };

  const evalPipeline = (dot: Held, pipe: Pipe): Value => {
    at(pipe);
    let value: Final = MISSING;
    // After each command Go digs into interface{} values: a nil element becomes the invalid value.
    for (const cmd of pipe.cmds) {
      const v = evalCommand(dot, cmd, value).value;
      value = v === null ? undefined : v;
    }
    const v = value as Value;
    for (const d of pipe.decl) {
      if (pipe.isAssign) setVar(d.name, { value: v, iface: false });
      else vars.push({ name: d.name, held: { value: v, iface: false } });
    }
    return v;
  };

  const walkRange = (dot: Held, node: ControlNode) => {
    at(node.pipe);
    const mark = vars.length;
    const val = evalPipeline(dot, node.pipe);
    const decl = node.pipe.decl;
    const one = (index: Value, elem: Held): boolean => {
      if (decl.length > 0) {
        if (node.pipe.isAssign) setVar(decl[decl.length === 1 ? 0 : 1].name, elem);
        else vars[vars.length - 1].held = elem;
      }
      if (decl.length > 1) {
        if (node.pipe.isAssign) setVar(decl[0].name, { value: index, iface: false });
        else vars[vars.length - 2].held = { value: index, iface: false };
      }
      const iterationMark = vars.length;
      try {
        walkList(elem, node.list);
      } catch (e) {
        if (e instanceof BreakSignal) return false;
        if (!(e instanceof ContinueSignal)) throw e;
      } finally {
        vars = vars.slice(0, iterationMark);
      }
      return true;
    };
    let ran = false;
    if (Array.isArray(val)) {
      for (let i = 0; i < val.length; i++) {
        ran = true;
        if (!one(new GoInt(i), { value: val[i], iface: true })) break;
      }
    } else if (isMap(val)) {
      for (const k of sortedKeys(val)) {
        ran = true;
        if (!one(k, { value: val[k], iface: true })) break;
      }
    } else if (val !== undefined && typeof val !== 'string' && typeof val !== 'boolean' && numeric(val) !== undefined && !(val instanceof GoFloat) && Number.isInteger(numeric(val))) {
      if (decl.length > 1) errorf(`can't use ${formatV(val)} to iterate over more than one variable`);
      const n = numeric(val) as number;
      for (let i = 0; i < n; i++) {
        ran = true;
        const v = val instanceof GoInt ? new GoInt(i) : i;
        if (!one(v, { value: v, iface: false })) break;
      }
    } else if (val !== undefined) errorf(`range can't iterate over ${formatV(val)}`);
    if (!ran && node.elseList) walkList(dot, node.elseList);
    vars = vars.slice(0, mark);
  };

  const walk = (dot: Held, node: Node) => {
    switch (node.kind) {
      case 'text':
        write(node.text);
        return;
      case 'comment':
        return;
      case 'action': {
        const v = evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) {
          at(node.pipe);
          write(v === undefined ? '<no value>' : formatV(v));
        }
        return;
      }
      case 'if':
      case 'with': {
        const mark = vars.length;
        const v = evalPipeline(dot, node.pipe);
        if (truth(v)) walkList(node.kind === 'with' ? { value: v, iface: false } : dot, node.list);
        else if (node.elseList) walkList(dot, node.elseList);
        vars = vars.slice(0, mark);
        return;
      }
      case 'range':
        walkRange(dot, node);
        return;
      case 'template': {
        current = { pos: node.pos, str: `{{template ${goQuote(node.name)}${node.pipe ? ` ${nodeString(node.pipe)}` : ''}}}` };
        const body = parsed.defs.get(node.name);
        if (body === undefined) return errorf(`template ${goQuote(node.name)} not defined`);
        if (depth + 1 >= MAX_TEMPLATE_DEPTH) return errorf(`exceeded maximum template depth (${MAX_TEMPLATE_DEPTH} in this simulation)`);
        const newDot = node.pipe ? evalPipeline(dot, node.pipe) : undefined;
        const saved = { vars, executing };
        vars = [{ name: '$', held: { value: newDot, iface: false } }];
        executing = node.name;
        depth++;
        try {
          walkList({ value: newDot, iface: false }, body);
        } finally {
          depth--;
          vars = saved.vars;
          executing = saved.executing;
        }
        return;
      }
      case 'break':
        throw new BreakSignal();
      case 'continue':
        throw new ContinueSignal();
    }
  };
  const walkList = (dot: Held, list: Node[]) => {
    for (const n of list) walk(dot, n);
  };

  try {
    walkList({ value: data, iface: false }, tree);
    return { output };
  } catch (e) {
    if (e instanceof TemplateExecError) return { output, error: e.message };
    throw e;
  }
}

function isArg(n: { kind: string }): boolean {
  return ['identifier', 'dot', 'nil', 'bool', 'number', 'string', 'field', 'variable', 'chain', 'pipe'].includes(n.kind);
}
function argString(a: Arg): string {
  return a.kind === 'pipe' ? `(${nodeString(a)})` : nodeString(a);
}

/** A number literal as Go's idealConstant makes it: int when integral text, float64 otherwise. */
export function constant(n: Extract<Arg, { kind: 'number' }>): Value {
  return n.isInt ? new GoInt(n.value) : new GoFloat(n.value);
}

type ControlNode = Extract<Node, { kind: 'if' | 'range' | 'with' }>;
