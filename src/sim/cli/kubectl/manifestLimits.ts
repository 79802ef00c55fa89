import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/**
 * The limits kubectl's decoders put on a manifest, with their texts:
 * - JSON (encoding/json's scanner): at most 10000 nested arrays/objects, else
 *   `invalid character '{' exceeded max depth`, wrapped by apimachinery's YAMLOrJSONDecoder as
 *   `json: offset <n>: ...`;
 * - YAML (go-yaml v2 under sigs.k8s.io/yaml): nesting deeper than 10000 is
 *   `yaml: exceeded max depth of 10000`, and alias expansion is bounded by the ratio of decoded
 *   nodes that come from aliases (`yaml: document contains excessive aliasing`, the fix of
 *   CVE-2019-11253).
 */
export const MAX_DEPTH = 10000;

/** Where JSON text nests deeper than encoding/json allows: Go's message, or undefined. */
export function jsonDepthError(text: string): string | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > MAX_DEPTH) return `json: offset ${i + 1}: invalid character '${c}' exceeded max depth`;
    } else if (c === '}' || c === ']') depth--;
  }
  return undefined;
}

/**
 * Nesting of YAML text as go-yaml's scanner counts it (flow brackets and block indentation levels),
 * with the 1-based line where it first goes beyond `limit`; undefined when it stays within.
 */
export function yamlDepthBeyond(text: string, limit: number): { line: number } | undefined {
  const indents: number[] = [];
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    const content = raw.replace(/^[ ]*/, '');
    if (content === '' || content.startsWith('#')) continue;
    let indent = raw.length - content.length;
    // "- " opens a level of its own (a sequence in a block).
    let rest = content;
    while (indents.length && indents[indents.length - 1] > indent) indents.pop();
    if (!indents.length || indents[indents.length - 1] < indent) indents.push(indent);
    while (rest.startsWith('- ')) {
      indent += 2;
      indents.push(indent);
      rest = rest.slice(2);
    }
    let flow = 0;
    let quote = '';
    for (const c of rest) {
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#') break;
      else if (c === '[' || c === '{') flow++;
      if (indents.length + flow > limit) return { line };
    }
    if (indents.length > limit) return { line };
  }
  return undefined;
}

/** go-yaml's message for a document nested beyond its limit (no line on the first line). */
export function yamlDepthMessage(line: number): string {
  return `yaml: ${line > 1 ? `line ${line}: ` : ''}exceeded max depth of ${MAX_DEPTH}`;
}

const ALIAS_RATIO_RANGE_LOW = 400_000;
const ALIAS_RATIO_RANGE_HIGH = 4_000_000;

function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= ALIAS_RATIO_RANGE_LOW) return 0.99;
  if (decodeCount >= ALIAS_RATIO_RANGE_HIGH) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - ALIAS_RATIO_RANGE_LOW) / (ALIAS_RATIO_RANGE_HIGH - ALIAS_RATIO_RANGE_LOW));
}

export class YamlLimitError extends Error {}

/**
 * Walks a parsed document as go-yaml's decoder does (every node decoded once, an alias decoding its
 * anchor's node again) and counts: more than 100 alias-expanded nodes making up too large a share of
 * more than 1000 decoded nodes is "excessive aliasing"; an alias inside its own anchor "contains itself".
 * Iterative (no recursion), and it stops at the first violation, so a billion-laughs document costs
 * a few thousand steps.
 */
export function checkAliasExpansion(doc: Document): void {
  let decodeCount = 0;
  let aliasCount = 0;
  // Stack entries: a node and the alias depth at which it is decoded; 'leave' markers end an alias.
  const stack: { node: unknown; aliasDepth: number; leave?: Node }[] = [{ node: doc.contents, aliasDepth: 0 }];
  const expanding = new Set<Node>();
  while (stack.length) {
    const { node, aliasDepth, leave } = stack.pop()!;
    if (leave) {
      expanding.delete(leave);
      continue;
    }
    if (node === null || node === undefined) continue;
    decodeCount++;
    if (aliasDepth > 0) aliasCount++;
    if (aliasCount > 100 && decodeCount > 1000 && aliasCount / decodeCount > allowedAliasRatio(decodeCount)) {
      throw new YamlLimitError('yaml: document contains excessive aliasing');
    }
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target) continue;
      if (expanding.has(target)) throw new YamlLimitError(`yaml: anchor '${node.source}' value contains itself`);
      expanding.add(target);
      stack.push({ node: undefined, aliasDepth, leave: target }, { node: target, aliasDepth: aliasDepth + 1 });
    } else if (isMap(node) || isSeq(node)) {
      const items = node.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        if (isPair(item)) stack.push({ node: item.value, aliasDepth }, { node: item.key, aliasDepth });
        else stack.push({ node: item, aliasDepth });
      }
    } else if (!isScalar(node)) continue;
  }
}
