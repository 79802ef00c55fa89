// Build-time plugin over the notes' HTML tree (Sätteri, Astro 7's Markdown and MDX processor): on
// a note page, the first use of each glossary term becomes a link to its glossary entry that shows
// the term's definition and its other-language name on hover and on keyboard focus. The definition
// is in the HTML (a `role="tooltip"` span, `hidden` until CSS shows it, referenced by the link's
// `aria-describedby`), so it works without JavaScript and a screen reader announces it as the
// link's description. Headings, code, links, buttons, captions and MDX components (the simulation,
// diagrams) are left alone; so is every page that is not a note.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, ElementContent, Text } from 'hast';
import { GLOSSARY, glossaryPath, otherLang, type GlossaryEntry, type GlossaryLang } from './glossary.ts';
import { termFinder, type TermFinder } from './glossary-match.ts';
import { noteSlugs } from './notes.mjs';

// Elements whose text is not prose a term could be explained in.
const SKIPPED_TAGS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'button', 'figcaption',
  'summary', 'script', 'style', 'svg', 'math', 'textarea', 'select', 'option', 'label', 'abbr', 'dfn',
]);

/** The id of the definition an annotated term points at with aria-describedby. */
export const definitionId = (entry: GlossaryEntry) => `gloss-${entry.id}`;

/** The note a source file is, with its language, or undefined for any other page. */
export function notePageOf(path: string | undefined): { slug: string; lang: GlossaryLang } | undefined {
  const match = path?.replace(/\\/g, '/').match(/\/content\/docs\/(?:(en)\/)?([^/]+)\.mdx?$/);
  if (!match || !noteSlugs.includes(match[2])) return undefined;
  return { slug: match[2], lang: match[1] === 'en' ? 'en' : 'ko' };
}

/** The link and its definition for one term of a note. */
export function annotatedTerm(entry: GlossaryEntry, text: string, lang: GlossaryLang, base: string): Element {
  const other = otherLang(lang);
  return {
    type: 'element',
    tagName: 'span',
    properties: { class: 'gloss' },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { class: 'gloss-term', href: `${glossaryPath(base, lang)}#${entry.id}`, 'aria-describedby': definitionId(entry) },
        children: [{ type: 'text', value: text }],
      },
      {
        type: 'element',
        tagName: 'span',
        // Pagefind leaves the definition out of the note's index and excerpts.
        properties: { id: definitionId(entry), role: 'tooltip', class: 'gloss-tip', hidden: true, 'data-pagefind-ignore': true },
        children: [
          { type: 'element', tagName: 'span', properties: { class: 'gloss-name', lang: other }, children: [{ type: 'text', value: entry[other].term }] },
          { type: 'text', value: ' ' },
          { type: 'element', tagName: 'span', properties: { class: 'gloss-def' }, children: [{ type: 'text', value: entry[lang].definition }] },
        ],
      },
    ],
  };
}

/**
 * A text split around the first uses of terms that `used` does not hold yet (which it then
 * holds), or undefined when the text has none.
 */
export function annotateText(text: string, finder: TermFinder, used: Set<string>, lang: GlossaryLang, base: string): ElementContent[] | undefined {
  const out: ElementContent[] = [];
  let rest = text;
  for (let match = finder.find(rest, used); match; match = finder.find(rest, used)) {
    used.add(match.entry.id);
    if (match.start > 0) out.push({ type: 'text', value: rest.slice(0, match.start) });
    out.push(annotatedTerm(match.entry, rest.slice(match.start, match.end), lang, base));
    rest = rest.slice(match.end);
  }
  if (out.length === 0) return undefined;
  if (rest) out.push({ type: 'text', value: rest });
  return out;
}

interface TreeNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
}

/** Whether an element is one this plugin made (its definition holds terms of its own). */
const isGlossary = (node: TreeNode) => {
  const cls = node.properties?.class ?? node.properties?.className;
  return (Array.isArray(cls) ? cls : String(cls ?? '').split(/\s+/)).some((c) => String(c).startsWith('gloss'));
};
interface VisitContext {
  parent(node: TreeNode): TreeNode | undefined;
  replaceNode(node: TreeNode, nodes: ElementContent[]): void;
}

/** Whether a text sits where a term may be explained: not in a skipped element or an MDX component. */
function inProse(node: TreeNode, ctx: VisitContext): boolean {
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if (parent.type === 'element' && (SKIPPED_TAGS.has(parent.tagName ?? '') || isGlossary(parent))) return false;
    if (parent.type.startsWith('mdx')) return false;
  }
  return true;
}

/** The Sätteri hast plugin entry: a factory called once per document. */
export function glossaryHastPlugin({ base }: { base: string }) {
  const finders: Record<GlossaryLang, TermFinder> = { ko: termFinder(GLOSSARY, 'ko'), en: termFinder(GLOSSARY, 'en') };
  return ({ fileURL }: { fileURL: URL | undefined }) => {
    const page = notePageOf(fileURL ? fileURLToPath(fileURL) : undefined);
    if (!page) return undefined;
    const used = new Set<string>();
    return {
      name: 'k8s-notes-glossary',
      text(node: Text, ctx: VisitContext) {
        if (!inProse(node, ctx)) return;
        const replacement = annotateText(node.value, finders[page.lang], used, page.lang, base);
        if (replacement) ctx.replaceNode(node, replacement);
      },
    };
  };
}

/**
 * Astro integration that adds the plugin to the Markdown processor, as Starlight adds its own.
 * Astro 7's default processor is Sätteri, which runs its own plugins, not rehype ones.
 */
export function glossaryIntegration({ base }: { base: string }): AstroIntegration {
  return {
    name: 'k8s-notes-glossary',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as { name?: string; options?: { hastPlugins?: unknown[] } } | undefined;
        const plugins = processor?.name === 'satteri' ? processor.options?.hastPlugins : undefined;
        if (!plugins) {
          throw new Error(`The glossary plugin needs Astro's Sätteri Markdown processor (found "${processor?.name ?? 'none'}").`);
        }
        plugins.push(glossaryHastPlugin({ base }));
      },
    },
  };
}
