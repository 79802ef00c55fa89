/** The parse tree of Go's text/template (the node kinds kubectl's templates use). */

export type Node =
  | { kind: 'text'; pos: number; text: string }
  | { kind: 'action'; pos: number; line: number; pipe: Pipe }
  | { kind: 'if' | 'range' | 'with'; pos: number; line: number; pipe: Pipe; list: Node[]; elseList: Node[] | null }
  | { kind: 'break' | 'continue'; pos: number; line: number }
  | { kind: 'comment'; pos: number }
  /** `{{template "name" pipeline}}`: named templates are never defined here, so it always fails. */
  | { kind: 'template'; pos: number; line: number; name: string; pipe: Pipe | null };

export interface Pipe {
  kind: 'pipe';
  pos: number;
  isAssign: boolean;
  decl: { pos: number; name: string }[];
  cmds: Command[];
}

export interface Command {
  kind: 'command';
  pos: number;
  args: Arg[];
}

export type Arg =
  | { kind: 'identifier'; pos: number; name: string }
  | { kind: 'dot'; pos: number }
  | { kind: 'nil'; pos: number }
  | { kind: 'bool'; pos: number; value: boolean }
  | { kind: 'number'; pos: number; text: string; value: number; isInt: boolean }
  | { kind: 'string'; pos: number; quoted: string; value: string }
  | { kind: 'field'; pos: number; idents: string[] }
  /** `$x.a.b`: idents[0] is the variable's name. */
  | { kind: 'variable'; pos: number; idents: string[] }
  | { kind: 'chain'; pos: number; node: Arg; fields: string[] }
  | Pipe;

/** The node as Go's String() prints it (the `at <...>` of execution errors). */
export function nodeString(n: Arg | Command): string {
  switch (n.kind) {
    case 'identifier':
      return n.name;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(n.value);
    case 'number':
      return n.text;
    case 'string':
      return n.quoted;
    case 'field':
      return n.idents.map((i) => `.${i}`).join('');
    case 'variable':
      return n.idents.join('.');
    case 'chain':
      return `${n.node.kind === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node)}${n.fields.map((f) => `.${f}`).join('')}`;
    case 'command':
      return n.args.map((a) => (a.kind === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'pipe': {
      const decl = n.decl.length ? `${n.decl.map((d) => d.name).join(', ')} ${n.isAssign ? '=' : ':='} ` : '';
      return decl + n.cmds.map(nodeString).join(' | ');
    }
  }
}
