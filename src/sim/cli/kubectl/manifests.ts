import { parseAllDocuments, type YAMLError } from 'yaml';
import type { KubeObject } from '../../api/types.ts';
import { lineOfMappingColon, splitYamlDocuments, unclosedFlowMessage } from './yamlDocuments.ts';
import { checkAliasExpansion, jsonDepthError, MAX_DEPTH, yamlDepthBeyond, yamlDepthMessage, YamlLimitError } from './manifestLimits.ts';

/**
 * Reads manifests as kubectl does: YAML (several documents) or JSON, with go-yaml's error texts.
 * go-yaml reports parser errors one line early (a 0-based mark) and scanner errors on their line;
 * the engine maps the JS parser's error kinds onto those messages.
 */
export class ManifestError extends Error {}

export function parseManifests(text: string, source: string): KubeObject[] {
  const trimmed = text.trim();
  // kubectl's decoder takes a stream that starts with '{' for JSON (encoding/json's depth limit).
  if (trimmed.startsWith('{')) {
    const tooDeep = jsonDepthError(text);
    if (tooDeep) throw new ManifestError(`error parsing ${source}: ${tooDeep}`);
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const value = JSON.parse(trimmed) as unknown;
      return flattenLists(Array.isArray(value) ? value : [value], source);
    } catch (e) {
      if (e instanceof ManifestError) throw e;
      // kubectl falls back to YAML, whose flow syntax accepts most JSON; report as YAML.
    }
  }
  const objects: unknown[] = [];
  // One document at a time, as kubectl's YAMLReader hands them to go-yaml (lines count per document).
  for (const chunk of splitYamlDocuments(text)) {
    const docs = parseAllDocuments(chunk, { uniqueKeys: false });
    for (const doc of Array.isArray(docs) ? docs : [docs]) {
      if (doc.errors.length) {
        if (doc.errors[0].code === 'RESOURCE_EXHAUSTION') throw new ManifestError(`error parsing ${source}: ${nestingMessage(chunk)}`);
        throw new ManifestError(`error parsing ${source}: error converting YAML to JSON: ${goYamlError(doc.errors[0], chunk)}`);
      }
      try {
        checkAliasExpansion(doc);
        // Aliases passed go-yaml's own bound just above; the JS library's different count must not refuse them.
        const value = doc.toJS({ maxAliasCount: -1 }) as unknown;
        if (value === null || value === undefined) continue;
        objects.push(value);
      } catch (e) {
        if (e instanceof YamlLimitError) throw new ManifestError(`error parsing ${source}: error converting YAML to JSON: ${e.message}`);
        const unresolved = e instanceof Error ? /^Unresolved alias[^:]*: \*?(.*)$/.exec(e.message) : null;
        if (unresolved) throw new ManifestError(`error parsing ${source}: error converting YAML to JSON: yaml: unknown anchor '${unresolved[1]}' referenced`);
        throw e;
      }
    }
  }
  return flattenLists(objects, source);
}

/**
 * A document too deep for the JS YAML parser's stack: go-yaml's own message beyond its limit; below
 * it (real kubectl would read it) the simulation says plainly that it stops earlier.
 */
function nestingMessage(text: string): string {
  const beyond = yamlDepthBeyond(text, MAX_DEPTH);
  if (beyond) return `error converting YAML to JSON: ${yamlDepthMessage(beyond.line)}`;
  return `the document is nested too deeply for this simulation (kubectl reads up to ${MAX_DEPTH} levels; the simulated kubectl fewer)`;
}

function flattenLists(values: unknown[], source: string): KubeObject[] {
  const out: KubeObject[] = [];
  for (const v of values) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      throw new ManifestError(`error validating "${source}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`);
    }
    const obj = v as KubeObject;
    // kubectl decodes every document's metadata into ObjectMeta first (metadataOnlyObject).
    const meta = (obj as { metadata?: unknown }).metadata;
    if (meta !== undefined && meta !== null && (typeof meta !== 'object' || Array.isArray(meta))) {
      const goType = Array.isArray(meta) ? 'array' : typeof meta === 'boolean' ? 'bool' : typeof meta;
      throw new ManifestError(`unable to decode "${source}": json: cannot unmarshal ${goType} into Go struct field metadataOnlyObject.metadata of type v1.ObjectMeta`);
    }
    if (obj.kind === 'List' && Array.isArray((obj as { items?: unknown[] }).items)) out.push(...flattenLists((obj as unknown as { items: unknown[] }).items, source));
    else out.push(obj);
  }
  return out;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

export function goYamlError(e: YAMLError, text: string): string {
  const line = lineOf(text, e.pos[0]);
  const lineText = text.split('\n')[line - 1] ?? '';
  const flow = unclosedFlowMessage(text, e.pos[0]);
  // A parser error: go-yaml's 0-based mark printed as is, one line early.
  if (flow) return `yaml: line ${Math.max(1, line - 1)}: ${flow}`;
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return `yaml: line ${line}: found character that cannot start any token`;
    case 'MISSING_CHAR':
    case 'BAD_SCALAR_START':
      if (/^\s*["']/.test(lineText) || e.message.includes('quote')) return `yaml: line ${line}: found unexpected end of stream`;
      return `yaml: line ${line}: found character that cannot start any token`;
    case 'MULTILINE_IMPLICIT_KEY':
      // go-yaml drops the stale simple key at the next line and names that line.
      return `yaml: line ${Math.min(line + 1, text.split('\n').length)}: could not find expected ':'`;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      // A scanner error: go-yaml names the line of the ':' that starts the unexpected mapping value.
      if (lineText.includes(': ') || lineText.trimEnd().endsWith(':')) return `yaml: line ${Math.max(line, lineOfMappingColon(text, e.pos[0]) ?? line)}: mapping values are not allowed in this context`;
      return `yaml: line ${Math.max(1, line - 1)}: did not find expected key`;
    case 'BAD_INDENT':
      return `yaml: line ${Math.max(1, line - 1)}: did not find expected key`;
    default:
      return `yaml: line ${Math.max(1, line - 1)}: did not find expected key`;
  }
}
