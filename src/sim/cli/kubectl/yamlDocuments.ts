/**
 * kubectl's YAMLReader (k8s.io/apimachinery/pkg/util/yaml) splits a stream into documents before
 * go-yaml sees them, so go-yaml's line numbers count from the start of each document. A `---` line
 * ends a non-empty document and is dropped; a `---` with nothing before it stays in the document it
 * opens (so the lines of a file that starts with `---` count from the top of the file).
 */
export function splitYamlDocuments(text: string): string[] {
  const docs: string[] = [];
  let current = '';
  for (const line of text.split(/(?<=\n)/)) {
    if (/^---(\s|#|$)/.test(line) && current.length > 0) {
      docs.push(current);
      current = '';
      continue;
    }
    current += line;
  }
  if (current.length > 0) docs.push(current);
  return docs;
}

/** The offset's 1-based line, moved to the line of the next `:` that starts a mapping value. */
export function lineOfMappingColon(text: string, offset: number): number | undefined {
  const m = /:(?=[ \t\r\n]|$)/g;
  m.lastIndex = offset;
  const hit = m.exec(text);
  if (!hit) return undefined;
  return text.slice(0, hit.index).split('\n').length;
}

/**
 * go-yaml's texts inside an unclosed flow collection (`[a, b` or `{a: b`): the innermost open
 * bracket before the offset decides; nothing after it yet is "expected node content".
 */
export function unclosedFlowMessage(text: string, offset: number): string | undefined {
  const open: { ch: string; at: number }[] = [];
  let quote: string | undefined;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if ((c === '"' || c === "'") && open.length) quote = c;
    else if (c === '[' || c === '{') open.push({ ch: c, at: i });
    else if ((c === ']' || c === '}') && open.length) open.pop();
  }
  const inner = open.at(-1);
  if (!inner) return undefined;
  if (text.slice(inner.at + 1).trim() === '') return 'did not find expected node content';
  return `did not find expected ',' or '${inner.ch === '[' ? ']' : '}'}'`;
}
