/**
 * The parser of Go's text/template (parse.Tree), with its error messages: builds the tree of
 * nodes.ts from lexer.ts's items, checks functions and variables as Go does at parse time.
 * Named templates (`define`, `block`) are collected in `Parsed.defs`; the main template is "output".
 */
import { lex, type Item } from './lexer.ts';
import type { Arg, Command, Node, Pipe } from './nodes.ts';

export class TemplateParseError extends Error {}

/**
 * Nesting (parentheses, if/range/with) beyond this is refused: the parser and the executor recurse
 * once per level, and Go's own limit is far beyond what a JavaScript stack holds.
 */
export const MAX_NESTING = 1000;

/** Template functions kubectl's printer knows (Go's builtins plus kubectl's `exists`, `base64decode`). */
export const FUNCTION_NAMES = new Set(['and', 'call', 'html', 'index', 'slice', 'js', 'len', 'not', 'or', 'print', 'printf', 'println', 'urlquery', 'eq', 'ge', 'gt', 'le', 'lt', 'ne', 'exists', 'base64decode']);

/** Go's item String() as `unexpected %s in %s` prints it. */
function itemString(i: Item): string {
  if (i.type === 'eof') return 'EOF';
  if (i.type === 'error') return i.val;
  if (i.type === 'keyword') return `<${i.val}>`;
  if ([...i.val].length > 10) return `${goQuoteLimited(i.val)}...`;
  return JSON.stringify(i.val);
}
/** `%.10q`: the first ten runes, quoted. */
function goQuoteLimited(s: string): string {
  return JSON.stringify([...s].slice(0, 10).join(''));
}

export interface ParsedTemplate {
  root: Node[];
  defs: Map<string, Node[]>;
}

