// `npm test`: everything, in the order a failure is cheapest to find.
//   1. typecheck: astro check (Astro and MDX components) and tsc (the engine, scripts, tests)
//   2. unit, property and model-based tests (Vitest)
//   3. from a copy of the tree in a folder named `k8s 공부` (a space and Hangul: see
//      scripts/lib/portable-copy.mjs): the production build under a non-root base path, as GitHub
//      Pages serves a project site (written to ./dist), a subset of the unit tests that read files
//      by path, and the lockfile check run as a script
//   4. checks on the built site (links, fragments, languages, titles, search index)
//   5. browser tests in headless Chromium (pages, language and theme, search, the player)
// Every step runs even when an earlier independent one failed, so one run shows every problem;
// steps that need the build are skipped (and counted as failed) when the build fails.
import { readFile, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { run } from './lib/run.mjs';
import { makePortableCopy, PORTABLE_FOLDER } from './lib/portable-copy.mjs';

const BASE = '/k8s-notes/';
// Formatting and lint checks (Biome, `npm run lint` and `npm run format:check`). Off until the
// whole tree has been formatted once with `npm run format` on main; then set to true.
const CHECK_STYLE = false;
// Unit tests that read files by path (notes, goldens, the lockfile, the workflows): the ones a path
// with a space or non-ASCII characters would break. The whole suite runs in place in step 2.
const PORTABLE_UNIT_TESTS = [
  'tests/content/notes-structure.test.ts',
  'tests/content/korean-terms.test.ts',
  'tests/unit/lockfile.test.ts',
  'tests/unit/github-workflows.test.ts',
  'tests/sim/core/kubectlGolden.test.ts',
];
const results = [];
const counts = { passed: 0, failed: 0 };

async function readCounts(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function step(name, command, args, env, cwd) {
  console.log(`\n━━ ${name} ━━`);
  const started = performance.now();
  const code = run(command, args, { env, cwd });
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

if (CHECK_STYLE) {
  // The same commands as `npm run lint` and `npm run format:check`.
  for (const [name, args] of [['lint (biome lint)', ['lint', '.']], ['formatting (biome format)', ['format', '.']]]) {
    const ok = step(name, 'biome', args);
    counts[ok ? 'passed' : 'failed'] += 1;
  }
}

const copyStarted = performance.now();
const copy = makePortableCopy();
const copySeconds = ((performance.now() - copyStarted) / 1000).toFixed(1);
console.log(`\nCopied the tree to ${copy.dir} in ${copySeconds} s.`);
results.push({ name: `copy of the tree in "${PORTABLE_FOLDER}" (node_modules hard-linked)`, ok: true, seconds: copySeconds });
// The repository the site links to ("edit this page", the GitHub icon): GitHub Actions names the
// real one; elsewhere a stand-in, so the test build always has the links to check.
const repository = process.env.GITHUB_REPOSITORY || 'example/k8s-notes';
const built = step(
  `production build in "${PORTABLE_FOLDER}" (BASE_PATH=${BASE})`,
  'astro',
  ['build', '--outDir', resolve('dist')],
  { BASE_PATH: BASE, SITE: 'https://example.github.io', GITHUB_REPOSITORY: repository, ...copy.env },
  copy.dir,
);
const portableUnits = step(`unit tests in "${PORTABLE_FOLDER}" (files read by path)`, 'vitest', ['run', ...PORTABLE_UNIT_TESTS], copy.env, copy.dir);
const lockScript = spawnSync(process.execPath, ['scripts/lockfile-platforms.mjs', '--check'], { cwd: copy.dir, encoding: 'utf8' });
const lockOk = lockScript.status === 0 && lockScript.stdout.includes('package-lock.json');
console.log(`\n━━ lockfile script in "${PORTABLE_FOLDER}" runs as a script ━━\n${lockScript.stdout}${lockScript.stderr}`);
results.push({ name: `lockfile script in "${PORTABLE_FOLDER}"`, ok: lockOk, seconds: '0.0' });
counts[portableUnits ? 'passed' : 'failed'] += 1;
counts[lockOk ? 'passed' : 'failed'] += 1;
copy.remove();

if (built) {
  counts.passed += 1;
  step('built-site checks', 'node', ['scripts/check-site.mjs', '--base', BASE, '--repository', repository, '--json', '.tmp/test-results/site.json']);
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
