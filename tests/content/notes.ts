// Reading the notes for content tests: frontmatter, headings, code blocks.
import { readFileSync, existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { noteSlugs } from '../../src/site/notes.mjs';

export { noteSlugs };
export type NoteLang = 'ko' | 'en';

export interface Note {
  slug: string;
  lang: NoteLang;
  path: string;
  source: string;
  frontmatter: Record<string, any>;
  body: string;
}

export function notePath(slug: string, lang: NoteLang): string {
  return lang === 'ko' ? `content/docs/${slug}.mdx` : `content/docs/en/${slug}.mdx`;
}

export function readNote(slug: string, lang: NoteLang): Note | undefined {
  const path = notePath(slug, lang);
  if (!existsSync(path)) return undefined;
  const source = readFileSync(path, 'utf8');
  const match = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  const frontmatter = match ? (parseYaml(match[1]) as Record<string, any>) : {};
  return { slug, lang, path, source, frontmatter, body: match ? match[2] : source };
}

export interface CodeBlock {
  lang: string;
  meta: string;
  code: string;
  line: number;
}

/** Fenced code blocks of a note body (``` fences, possibly indented inside lists or details). */
export function codeBlocks(body: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^(\s*)(`{3,}|~{3,})(\S*)\s*(.*)$/);
    if (!open) continue;
    const [, indent, fence, lang, meta] = open;
    const code: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (lines[j].trim().startsWith(fence) && lines[j].trim().replace(/[`~]/g, '') === '') break;
      code.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
    }
    blocks.push({ lang, meta, code: code.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

/** Headings outside code blocks: [level, text]. */
export function headings(body: string): [number, string][] {
  const out: [number, string][] = [];
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const f = line.trim().match(/^(`{3,}|~{3,})/);
    if (f) {
      if (!fence) fence = f[1];
      else if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence) continue;
    const h = line.match(/^(#{2,6})\s+(.*)$/);
    if (h) out.push([h[1].length, h[2].trim()]);
  }
  return out;
}

/** The title of a titled code block: `title="pod.yaml"`. */
export function blockTitle(meta: string): string | undefined {
  return meta.match(/title=(?:"([^"]+)"|'([^']+)')/)?.slice(1).find(Boolean);
}
