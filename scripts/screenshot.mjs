// Regenerates docs/screenshot.png for the README from a production build in dist/:
// `npm run build && node scripts/screenshot.mjs [note-path] [steps]` (defaults: kube-scheduler/, 12);
// SCREENSHOT_OUT=path writes elsewhere.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { findChrome, CHROME_ARGS } from './lib/chrome.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { builtBase } from './lib/built-base.mjs';

const page_ = process.argv[2] ?? 'kube-scheduler/';
const server = await serveStatic({ root: 'dist', base: builtBase('dist') });
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
await page.goto(server.url + page_);
const sim = page.locator('.sim').first();
await sim.scrollIntoViewIfNeeded();
await page.waitForLoadState('networkidle');
// Once the island has hydrated, step through the scenario's first messages so the picture shows
// components talking, then bring the player to the top of the picture.
const forward = page.locator('.sim button[data-action="forward"]').first();
await forward.waitFor({ state: 'visible' });
for (let i = 0; i < Number(process.argv[3] ?? 12); i++) await forward.click();
// The first click fetched the engine; the clicks wait for it in order.
await page.evaluate(() => Promise.all(Object.values(window.__k8sSimPlayers ?? {}).map((hook) => hook.idle())));
await page.evaluate(() => document.querySelector('.sim')?.scrollIntoView({ block: 'start' }));
await page.evaluate(() => window.scrollBy(0, -80));
await mkdir('docs', { recursive: true });
await page.screenshot({ path: process.env.SCREENSHOT_OUT ?? 'docs/screenshot.png' });
await browser.close();
await server.close();
console.log(`Wrote ${process.env.SCREENSHOT_OUT ?? 'docs/screenshot.png'}`);
