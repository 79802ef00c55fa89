/**
 * kubectl's go-template printer (`-o go-template=`, `go-template-file=`, `template=`,
 * `templatefile=`, `--template`): parse with Go's text/template grammar, execute on the object
 * as kubectl decodes it, and report failures as kubectl 1.33 does.
 */
import { goJson } from '../jsonpath.ts';
import { goQuote } from '../jsonpath/goValues.ts';
import { executeGoTemplate } from './execute.ts';
import { formatV } from './goFmt.ts';
import { parseGoTemplate, TemplateParseError } from './parser.ts';

export { TemplateParseError };

/** Templates longer than this are refused before parsing (a shell line is limited long before). */
const MAX_TEMPLATE = 64 * 1024;

export interface GoTemplateResult {
  stdout: string;
  /** kubectl's `error: ...` line, without its newline; absent on success. */
  error?: string;
}

export function runGoTemplate(template: string, data: unknown): GoTemplateResult {
  let tree;
  try {
    if (template.length > MAX_TEMPLATE) throw new TemplateParseError('template: output:1: the template is too long for this simulation');
    tree = parseGoTemplate(template);
  } catch (e) {
    if (e instanceof TemplateParseError) return { stdout: '', error: `error: error parsing template ${template}, ${e.message}` };
    throw e;
  }
  const r = executeGoTemplate(template, tree, data);
  if (r.error === undefined) return { stdout: r.output };
  // kubectl writes the debugging dump to the same writer as the template's output.
  const dump =
    `Error executing template: ${r.error}. Printing more information for debugging the template:\n` +
    `\ttemplate was:\n\t\t${template}\n\traw data was:\n\t\t${goJson(data)}\n\tobject given to template engine was:\n\t\t${formatV(data)}\n\n`;
  return { stdout: r.output + dump, error: `error: error executing template ${goQuote(template)}: ${r.error}` };
}