export function parseGoTemplate(text: string, name = 'output'): ParsedTemplate {
  const defs = new Map<string, Node[]>();
  const addDef = (defName: string, list: Node[]) => {
    const empty = (l: Node[]) => l.every((n) => n.kind === 'comment' || (n.kind === 'text' && n.text.trim() === ''));
    const old = defs.get(defName);
    if (old === undefined || empty(old)) defs.set(defName, list);
    else if (!empty(list)) errorf(`template: multiple definition of template ${JSON.stringify(defName)}`);
  };
  /** A named template's body: its own variables (`$` only), up to its {{end}}. */
  const definitionBody = (context: string): Node[] => {
    const savedVars = vars;
    vars = ['$'];
    const { list, next: end } = itemList();
    if (end.kind !== 'end') errorf(`unexpected {{else}} in ${context}`);
    vars = savedVars;
    return list;
  };
  const items = lex(text);
  let idx = 0;
  let furthest = 0;
  let vars: string[] = ['$'];
  let rangeDepth = 0;
  let actionLine = 0;
  let depth = 0;
  const enter = () => {
    if (++depth > MAX_NESTING) errorf(`the template is nested more than ${MAX_NESTING} levels deep, too deep for this simulation`);
  };
  const next = (): Item => {
    const it = items[Math.min(idx, items.length - 1)];
    idx++;
    furthest = Math.max(furthest, idx);
    return it;
  };
  const backup = (n = 1) => {
    idx -= n;
  };
  const peek = (): Item => {
    const it = next();
    backup();
    return it;
  };
  const nextNonSpace = (): Item => {
    let it = next();
    while (it.type === 'space') it = next();
    return it;
  };
  const peekNonSpace = (): Item => {
    const it = nextNonSpace();
    backup();
    return it;
  };
  const errorf = (message: string): never => {
    const line = items[Math.min(furthest, items.length) - 1]?.line ?? 1;
    throw new TemplateParseError(`template: ${name}:${line}: ${message}`);
  };
  const unexpected = (it: Item, context: string): never => {
    if (it.type === 'error') {
      const extra = actionLine !== 0 && actionLine !== it.line ? ` in action started at ${name}:${actionLine}` : '';
      return errorf(`${it.val}${extra}`);
    }
    return errorf(`unexpected ${itemString(it)} in ${context}`);
  };
  const expect = (type: Item['type'], context: string): Item => {
    const it = nextNonSpace();
    if (it.type !== type) unexpected(it, context);
    return it;
  };

  const useVar = (pos: number, name: string): Arg => {
    const idents = name.split('.');
    if (!vars.includes(idents[0])) errorf(`undefined variable ${JSON.stringify(idents[0])}`);
    return { kind: 'variable', pos, idents };
  };

  const term = (): Arg | null => {
    const it = nextNonSpace();
    switch (it.type) {
      case 'identifier':
        if (!FUNCTION_NAMES.has(it.val)) errorf(`function ${JSON.stringify(it.val)} not defined`);
        return { kind: 'identifier', pos: it.pos, name: it.val };
      case 'dot':
        return { kind: 'dot', pos: it.pos };
      case 'nil':
        return { kind: 'nil', pos: it.pos };
      case 'variable':
        return useVar(it.pos, it.val);
      case 'field':
        return { kind: 'field', pos: it.pos, idents: [it.val.slice(1)] };
      case 'bool':
        return { kind: 'bool', pos: it.pos, value: it.val === 'true' };
      case 'number':
      case 'charConstant':
        return numberNode(it);
      case 'leftParen':
        return pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString':
        return { kind: 'string', pos: it.pos, quoted: it.val, value: unquote(it.val) ?? errorf(`invalid syntax`) };
    }
    backup();
    return null;
  };

  const numberNode = (it: Item): Arg => {
    if (it.type === 'charConstant') {
      const body = it.val.slice(1, -1);
      const s = body === "\\'" ? "'" : unquote(`"${body.replace(/"/g, '\\"')}"`);
      if (s === null || [...s].length !== 1) return errorf(`malformed character constant: ${it.val}`);
      return { kind: 'number', pos: it.pos, text: it.val, value: s.codePointAt(0) as number, isInt: true };
    }
    const text = it.val;
    if (text.endsWith('i')) return errorf(`illegal number syntax: ${JSON.stringify(text)}`);
    const clean = text.replace(/_/g, '');
    if (/^[+-]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|[1-9][0-9]*|0)$/.test(clean)) {
      const neg = clean.startsWith('-');
      const body = clean.replace(/^[+-]/, '');
      let v: number;
      if (/^0[xX]/.test(body)) v = parseInt(body.slice(2), 16);
      else if (/^0[bB]/.test(body)) v = parseInt(body.slice(2), 2);
      else if (/^0[oO]/.test(body)) v = parseInt(body.slice(2), 8);
      else if (/^0[0-7]+$/.test(body)) v = parseInt(body.slice(1), 8);
      else v = Number(body);
      return { kind: 'number', pos: it.pos, text, value: neg ? -v : v, isInt: true };
    }
    if (/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(clean)) {
      const v = Number(clean);
      // Go keeps an integral float constant usable as an int (`1.0`, `1e3`).
      return { kind: 'number', pos: it.pos, text, value: v, isInt: false };
    }
    return errorf(`illegal number syntax: ${JSON.stringify(text)}`);
  };

  const operand = (): Arg | null => {
    const node = term();
    if (node === null) return null;
    if (peek().type === 'field') {
      const chainPos = peek().pos;
      const fields: string[] = [];
      while (peek().type === 'field') fields.push(next().val.slice(1));
      switch (node.kind) {
        case 'field':
          return { kind: 'field', pos: chainPos, idents: [...node.idents, ...fields] };
        case 'variable':
          return { kind: 'variable', pos: chainPos, idents: [...node.idents, ...fields] };
        case 'bool':
        case 'string':
        case 'number':
        case 'nil':
        case 'dot':
          return errorf(`unexpected . after term ${JSON.stringify(node.kind === 'string' ? node.quoted : node.kind === 'number' ? node.text : node.kind === 'bool' ? String(node.value) : node.kind === 'nil' ? 'nil' : '.')}`);
        default:
          return { kind: 'chain', pos: chainPos, node, fields };
      }
    }
    return node;
  };

  const command = (): Command => {
    const cmd: Command = { kind: 'command', pos: peekNonSpace().pos, args: [] };
    for (;;) {
      peekNonSpace();
      const op = operand();
      if (op !== null) cmd.args.push(op);
      const it = next();
      if (it.type === 'space') continue;
      if (it.type === 'rightDelim' || it.type === 'rightParen') backup();
      else if (it.type !== 'pipe') unexpected(it, 'operand');
      break;
    }
    if (cmd.args.length === 0) errorf('empty command');
    return cmd;
  };

  const pipeline = (context: string, end: 'rightDelim' | 'rightParen'): Pipe => {
    enter();
    try {
      return pipelineBody(context, end);
    } finally {
      depth--;
    }
  };
  const pipelineBody = (context: string, end: 'rightDelim' | 'rightParen'): Pipe => {
    const pipe: Pipe = { kind: 'pipe', pos: peekNonSpace().pos, isAssign: false, decl: [], cmds: [] };
    decls: for (;;) {
      const v = peekNonSpace();
      if (v.type !== 'variable') break;
      const variableAt = idx;
      nextNonSpace();
      const n = peekNonSpace();
      if (n.type === 'assign' || n.type === 'declare') {
        pipe.isAssign = n.type === 'assign';
        nextNonSpace();
        pipe.decl.push({ pos: v.pos, name: v.val });
        vars.push(v.val);
        break;
      }
      if (n.type === 'char' && n.val === ',') {
        nextNonSpace();
        pipe.decl.push({ pos: v.pos, name: v.val });
        vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const t = peekNonSpace().type;
          if (t === 'variable' || t === 'rightDelim' || t === 'rightParen') continue decls;
          errorf('range can only initialize variables');
        }
        errorf(`too many declarations in ${context}`);
      }
      // Not a declaration: the variable is the pipeline's first operand.
      idx = variableAt;
      break;
    }
    for (;;) {
      const it = nextNonSpace();
      if (it.type === end) {
        if (pipe.cmds.length === 0) errorf(`missing value for ${context}`);
        pipe.cmds.slice(1).forEach((c, i) => {
          if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0].kind)) errorf(`non executable command in pipeline stage ${i + 2}`);
        });
        return pipe;
      }
      if (['bool', 'charConstant', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen'].includes(it.type)) {
        backup();
        pipe.cmds.push(command());
      } else unexpected(it, context);
    }
  };

  type Parsed = Node | { kind: 'end'; pos: number } | { kind: 'else'; pos: number; line: number };

  const itemList = (): { list: Node[]; next: Parsed } => {
    const list: Node[] = [];
    while (peekNonSpace().type !== 'eof') {
      const n = textOrAction();
      if (n.kind === 'end' || n.kind === 'else') return { list, next: n };
      list.push(n);
    }
    return errorf('unexpected EOF');
  };

  const control = (context: 'if' | 'range' | 'with', pos: number, line: number): Node => {
    enter();
    const saved = vars.length;
    const pipe = pipeline(context, 'rightDelim');
    if (context === 'range') rangeDepth++;
    const first = itemList();
    if (context === 'range') rangeDepth--;
    let elseList: Node[] | null = null;
    if (first.next.kind === 'else') {
      const kw = peekNonSpace();
      if ((context === 'if' && kw.type === 'keyword' && kw.val === 'if') || (context === 'with' && kw.type === 'keyword' && kw.val === 'with')) {
        const it = nextNonSpace();
        elseList = [control(context, it.pos, it.line)];
      } else {
        const rest = itemList();
        if (rest.next.kind !== 'end') errorf(`expected end; found ${rest.next.kind === 'else' ? '{{else}}' : '{{end}}'}`);
        elseList = rest.list;
      }
    }
    vars = vars.slice(0, saved);
    depth--;
    return { kind: context, pos, line, pipe, list: first.list, elseList };
  };

  const action = (): Parsed => {
    const it = nextNonSpace();
    if (it.type === 'keyword') {
      switch (it.val) {
        case 'else': {
          const p = peekNonSpace();
          if (p.type === 'keyword' && (p.val === 'if' || p.val === 'with')) return { kind: 'else', pos: p.pos, line: p.line };
          const t = expect('rightDelim', 'else');
          return { kind: 'else', pos: t.pos, line: t.line };
        }
        case 'end':
          return { kind: 'end', pos: expect('rightDelim', 'end').pos };
        case 'if':
        case 'range':
        case 'with':
          return control(it.val, it.pos, it.line);
        case 'break':
        case 'continue': {
          if (rangeDepth === 0) errorf(`{{${it.val}}} outside {{range}}`);
          const t = expect('rightDelim', `{{${it.val}}}`);
          return { kind: it.val, pos: it.pos, line: t.line };
        }
        case 'block': {
          const t = nextNonSpace();
          if (t.type !== 'string' && t.type !== 'rawString') return unexpected(t, 'block clause');
          const blockName = unquote(t.val) ?? errorf('invalid syntax');
          const pipe = pipeline('block clause', 'rightDelim');
          addDef(blockName, definitionBody('block clause'));
          return { kind: 'template', pos: t.pos, line: t.line, name: blockName, pipe };
        }
        case 'template': {
          const t = nextNonSpace();
          if (t.type !== 'string' && t.type !== 'rawString') return unexpected(t, 'template clause');
          const templateName = unquote(t.val) ?? errorf('invalid syntax');
          let pipe: Pipe | null = null;
          if (nextNonSpace().type !== 'rightDelim') {
            backup();
            pipe = pipeline('template clause', 'rightDelim');
          }
          return { kind: 'template', pos: t.pos, line: t.line, name: templateName, pipe };
        }
        default:
          // `define` inside an action: Go reads it as the start of a pipeline and rejects it there.
          return unexpected(it, 'command');
      }
    }
    backup();
    const t = peek();
    return { kind: 'action', pos: t.pos, line: t.line, pipe: pipeline('command', 'rightDelim') };
  };

  const textOrAction = (): Parsed => {
    const it = nextNonSpace();
    switch (it.type) {
      case 'text':
        return { kind: 'text', pos: it.pos, text: it.val };
      case 'leftDelim': {
        actionLine = it.line;
        const n = action();
        actionLine = 0;
        return n;
      }
      case 'comment':
        return { kind: 'comment', pos: it.pos };
      default:
        return unexpected(it, 'input');
    }
  };

  const root: Node[] = [];
  while (peek().type !== 'eof') {
    if (peek().type === 'leftDelim') {
      const delimAt = idx;
      next();
      const kw = nextNonSpace();
      if (kw.type === 'keyword' && kw.val === 'define') {
        const t = nextNonSpace();
        if (t.type !== 'string' && t.type !== 'rawString') unexpected(t, 'define clause');
        const defName = unquote(t.val) ?? errorf('invalid syntax');
        expect('rightDelim', 'define clause');
        addDef(defName, definitionBody('define clause'));
        continue;
      }
      idx = delimAt;
    }
    const n = textOrAction();
    if (n.kind === 'end' || n.kind === 'else') errorf(`unexpected {{${n.kind}}}`);
    else root.push(n);
  }
  return { root, defs };
}

