// axe-core on EVERY built page, in the light and the dark theme, with the simulation player as the
// page loads (the static, no-JavaScript view) and once it is open (scrolled into view and hydrated).
// Nothing is excluded: a violation anywhere on a page, the player included, fails the test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { builtPages } from './_pages.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** @param {import('playwright-core').Page} page */
async function violations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    // label-content-name-mismatch (WCAG 2.5.3, Label in Name) is off in axe by default: turned on.
    const result = await /** @type {any} */ (window).axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`,
    );
  });
}

/** @param {'light' | 'dark'} theme */
function themeTest(theme) {
  return {
    name: `axe-core finds no violations on any page (${theme} theme, player closed and open)`,
    async run({ page, context, baseUrl, dist }) {
      // Starlight reads the theme from localStorage before it paints.
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const pages = builtPages(dist);
      if (pages.length < 30) throw new Error(`expected at least 30 pages, found ${pages.length}`);
      const problems = [];
      for (const path of pages) {
        await page.goto(baseUrl + path, { waitUntil: 'load' });
        if ((await page.getAttribute('html', 'data-theme')) !== theme) throw new Error(`${path}: theme ${theme} not applied`);
        for (const v of await violations(page)) problems.push(`${path || '(home)'} [player closed]: ${v}`);
        if (await page.locator('.sim').count()) {
          await page.locator('.sim').first().scrollIntoViewIfNeeded();
          await page.waitForSelector('.sim-player:not(.sim-static) .sim-controls', { timeout: 20_000 });
          for (const v of await violations(page)) problems.push(`${path || '(home)'} [player open]: ${v}`);
        }
      }
      if (problems.length) throw new Error(`${problems.length} violations:\n${problems.join('\n')}`);
    },
  };
}

export const tests = [themeTest('light'), themeTest('dark')];
