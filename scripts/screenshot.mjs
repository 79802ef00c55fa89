// Regenerates docs/screenshot.png for the README from a production build in dist/:
// `npm run build && node scripts/screenshot.mjs`.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { findChrome, CHROME_ARGS } from './lib/chrome.mjs';
import { serveStatic } from './lib/static-server.mjs';

const page_ = process.argv[2] ?? 'kube-scheduler/';
const server = await serveStatic({ root: 'dist', base: '/' });
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
await page.goto(server.url + page_);
const sim = page.locator('.sim').first();
await sim.scrollIntoViewIfNeeded();
await page.waitForLoadState('networkidle');
// Let the island hydrate: it marks itself ready once the engine has rendered its first frame.
await page.waitForFunction(() => document.querySelector('.sim [data-ready], .sim-player[data-ready]') !== null, undefined, { timeout: 10_000 }).catch(() => {});
await mkdir('docs', { recursive: true });
await page.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
await server.close();
console.log('Wrote docs/screenshot.png');
