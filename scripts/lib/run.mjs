// Small process helpers shared by the project's scripts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The package that provides each command-line tool the scripts run. */
const TOOL_PACKAGES = { astro: 'astro', tsc: 'typescript', vitest: 'vitest', biome: '@biomejs/biome' };

/**
 * The JavaScript file behind a tool's command, read from its package's `bin` field. Running that
 * file with this very Node works the same on Linux, macOS and Windows: no shell, no `.cmd` shims
 * from node_modules/.bin (which spawn cannot start on Windows), and paths with spaces or
 * non-ASCII characters pass through untouched.
 * @param {string} tool
 */
export function toolScript(tool) {
  const name = TOOL_PACKAGES[/** @type {keyof typeof TOOL_PACKAGES} */ (tool)];
  if (!name) throw new Error(`unknown tool ${tool}: add it to TOOL_PACKAGES in scripts/lib/run.mjs`);
  const manifestPath = require.resolve(`${name}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const relative = typeof bin === 'string' ? bin : bin[tool];
  return join(dirname(manifestPath), relative);
}

/**
 * Runs `node` or one of the project's tools with inherited output and returns its exit code.
 * @param {string} command 'node' or a key of TOOL_PACKAGES
 * @param {string[]} args
 * @param {{ env?: Record<string, string | undefined>, cwd?: string }} [options]
 */
export function run(command, args, options = {}) {
  const argv = command === 'node' ? args : [toolScript(command), ...args];
  const result = spawnSync(process.execPath, argv, {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    cwd: options.cwd,
  });
  if (result.error) {
    console.error(`Could not start ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

/** Normalises a base path to the form Astro uses: leading and trailing slash. */
export function normalizeBase(base = '/') {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The value after `--name` on the command line, or the fallback: the scripts' only option form.
 * @param {string} name
 * @param {string | undefined} fallback
 */
export function cliOption(name, fallback) {
  const args = process.argv.slice(2);
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
}
