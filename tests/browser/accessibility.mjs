// axe-core on EVERY built page, in the light and the dark theme, with the simulation player as the
// page loads (the static, no-JavaScript view) and once it is open (scrolled into view and hydrated).
// Nothing is excluded: a violation anywhere on a page, the player included, fails the test.
// One visit per page keeps it affordable: the whole page is checked closed in both themes (the
// theme switch is Starlight's own: the data-theme attribute), then the player's subtree open in both.
// The full list goes to .tmp/test-results/axe-violations.txt.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { builtPages } from './_pages.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const REPORT = '.tmp/test-results/axe-violations.txt';

/** @param {import('playwright-core').Page} page @param {string} scope a selector, or 'document' */
export async function violations(page, scope) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (selector) => {
    // label-content-name-mismatch (WCAG 2.5.3, Label in Name) is off in axe by default: turned on.
    const result = await /** @type {any} */ (window).axe.run(selector === 'document' ? document : document.querySelector(selector), {
      resultTypes: ['violations'],
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return result.violations.map((v) => ({
      id: v.id,
      text: `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`,
    }));
  }, scope);
}

/**
 * Expressive Code makes sideways-scrolling code blocks focusable regions from a debounced resize
 * observer, and src/site/expressive-code-regions.ts names them: wait until that has happened.
 * @param {import('playwright-core').Page} page
 */
async function codeBlocksSettled(page) {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.expressive-code pre')].every(
          (pre) => pre.scrollWidth > pre.clientWidth === pre.hasAttribute('tabindex') && (pre.getAttribute('role') !== 'region' || pre.hasAttribute('aria-label')),
        ),
      null,
      { polling: 100, timeout: 5_000 },
    )
    // Expressive Code's idle callback can be starved on a busy machine; axe then judges the page
    // as it is, so nothing is hidden by going on.
    .catch(() => undefined);
}

/** @param {import('playwright-core').Page} page @param {'light' | 'dark'} theme */
async function setTheme(page, theme) {
  await page.evaluate((t) => {
    document.documentElement.dataset.theme = t;
  }, theme);
}

// The pages are checked in SHARDS tests (every SHARDS-th page each), so the browser-test pool can
// run them side by side; together they cover every page.
const SHARDS = 4;

export const tests = Array.from({ length: SHARDS }, (_, shard) => ({
    name: `axe-core finds no violations on any page (light and dark, player closed and open), pages ${shard + 1} of every ${SHARDS}`,
    slow: true,
    async run({ page, baseUrl, dist }) {
      const allPages = builtPages(dist);
      if (allPages.length < 30) throw new Error(`expected at least 30 pages, found ${allPages.length}`);
      const pages = allPages.filter((_, i) => i % SHARDS === shard);
      const problems = [];
      const record = (where, found) => {
        for (const v of found) problems.push({ id: v.id, line: `${where}: ${v.text}` });
      };
      for (const path of pages) {
        const where = path || '(home)';
        await page.goto(baseUrl + path, { waitUntil: 'load' });
        await codeBlocksSettled(page);
        for (const theme of /** @type {const} */ (['light', 'dark'])) {
          await setTheme(page, theme);
          record(`${where} [${theme}, player closed]`, await violations(page, 'document'));
        }
        if (await page.locator('.sim').count()) {
          await page.locator('.sim').first().scrollIntoViewIfNeeded();
          await page.waitForSelector('.sim-player:not(.sim-static) .sim-controls', { timeout: 30_000 });
          await codeBlocksSettled(page);
          for (const theme of /** @type {const} */ (['dark', 'light'])) {
            await setTheme(page, theme);
            record(`${where} [${theme}, player open]`, await violations(page, '.sim-player'));
          }
        }
      }
      if (problems.length) {
        const byRule = Object.entries(Object.groupBy(problems, (p) => p.id)).map(([id, list]) => `${id} × ${list?.length}`);
        mkdirSync('.tmp/test-results', { recursive: true });
        appendFileSync(REPORT, `${problems.map((p) => p.line).join('\n')}\n`);
        throw new Error(`${problems.length} page states with violations (${byRule.join(', ')}); every one in ${REPORT}. First: ${problems[0].line}`);
      }
    },
  }));
