// Browser tests: serve the built site under its base path and drive headless Chromium through
// playwright-core. Every module in tests/browser/ exports `tests`: [{ name, run(ctx) }].
// Each test gets a fresh browser context; a console error or uncaught page error fails the test
// unless the test says it expects one (allowConsoleErrors).
// Tests run in a small pool of browser contexts at once (--workers, default 2): most of a browser
// test's time is waiting on the page (navigation, hydration, the engine's chunk), so two at a time
// on two cores nearly halves the wall time without starving either.
// Usage: node scripts/browser-tests.mjs [--dist dist] [--base /k8s-notes/] [--json out.json] [--filter text] [--workers 2]
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
const workers = Math.max(1, Number(cliOption('--workers', process.env.BROWSER_TEST_WORKERS ?? '2')) || 1);

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
const timings = [];
const started = performance.now();

/** Runs one test in its own context; returns its report lines (printed whole, so parallel tests do not interleave). */
async function runOne(test, fullName) {
  const context = await browser.newContext({ viewport: test.viewport ?? { width: 1280, height: 900 }, reducedMotion: test.reducedMotion ?? 'no-preference' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  const testStarted = performance.now();
  try {
    await test.run({ page, context, browser, baseUrl: server.url, base, dist, errors });
    if (errors.length && !test.allowConsoleErrors) throw new Error(errors.join('\n'));
    passed++;
    return `  ✓ ${fullName} (${((performance.now() - testStarted) / 1000).toFixed(1)} s)`;
  } catch (error) {
    failed.push(fullName);
    return `  ✗ ${fullName}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`;
  } finally {
    timings.push({ name: fullName, seconds: (performance.now() - testStarted) / 1000 });
    await context.close();
  }
}

const queue = tests
  .map((test) => ({ test, fullName: `${test.file.replace(/\.mjs$/, '')} › ${test.name}` }))
  .filter(({ fullName }) => !filter || fullName.includes(filter));
// The longest tests first (they declare `slow: true`), so the pool does not end waiting on one of them.
queue.sort((a, b) => Number(Boolean(b.test.slow)) - Number(Boolean(a.test.slow)));
await Promise.all(
  Array.from({ length: workers }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) console.log(await runOne(next.test, next.fullName));
  }),
);
await browser.close();
await server.close();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const slowest = timings.sort((a, b) => b.seconds - a.seconds).slice(0, 5);
console.log(`Slowest: ${slowest.map((t) => `${t.name} ${t.seconds.toFixed(1)} s`).join('; ')}`);
console.log(`Browser tests (${executablePath}, ${workers} at a time): ${passed} passed, ${failed.length} failed in ${seconds} s.`);
if (jsonOut) {
  await mkdir(dirname(jsonOut), { recursive: true });
  await writeFile(jsonOut, JSON.stringify({ passed, failed: failed.length }));
}
process.exit(failed.length ? 1 : 0);
