// `kubectl apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILENAME)`: prints the
// kubectl.kubernetes.io/last-applied-configuration annotation of each object, as YAML (the default,
// sigs.k8s.io/yaml's JSONToYAML: keys sorted) or as JSON (json.Indent of the stored text: its key
// order and escapes kept, two-space indent, its trailing newline kept).
import { err, out, type CommandGenerator } from '../../command.ts';
import { toYaml } from '../output.ts';
import type { KubectlContext } from '../registry.ts';
import { visitResources } from '../resourceArgs.ts';
import { LAST_APPLIED_ANNOTATION } from './lastApplied.ts';

export function* viewLastApplied(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const output = (flags.output as string | undefined) ?? 'yaml';
  const visited = yield* visitResources(ctx, {
    args: ctx.args.slice(1),
    files: (flags.filename as string[]) ?? [],
    selector: flags.selector as string | undefined,
    all: !!flags.all,
  });
  if (visited.fatal) {
    err(io, visited.fatal);
    return 1;
  }
  if (visited.errors.length) {
    // Complete() stops at the first object it cannot read, before printing anything.
    err(io, visited.errors[0]);
    return 1;
  }
  // An object without the annotation is skipped silently: kubectl 1.33 builds its "no
  // last-applied-configuration annotation found" error with a nil cause, which yields no error.
  const configs = visited.infos.map((i) => i.object.metadata.annotations?.[LAST_APPLIED_ANNOTATION]).filter((c): c is string => !!c);
  for (const text of configs) {
    if (output === 'json') io.stdout.push(indentJson(text, '  '));
    else if (output === 'yaml') out(io, toYaml(JSON.parse(text)));
    else {
      err(io, `error: Unexpected -o output mode: ${output}, the flag 'output' must be one of yaml|json\nSee 'kubectl apply view-last-applied -h' for help and examples`);
      return 1;
    }
  }
  return 0;
}

/**
 * Go's json.Indent: re-indents valid JSON text without re-encoding it (strings and numbers are
 * copied as they are), empty objects and arrays stay `{}` and `[]`, leading whitespace is dropped
 * and trailing whitespace kept.
 */
export function indentJson(text: string, indent: string): string {
  let outText = '';
  let depth = 0;
  let i = 0;
  const src = text.replace(/^[ \t\r\n]+/, '');
  const trailing = /[ \t\r\n]*$/.exec(src)![0];
  const body = src.slice(0, src.length - trailing.length);
  const newline = () => `\n${indent.repeat(depth)}`;
  while (i < body.length) {
    const c = body[i];
    if (c === '"') {
      let j = i + 1;
      while (j < body.length && body[j] !== '"') j += body[j] === '\\' ? 2 : 1;
      outText += body.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      let k = i + 1;
      while (k < body.length && ' \t\r\n'.includes(body[k])) k++;
      if (body[k] === close) {
        outText += c + close;
        i = k + 1;
        continue;
      }
      depth++;
      outText += c + newline();
    } else if (c === '}' || c === ']') {
      depth--;
      outText += newline() + c;
    } else if (c === ',') outText += `,${newline()}`;
    else if (c === ':') outText += ': ';
    else outText += c;
    i++;
  }
  return outText + trailing;
}
