import type { KubeObject } from '../../api/types.ts';
import { err, out, type CommandIO } from '../command.ts';
import { format, jsonPath, jsonPathAsJson, JsonPathError, JsonPathRunError, parseTemplate, relaxedJsonPath } from './jsonpath.ts';
import { jsonPathValues, JsonPathExecutionError } from './jsonpath/evaluate.ts';
import { formatTable } from './table.ts';

/**
 * -o jsonpath=... and -o custom-columns=... (get, and the dry-run outputs of run/create).
 * Returns false after printing kubectl's error when the template is bad.
 */
export function printTemplate(io: CommandIO, output: string, value: unknown, objects: KubeObject[], noHeaders: boolean): boolean {
  const eq = output.indexOf('=');
  const format_ = eq >= 0 ? output.slice(0, eq) : output;
  let template = eq >= 0 ? output.slice(eq + 1) : '';
  try {
    if (format_ === 'jsonpath-file' || format_ === 'custom-columns-file') {
      const file = template;
      const text = io.files[file] ?? io.files[file.replace(/^\.\//, '')];
      if (text === undefined) {
        err(io, `error: open ${file}: no such file or directory`);
        return false;
      }
      if (format_ === 'custom-columns-file') return printColumnsFile(io, text, objects, noHeaders);
      template = text;
    }
    if (format_.startsWith('jsonpath')) {
      if (!template) {
        err(io, 'error: template format specified but no template given');
        return false;
      }
      io.stdout.push(format_ === 'jsonpath-as-json' ? jsonPathAsJson(template, value) : jsonPath(template, value));
      return true;
    }
    const columns = template.split(',').map((col) => {
      const colon = col.indexOf(':');
      if (colon < 0) throw new JsonPathError(`unexpected custom-columns spec: ${col}, expected <header>:<json-path-expr>`);
      return { header: col.slice(0, colon), path: col.slice(colon + 1) };
    });
    return printColumns(io, columns, objects, noHeaders);
  } catch (e) {
    if (e instanceof JsonPathRunError) {
      // kubectl's message ends in a blank line, and its error printer adds one more newline.
      io.stderr.push(`${e.message}\n`);
      return false;
    }
    if (e instanceof JsonPathError) {
      err(io, `error: error parsing jsonpath ${template}, ${e.message}`);
      return false;
    }
    throw e;
  }
}

/**
 * custom-columns: one column per `HEADER:path` (a relaxed path: `.a.b`, `a.b`, `{.a.b}`); values
 * as Go's %v prints them, several joined by commas, `<none>` when there is none. A path that fails
 * on an object prints the error after the header, as kubectl does.
 */
function printColumns(io: CommandIO, columns: { header: string; path: string }[], objects: KubeObject[], noHeaders: boolean): boolean {
  let parsed;
  try {
    parsed = columns.map((c) => ({ header: c.header, root: parseTemplate(relaxedJsonPath(c.path)) }));
  } catch (e) {
    if (e instanceof JsonPathError) {
      err(io, `error: ${e.message}`);
      return false;
    }
    throw e;
  }
  const rows: string[][] = [];
  for (const o of objects) {
    try {
      rows.push(
        parsed.map((c) => {
          const values = jsonPathValues(c.root, o);
          if (values.length === 0 || values[0].length === 0) return '<none>';
          return values.flat().map(format).join(',');
        }),
      );
    } catch (e) {
      if (!(e instanceof JsonPathExecutionError)) throw e;
      if (!noHeaders) out(io, formatTable([parsed.map((c) => c.header), ...rows]).replace(/\n$/, ''));
      err(io, `error: ${e.message}`);
      return false;
    }
  }
  out(io, formatTable(noHeaders ? rows : [parsed.map((c) => c.header), ...rows]).replace(/\n$/, ''));
  return true;
}

/** custom-columns-file: a line of headers and a line of paths, split at blanks. */
function printColumnsFile(io: CommandIO, text: string, objects: KubeObject[], noHeaders: boolean): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length !== 2) {
    err(io, `error: expected two lines, got ${lines.length}`);
    return false;
  }
  const headers = lines[0].trim().split(/\s+/);
  const paths = lines[1].trim().split(/\s+/);
  if (headers.length !== paths.length) {
    err(io, `error: number of headers (${headers.length}) does not match the number of paths (${paths.length})`);
    return false;
  }
  return printColumns(io, headers.map((header, i) => ({ header, path: paths[i] })), objects, noHeaders);
}

/** Output formats of commands that print the object they send (create, run, ...): no tables. */
export function checkObjectOutput(io: CommandIO, output: string | undefined): boolean {
  if (!output || ['yaml', 'json', 'name'].includes(output) || /^(jsonpath|jsonpath-as-json|jsonpath-file|go-template)=/.test(output)) return true;
  err(io, `error: unable to match a printer suitable for the output format "${output}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml`);
  return false;
}
