// Keeps package-lock.json installable with `npm ci` on every platform.
//
// The npm registry reachable from the project's machines only serves the Linux builds of
// packages that ship one native binary package per platform (Pagefind, Astro's compiler). npm
// then leaves the other platforms' optional packages out of the lockfile, and `npm ci` refuses a
// lockfile that lacks them ("Missing: @pagefind/darwin-arm64@ from lock file"). This script adds
// an entry for each missing platform package, with its os/cpu/libc read from the package name
// (the packages follow the `<os>-<cpu>[-<libc>]` naming). npm skips such entries on other
// platforms without downloading them, and a Mac or Windows machine fetches them from the public
// registry as usual. Run it after `npm install` changes the lockfile: `node scripts/lockfile-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const OS = { darwin: 'darwin', linux: 'linux', win32: 'win32', windows: 'win32', freebsd: 'freebsd', android: 'android' };
const CPU = { arm64: 'arm64', x64: 'x64', ia32: 'ia32', arm: 'arm', wasm32: 'wasm32' };
const LIBC = { gnu: 'glibc', musl: 'musl' };

/** @param {string} name e.g. @pagefind/darwin-arm64, @astrojs/compiler-binding-linux-arm64-musl */
export function platformOf(name) {
  const parts = name.split(/[/-]/);
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = parts.map((p) => CPU[p]).find(Boolean);
  const libc = parts.map((p) => LIBC[p]).find(Boolean);
  if (cpu === 'wasm32') return { cpu: ['wasm32'] };
  if (!os || !cpu) return undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

function main() {
  const path = new URL('../package-lock.json', import.meta.url);
  const lock = JSON.parse(readFileSync(path, 'utf8'));
  const added = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const depKey = `node_modules/${dep}`;
      if (lock.packages[depKey] || (key && lock.packages[`${key}/${depKey}`])) continue;
      const platform = platformOf(dep);
      if (!platform) continue;
      lock.packages[depKey] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
      added.push(`${dep}@${version}`);
    }
  }
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(added.length ? `Added ${added.length} platform entries: ${added.join(', ')}` : 'The lockfile already lists every platform package.');
}

// Run as a script; imported (by the lockfile test) it only provides platformOf.
if (import.meta.url === `file://${process.argv[1]}`) main();
