// Checks on what a published docs site offers beyond its pages (issue 15): robots.txt naming the
// sitemap, a social card (og:image/twitter:image) for every page that exists as a PNG, a
// last-updated date on every note, and "edit this page" links plus the repository link pointing
// at the repository the site was built from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** @param {string} html @param {string} key @param {string} name */
const metaContent = (html, key, name) => new RegExp(`<meta ${key}="${name}" content="([^"]*)"`).exec(html)?.[1];

/**
 * @param {{ dist: string, base: string, pages: { name: string, html: string, isNotFound: boolean, source?: string }[],
 *   repository?: string, check: (ok: boolean, message: string) => void }} options
 *   pages: every built HTML page with its URL path; source: the content file it was built from;
 *   repository: `owner/name` the build was told it comes from (GITHUB_REPOSITORY), if any.
 */
export function publishingChecks({ dist, base, pages, repository, check }) {
  const robotsFile = join(dist, 'robots.txt');
  const robots = existsSync(robotsFile) ? readFileSync(robotsFile, 'utf8') : '';
  check(robots.includes('User-agent: *'), 'robots.txt is missing or names no user agent');
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  check(Boolean(sitemap), 'robots.txt does not name the sitemap');
  if (sitemap) {
    const url = new URL(sitemap);
    check(url.pathname === `${base}sitemap-index.xml`, `robots.txt names ${sitemap}, not ${base}sitemap-index.xml`);
    check(existsSync(join(dist, 'sitemap-index.xml')), 'sitemap-index.xml was not built');
  }

  for (const { name, html, isNotFound, source } of pages) {
    for (const [key, tag] of [['property', 'og:image'], ['name', 'twitter:image']]) {
      const image = metaContent(html, key, tag);
      check(Boolean(image), `${name}: no ${tag}`);
      if (!image) continue;
      const url = new URL(image);
      check(url.pathname.startsWith(`${base}og/`) && url.pathname.endsWith('.png'), `${name}: ${tag} ${image} is not a card under ${base}og/`);
      const file = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
      check(existsSync(file) && readFileSync(file).subarray(0, 8).equals(PNG_SIGNATURE), `${name}: ${tag} ${image} is not a PNG in the build`);
    }
    check(metaContent(html, 'name', 'twitter:card') === 'summary_large_image', `${name}: twitter:card is not summary_large_image`);
    if (isNotFound) continue;
    check(/<time datetime="\d{4}-\d\d-\d\dT[^"]+">/.test(html), `${name}: no last-updated date`);
    if (repository) {
      const edit = /<a href="([^"]*\/edit\/[^"]*)" class="sl-flex print:hidden[^"]*"/.exec(html)?.[1];
      const expected = `https://github.com/${repository}/edit/`;
      check(Boolean(edit?.startsWith(expected)), `${name}: edit link ${edit ?? '(none)'} does not start with ${expected}`);
      if (edit && source) check(edit.endsWith(`/${source}`), `${name}: edit link ${edit} does not end with ${source}`);
      check(html.includes(`href="https://github.com/${repository}"`), `${name}: no link to https://github.com/${repository}`);
    }
  }
}
