// Browser tests of the site shell: every page renders cleanly, the language switcher keeps the
// reader on the same page, the theme switch works and persists.
import { builtPages } from './_pages.mjs';
import { noteSlugs } from '../../src/site/notes.mjs';

export const tests = [
  {
    name: 'every page renders a heading without console errors',
    async run({ page, baseUrl, dist, errors }) {
      const pages = builtPages(dist);
      if (pages.length < 30) throw new Error(`expected at least 30 pages, found ${pages.length}`);
      for (const path of pages) {
        const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
        if (!response || response.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
        const heading = await page.locator('h1').first().textContent();
        if (!heading?.trim()) throw new Error(`${path}: no h1`);
        if (errors.length) throw new Error(`${path}: ${errors.join('\n')}`);
      }
    },
  },
  {
    name: 'an unknown address gets the 404 page',
    allowConsoleErrors: true, // the browser logs the 404 response itself
    async run({ page, baseUrl }) {
      const response = await page.goto(baseUrl + 'no-such-note/');
      if (response?.status() !== 404) throw new Error(`expected 404, got ${response?.status()}`);
      const title = await page.locator('h1').first().textContent();
      if (!title?.includes('404')) throw new Error(`404 page heading was "${title}"`);
    },
  },
  {
    name: 'the language switcher keeps the reader on the same note',
    async run({ page, baseUrl }) {
      await page.goto(baseUrl + 'pods/');
      if ((await page.getAttribute('html', 'lang')) !== 'ko') throw new Error('Korean page should have lang="ko"');
      await Promise.all([
        page.waitForURL('**/en/pods/'),
        page.locator('starlight-lang-select select').first().selectOption({ label: 'English' }),
      ]);
      if ((await page.getAttribute('html', 'lang')) !== 'en') throw new Error('English page should have lang="en"');
      await Promise.all([
        page.waitForURL((url) => url.pathname.endsWith('/pods/') && !url.pathname.includes('/en/')),
        page.locator('starlight-lang-select select').first().selectOption({ label: '한국어' }),
      ]);
    },
  },
  {
    name: 'the theme switch changes the theme and remembers it',
    async run({ page, baseUrl }) {
      await page.goto(baseUrl + 'etcd/');
      const select = page.locator('starlight-theme-select select').first();
      await select.selectOption('light');
      if ((await page.getAttribute('html', 'data-theme')) !== 'light') throw new Error('light theme not applied');
      await page.reload();
      if ((await page.getAttribute('html', 'data-theme')) !== 'light') throw new Error('light theme not kept after reload');
      await page.locator('starlight-theme-select select').first().selectOption('dark');
      if ((await page.getAttribute('html', 'data-theme')) !== 'dark') throw new Error('dark theme not applied');
    },
  },
  {
    name: 'the home page lists every note with working links',
    async run({ page, baseUrl }) {
      for (const prefix of ['', 'en/']) {
        await page.goto(baseUrl + prefix);
        const links = await page.locator('.note-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        if (links.length !== noteSlugs.length) throw new Error(`${prefix || 'ko'} home lists ${links.length} notes, not ${noteSlugs.length}`);
        for (const href of links) {
          if (!href.startsWith(new URL(baseUrl).pathname + prefix)) throw new Error(`link ${href} is outside the base path`);
        }
        await page.locator('.note-list a').first().click();
        await page.waitForURL(`**/${prefix}architecture/`);
      }
    },
  },
];
