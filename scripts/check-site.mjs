// Checks on the built site, as GitHub Pages will serve it under a base path:
// - every internal link, script, stylesheet and image resolves to a file, and every #fragment
//   to an element id on the target page;
// - external links are well-formed https (or mailto) URLs;
// - Korean (root) and English (/en/) have the same pages;
// - every page has a lang attribute matching its language, a title and a description;
// - every page is valid HTML (html-validate);
// - every note explains the first use of its glossary terms in the static HTML (no JavaScript);
// - Pagefind built one search index per language.
// Usage: node scripts/check-site.mjs [--dist dist] [--base /k8s-notes/] [--json out.json] [--repository owner/name]
// (the base defaults to the one the build was made for; --repository checks the edit and repository links)
import { existsSync } from 'node:fs';
import { readFile, readdir, stat, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { cliOption } from './lib/run.mjs';
import { baseOfBuild } from './lib/built-base.mjs';
import { publishingChecks } from './lib/publishing-checks.mjs';
import { referencedUrls, elementIds, documentFacts, withoutDivSubtrees } from './lib/html.mjs';
import { glossaryTerms, glossaryDefinitions } from './lib/glossary-html.mjs';
import { noteSlugs } from '../src/site/notes.mjs';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';

// Valid, well-formed HTML. The rules turned off judge style choices that Astro and Starlight make
// for every site (self-closing void elements, inline styles, buttons without a type, several
// unlabelled navigation landmarks, subresource integrity for same-origin assets, the sidebar's h2
// before the page's h1); ids only have to be valid HTML5 ids (Korean heading ids are).
const htmlValidator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended', 'html-validate:document'],
    rules: {
      'require-sri': 'off',
      'heading-level': 'off',
      'void-style': 'off',
      'no-inline-style': 'off',
      'no-implicit-button-type': 'off',
      'unique-landmark': 'off',
      'valid-id': ['error', { relaxed: true }],
    },
  }),
);

const dist = cliOption('--dist', 'dist');
const base = baseOfBuild(dist);
const jsonOut = cliOption('--json', undefined);
// The repository the build was told it comes from: its edit and repository links are checked.
const repository = cliOption('--repository', undefined);

/** @param {string} dir @returns {Promise<string[]>} */
async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}

/** @param {string} path */
async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

const files = await walk(dist);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
/** URL path of a built HTML file, as served under the base path. */
const urlOf = (file) => {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return base;
  if (rel.endsWith('/index.html')) return base + rel.slice(0, -'index.html'.length);
  return base + rel;
};
/** The file a URL path is served from, or undefined. */
async function fileFor(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidates = rel === '' || rel.endsWith('/') ? [join(dist, rel, 'index.html')] : [join(dist, rel), join(dist, rel, 'index.html')];
  for (const candidate of candidates) if (await exists(candidate)) return candidate;
  return undefined;
}

const failures = [];
let checks = 0;
const check = (ok, message) => {
  checks++;
  if (!ok) failures.push(message);
};

const idCache = new Map();
async function idsOf(file) {
  if (!idCache.has(file)) idCache.set(file, elementIds(await readFile(file, 'utf8')));
  return idCache.get(file);
}

for (const file of htmlFiles) {
  const html = await readFile(file, 'utf8');
  const pageUrl = new URL(urlOf(file), 'http://site.invalid');
  const facts = documentFacts(html);
  const expectedLang = pageUrl.pathname.startsWith(`${base}en/`) ? 'en' : 'ko';
  const name = urlOf(file);
  // Expressive Code's frames are left to their authors (they put block elements in <code>), and so
  // is the one <style> Astro writes in front of the first island on a page.
  const ownMarkup = withoutDivSubtrees(html, /<div class="expressive-code"[^>]*>/g).replace(
    '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>',
    '',
  );
  const report = await htmlValidator.validateString(ownMarkup, file);
  for (const result of report.results) {
    for (const message of result.messages) {
      check(false, `${name}:${message.line}:${message.column}: ${message.message} (${message.ruleId})`);
    }
  }
  check(facts.lang === expectedLang, `${name}: <html lang="${facts.lang}"> should be "${expectedLang}"`);
  check(facts.title.length > 0, `${name}: missing <title>`);
  check(facts.description.length > 0, `${name}: missing <meta name="description">`);

  for (const { attr, url } of referencedUrls(html)) {
    if (url === '' || url.startsWith('data:') || url.startsWith('javascript:') || url.startsWith('blob:')) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
      let ok = false;
      try {
        const parsed = new URL(url.startsWith('//') ? `https:${url}` : url);
        ok = parsed.protocol === 'https:' || parsed.protocol === 'mailto:' || (parsed.protocol === 'http:' && parsed.hostname === 'localhost');
        ok &&= parsed.protocol === 'mailto:' || parsed.hostname.includes('.') || parsed.hostname === 'localhost';
      } catch {}
      check(ok, `${name}: malformed or non-https external ${attr} "${url}"`);
      continue;
    }
    const target = new URL(url, pageUrl);
    if (target.host !== 'site.invalid') continue;
    const targetFile = await fileFor(target.pathname);
    check(targetFile !== undefined, `${name}: ${attr}="${url}" -> ${target.pathname} does not exist under ${base}`);
    if (targetFile && target.hash && targetFile.endsWith('.html')) {
      const fragment = decodeURIComponent(target.hash.slice(1));
      check((await idsOf(targetFile)).has(fragment), `${name}: ${attr}="${url}" -> no element with id "${fragment}"`);
    }
  }
}

