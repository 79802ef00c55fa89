// `npm test`: everything, in the order a failure is cheapest to find.
//   1. typecheck: astro check (Astro and MDX components) and tsc (the engine, scripts, tests)
//   2. unit, property and model-based tests (Vitest)
//   3. a production build under a non-root base path, as GitHub Pages serves a project site
//   4. checks on the built site (links, fragments, languages, titles, search index)
//   5. browser tests in headless Chromium (pages, language and theme, search, the player)
// Every step runs even when an earlier independent one failed, so one run shows every problem;
// steps that need the build are skipped (and counted as failed) when the build fails.
import { readFile, rm } from 'node:fs/promises';
import { run } from './lib/run.mjs';

const BASE = '/k8s-notes/';
const results = [];
const counts = { passed: 0, failed: 0 };

async function readCounts(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function step(name, command, args, env) {
  console.log(`\n━━ ${name} ━━`);
  const started = performance.now();
  const code = run(command, args, { env });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: code === 0, seconds });
  return code === 0;
}

await rm('.tmp/test-results', { recursive: true, force: true });

const typesOk = step('typecheck: astro check', 'astro', ['check', '--minimumSeverity', 'warning']);
const tscOk = step('typecheck: tsc', 'tsc', ['--noEmit', '-p', 'tsconfig.json']);
counts.passed += Number(typesOk) + Number(tscOk);
counts.failed += Number(!typesOk) + Number(!tscOk);

step('unit tests (vitest)', 'vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/test-results/vitest.json']);
const vitest = await readCounts('.tmp/test-results/vitest.json');
if (vitest) {
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests + (vitest.numFailedTestSuites ?? 0);
} else counts.failed += 1;

const built = step(`production build (BASE_PATH=${BASE})`, 'astro', ['build'], { BASE_PATH: BASE, SITE: 'https://example.github.io' });
if (built) {
  counts.passed += 1;
  step('built-site checks', 'node', ['scripts/check-site.mjs', '--base', BASE, '--json', '.tmp/test-results/site.json']);
  step('browser tests (headless Chromium)', 'node', ['scripts/browser-tests.mjs', '--base', BASE, '--json', '.tmp/test-results/browser.json']);
  for (const file of ['site.json', 'browser.json']) {
    const c = await readCounts(`.tmp/test-results/${file}`);
    if (c) {
      counts.passed += c.passed;
      counts.failed += c.failed;
    } else counts.failed += 1;
  }
} else {
  counts.failed += 3;
  results.push({ name: 'built-site checks and browser tests', ok: false, seconds: '0.0', skipped: true });
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name}${r.skipped ? ' (skipped: the build failed)' : ''} (${r.seconds} s)`);
const ok = results.every((r) => r.ok);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(ok && counts.failed === 0 ? 0 : 1);
