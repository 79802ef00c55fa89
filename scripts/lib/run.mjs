// Small process helpers shared by the project's scripts.
import { spawnSync } from 'node:child_process';

/**
 * Runs a command with inherited output and returns its exit code. Tools from node_modules/.bin
 * are found because npm puts that folder first on PATH for every script.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: Record<string, string | undefined>, cwd?: string }} [options]
 */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
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
