/**
 * kubectl's JSONPath printer (`-o jsonpath=...`, `jsonpath-file`, `jsonpath-as-json`) and the path
 * reading of `custom-columns` and `--sort-by`, over the port of client-go's JSONPath in
 * ./jsonpath/ (parser.ts, evaluate.ts). The messages are kubectl 1.33's: a template that does not
 * parse, `error: error parsing jsonpath TEMPLATE, REASON`; one that fails on the object, the
 * execution error with the template and a %#v dump of the object, as kubectl prints it.
 */
import { executeJsonPath, JsonPathExecutionError, jsonPathValues } from './jsonpath/evaluate.ts';
import { goQuote, goSharpV, goV } from './jsonpath/goValues.ts';
import { JsonPathParseError, parseJsonPath, type ListNode } from './jsonpath/parser.ts';
import { goJson, goJsonPretty } from './apply/lastApplied.ts';

/** A template that does not parse (the message is upstream's reason). */
export class JsonPathError extends Error {}

/** A template that fails on the object: `message` is kubectl's whole error text. */
export class JsonPathRunError extends Error {}

/** Templates longer than this are refused before parsing (a shell line is limited long before). */
const MAX_TEMPLATE = 64 * 1024;

export function parseTemplate(template: string): ListNode {
  if (template.length > MAX_TEMPLATE) throw new JsonPathError('the template is too long for this simulation');
  try {
    return parseJsonPath(template);
  } catch (e) {
    if (e instanceof JsonPathParseError) throw new JsonPathError(e.message);
    throw e;
  }
}

/** kubectl's text for a template that failed while it ran on `data`. */
function executionFailure(template: string, reason: string, data: unknown): JsonPathRunError {
  return new JsonPathRunError(
    `error: error executing jsonpath ${goQuote(template)}: Error executing template: ${reason}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${template}\n\tobject given to jsonpath engine was:\n\t\t${goSharpV(data)}\n\n`,
  );
}

/** `-o jsonpath=TEMPLATE`: the printed text (no newline added, as kubectl). */
export function jsonPath(template: string, data: unknown): string {
  const root = parseTemplate(template);
  try {
    return executeJsonPath(root, data);
  } catch (e) {
    if (e instanceof JsonPathExecutionError) throw executionFailure(template, e.message, data);
    throw e;
  }
}

/** `-o jsonpath-as-json=TEMPLATE`: every result as one JSON array, indented as kubectl prints it. */
export function jsonPathAsJson(template: string, data: unknown): string {
  const root = parseTemplate(template);
  try {
    return jsonPathValues(root, data)
      .map((group) => goJsonPretty(group, true))
      .join('\n');
  } catch (e) {
    if (e instanceof JsonPathExecutionError) throw executionFailure(template, e.message, data);
    throw e;
  }
}

/**
 * kubectl's RelaxedJSONPathExpression (custom-columns, --sort-by): `a.b`, `.a.b`, `{a.b}` and
 * `{.a.b}` all mean `{.a.b}`.
 */
export function relaxedJsonPath(expression: string): string {
  if (expression === '') return expression;
  const m = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(expression);
  if (!m) throw new JsonPathError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  return `{.${m[1] ?? m[2]}}`;
}

/** The values a relaxed path finds in an object (missing keys: none). */
export function evalPath(value: unknown, path: string): unknown[] {
  const root = parseTemplate(relaxedJsonPath(path));
  try {
    return jsonPathValues(root, value).flat();
  } catch (e) {
    if (e instanceof JsonPathExecutionError) return [];
    throw e;
  }
}

/** A value as custom-columns prints it: Go's %v. */
export const format = goV;

export { goJson };
