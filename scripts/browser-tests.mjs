// Browser tests: serve the built site under its base path and drive headless Chromium through
// playwright-core. Every module in tests/browser/ exports `tests`: [{ name, run(ctx) }].
// Each test gets a fresh browser context; a console error or uncaught page error fails the test
// unless the test says it expects one (allowConsoleErrors).
// Usage: node scripts/browser-tests.mjs [--dist dist] [--base /k8s-notes/] [--json out.json] [--filter text]
import { chromium } from 'playwright-core';
import { readdir, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { findChrome, CHROME_ARGS } from './lib/chrome.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { cliOption } from './lib/run.mjs';
import { baseOfBuild } from './lib/built-base.mjs';

const dist = cliOption('--dist', 'dist');
const base = baseOfBuild(dist);
const jsonOut = cliOption('--json', undefined);
const filter = cliOption('--filter', '');

const executablePath = findChrome();
const server = await serveStatic({ root: dist, base });
const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS }); // playwright gives every launch a fresh temporary profile

const testDir = new URL('../tests/browser/', import.meta.url);
const modules = (await readdir(testDir)).filter((f) => f.endsWith('.mjs') && !f.startsWith('_')).sort();
const tests = [];
for (const file of modules) {
  const mod = await import(new URL(file, testDir).href);
  for (const test of mod.tests ?? []) tests.push({ ...test, file });
}

let passed = 0;
const failed = [];
const started = performance.now();
for (const test of tests) {
  const fullName = `${test.file.replace(/\.mjs$/, '')} › ${test.name}`;
  if (filter && !fullName.includes(filter)) continue;
  const context = await browser.newContext({ viewport: test.viewport ?? { width: 1280, height: 900 }, reducedMotion: test.reducedMotion ?? 'no-preference' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  try {
    await test.run({ page, context, browser, baseUrl: server.url, base, dist, errors });
    if (errors.length && !test.allowConsoleErrors) throw new Error(errors.join('\n'));
    passed++;
    console.log(`  ✓ ${fullName}`);
  } catch (error) {
    failed.push(fullName);
    console.log(`  ✗ ${fullName}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
  } finally {
    await context.close();
  }
}
await browser.close();
await server.close();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Browser tests (${executablePath}): ${passed} passed, ${failed.length} failed in ${seconds} s.`);
if (jsonOut) {
  await mkdir(dirname(jsonOut), { recursive: true });
  await writeFile(jsonOut, JSON.stringify({ passed, failed: failed.length }));
}
process.exit(failed.length ? 1 : 0);
