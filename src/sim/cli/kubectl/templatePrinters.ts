import type { KubeObject } from '../../api/types.ts';
import { err, out, type CommandIO } from '../command.ts';
import { evalPath, format, jsonPath, JsonPathError } from './jsonpath.ts';
import { formatTable } from './table.ts';

/**
 * -o jsonpath=... and -o custom-columns=... (get, and the dry-run outputs of run/create).
 * Returns false after printing kubectl's error when the template is bad.
 */
export function printTemplate(io: CommandIO, output: string, value: unknown, objects: KubeObject[], noHeaders: boolean): boolean {
  const eq = output.indexOf('=');
  const template = eq >= 0 ? output.slice(eq + 1) : '';
  try {
    if (output.startsWith('jsonpath')) {
      if (!template) {
        err(io, 'error: template format specified but no template given');
        return false;
      }
      io.stdout.push(jsonPath(template, value));
      return true;
    }
    const columns = template.split(',').map((col) => {
      const colon = col.indexOf(':');
      if (colon < 0) throw new JsonPathError(`unexpected custom-columns spec: ${col}, expected <header>:<json-path-expr>`);
      const path = col.slice(colon + 1).replace(/^\{|\}$/g, '');
      return { header: col.slice(0, colon), path: path.startsWith('.') ? path : `.${path}` };
    });
    const rows = objects.map((o) => columns.map((c) => {
      const values = evalPath(o, c.path);
      return values.length ? values.map(format).join(',') : '<none>';
    }));
    out(io, formatTable(noHeaders ? rows : [columns.map((c) => c.header), ...rows]).replace(/\n$/, ''));
    return true;
  } catch (e) {
    if (e instanceof JsonPathError) {
      err(io, `error: error parsing jsonpath ${template}, ${e.message}`);
      return false;
    }
    throw e;
  }
}

/** Output formats of commands that print the object they send (create, run, ...): no tables. */
export function checkObjectOutput(io: CommandIO, output: string | undefined): boolean {
  if (!output || ['yaml', 'json', 'name'].includes(output) || output.startsWith('jsonpath=') || output.startsWith('jsonpath-as-json=') || output.startsWith('go-template=')) return true;
  err(io, `error: unable to match a printer suitable for the output format "${output}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml`);
  return false;
}