/** Go's strconv.Unquote for "..." and `...` literals; null when malformed. */
export function unquote(q: string): string | null {
  if (q.startsWith('`')) return q.endsWith('`') && q.length >= 2 ? q.slice(1, -1).replace(/\r/g, '') : null;
  if (!q.startsWith('"') || !q.endsWith('"') || q.length < 2) return null;
  const body = q.slice(1, -1);
  let out = '';
  const bytes: number[] = [];
  const flush = () => {
    if (bytes.length) {
      out += new TextDecoder().decode(new Uint8Array(bytes));
      bytes.length = 0;
    }
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"' || c === '\n') return null;
    if (c !== '\\') {
      flush();
      out += c;
      continue;
    }
    const e = body[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"' };
    if (e in simple) {
      flush();
      out += simple[e];
    } else if (e === 'x' || /[0-7]/.test(e ?? '')) {
      const hex = e === 'x';
      const digits = hex ? body.slice(i + 1, i + 3) : body.slice(i, i + 3);
      if (!(hex ? /^[0-9a-fA-F]{2}$/ : /^[0-7]{3}$/).test(digits)) return null;
      const v = parseInt(digits, hex ? 16 : 8);
      if (v > 255) return null;
      bytes.push(v);
      i += hex ? 2 : 2;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const digits = body.slice(i + 1, i + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(digits)) return null;
      const v = parseInt(digits, 16);
      if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) return null;
      flush();
      out += String.fromCodePoint(v);
      i += n;
    } else return null;
  }
  flush();
  return out;
}