// Glossary tooltips on every note, readable without JavaScript: each first use of a term links to
// its entry on the glossary page of the note's language under the base path (the link check above
// resolves the #anchor) and is described by a hidden role="tooltip" definition in the same page.
const MIN_TERMS_PER_NOTE = 10;
for (const slug of noteSlugs) {
  for (const lang of ['ko', 'en']) {
    const prefix = lang === 'en' ? 'en/' : '';
    const file = join(dist, prefix, slug, 'index.html');
    if (!(await exists(file))) continue;
    const html = await readFile(file, 'utf8');
    const name = `${base}${prefix}${slug}/`;
    const terms = glossaryTerms(html);
    const definitions = glossaryDefinitions(html);
    check(terms.length >= MIN_TERMS_PER_NOTE, `${name}: ${terms.length} glossary terms explained, expected at least ${MIN_TERMS_PER_NOTE}`);
    const anchors = new Set();
    for (const term of terms) {
      const anchor = term.href.split('#')[1] ?? '';
      check(term.href === `${base}${prefix}glossary/#${anchor}` && anchor !== '', `${name}: term "${term.text}" links to ${term.href}, not to ${base}${prefix}glossary/#…`);
      check(!anchors.has(anchor), `${name}: term "${term.text}" (${anchor}) is explained twice`);
      anchors.add(anchor);
      const definition = definitions.get(term.describedBy);
      check(definition !== undefined, `${name}: term "${term.text}" is described by #${term.describedBy}, which is not a definition on the page`);
      if (!definition) continue;
      check(definition.tooltip && definition.hidden, `${name}: the definition of "${term.text}" should be a hidden role="tooltip" element`);
      check(definition.text.length > 10, `${name}: the definition of "${term.text}" is empty`);
    }
  }
}

// robots.txt, social cards, last-updated dates, edit and repository links.
const publishedPages = [];
for (const file of htmlFiles) {
  const rel = relative(dist, file).split(sep).join('/');
  const isNotFound = rel === '404.html' || rel === 'en/404/index.html';
  const slug = rel === 'index.html' ? 'index' : rel === 'en/index.html' ? 'en/index' : rel.replace(/\/index\.html$/, '');
  const source = [`content/docs/${slug}.mdx`, `content/docs/${slug}.md`].find((p) => existsSync(p));
  publishedPages.push({ name: urlOf(file), html: await readFile(file, 'utf8'), isNotFound, source });
}
publishingChecks({ dist, base, pages: publishedPages, repository, check });

// Both languages have the same pages.
// Starlight writes the root locale's not-found page to /404.html (what GitHub Pages serves) and
// the English one to /en/404/; they are one page in two languages.
const pages = htmlFiles
  .map((f) => relative(dist, f).split(sep).join('/'))
  .map((p) => (p === '404.html' ? '404/index.html' : p));
const korean = new Set(pages.filter((p) => !p.startsWith('en/')));
const english = new Set(pages.filter((p) => p.startsWith('en/')).map((p) => p.slice(3)));
for (const page of korean) check(english.has(page), `Korean page ${page} has no English counterpart en/${page}`);
for (const page of english) check(korean.has(page), `English page en/${page} has no Korean counterpart ${page}`);
for (const slug of noteSlugs) {
  check(korean.has(`${slug}/index.html`), `note ${slug} is missing in Korean`);
  check(english.has(`${slug}/index.html`), `note ${slug} is missing in English`);
}

// One Pagefind index per language.
const entryFile = join(dist, 'pagefind', 'pagefind-entry.json');
if (await exists(entryFile)) {
  const entry = JSON.parse(await readFile(entryFile, 'utf8'));
  const languages = Object.keys(entry.languages ?? {});
  check(languages.includes('ko'), `search index has no Korean language (found: ${languages.join(', ')})`);
  check(languages.includes('en'), `search index has no English language (found: ${languages.join(', ')})`);
} else {
  check(false, 'dist/pagefind/pagefind-entry.json is missing: the search index was not built');
}

console.log(`Site checks: ${htmlFiles.length} pages under ${base}, ${checks} checks, ${failures.length} failed.`);
for (const failure of failures) console.log(`  ✗ ${failure}`);
if (jsonOut) {
  await mkdir(dirname(jsonOut), { recursive: true });
  await writeFile(jsonOut, JSON.stringify({ passed: checks - failures.length, failed: failures.length }));
}
process.exit(failures.length ? 1 : 0);
