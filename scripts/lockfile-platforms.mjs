// Keeps package-lock.json installable and verifiable with `npm ci` on every platform.
//
// npm on the project's machines leaves some other platforms' optional packages (Pagefind's and
// Astro's compiler's per-platform binaries) out of the lockfile, and `npm ci` on a Mac or Windows
// then refuses it ("Missing: @pagefind/darwin-arm64@ from lock file"). This script adds an entry
// for each missing platform package and completes entries that lack an integrity hash, with the
// package's own metadata from the registry: version, tarball, integrity (sha512), os/cpu/libc and
// licence. Every entry then carries an integrity hash, so `npm ci` verifies every package it
// downloads on any platform. npm skips entries whose os/cpu do not match without downloading them.
// Run it after `npm install` changes the lockfile: `node scripts/lockfile-platforms.mjs`
// (`--check` only reports, without the network and without writing).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The registry npm uses (npm passes it to scripts; the public one otherwise). */
const REGISTRY = (process.env.npm_config_registry || 'https://registry.npmjs.org/').replace(/\/?$/, '/');

/**
 * @typedef {{ version?: string, resolved?: string, integrity?: string, link?: boolean, dev?: boolean,
 *   optional?: boolean, peer?: boolean, optionalDependencies?: Record<string, string> }} LockEntry
 * @typedef {{ packages: Record<string, LockEntry> }} Lockfile
 */

/**
 * Lockfile entries that are installed from the registry but carry no integrity hash.
 * @param {Lockfile} lock
 */
export function entriesWithoutIntegrity(lock) {
  return Object.entries(lock.packages)
    .filter(([key, entry]) => key !== '' && !entry.link && !entry.integrity && !(entry.resolved && !entry.resolved.startsWith('http')))
    .map(([key]) => key);
}

/**
 * Optional dependencies that have no lockfile entry (npm ci refuses such a lockfile).
 * @param {Lockfile} lock
 * @returns {{ key: string, name: string, range: string, dev: boolean }[]}
 */
export function missingOptionalEntries(lock) {
  const missing = new Map();
  for (const [key, entry] of Object.entries(lock.packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const depKey = `node_modules/${name}`;
      if (lock.packages[depKey] || (key && lock.packages[`${key}/${depKey}`])) continue;
      missing.set(depKey, { key: depKey, name, range, dev: Boolean(entry.dev) });
    }
  }
  return [...missing.values()];
}

/** The package name inside a lockfile key: node_modules/a/node_modules/@s/b → @s/b. */
const nameOfKey = (key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** @param {string} name @param {string} version */
async function manifest(name, version) {
  const url = `${REGISTRY}${name.replace('/', '%2f')}/${encodeURIComponent(version)}`;
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return /** @type {any} */ (await response.json());
}

/** A lockfile entry in npm's own field set and order, from a registry manifest. */
function entryFrom(meta, { dev, optional }) {
  return {
    version: meta.version,
    resolved: meta.dist.tarball,
    integrity: meta.dist.integrity,
    ...(meta.cpu ? { cpu: meta.cpu } : {}),
    ...(dev ? { dev: true } : {}),
    ...(meta.license ? { license: meta.license } : {}),
    ...(meta.libc ? { libc: meta.libc } : {}),
    ...(optional ? { optional: true } : {}),
    ...(meta.os ? { os: meta.os } : {}),
    ...(meta.engines ? { engines: meta.engines } : {}),
  };
}

async function main() {
  const path = resolve(fileURLToPath(new URL('../package-lock.json', import.meta.url)));
  const lock = JSON.parse(readFileSync(path, 'utf8'));
  if (process.argv.includes('--check')) {
    const problems = [...missingOptionalEntries(lock).map((m) => `missing ${m.name}`), ...entriesWithoutIntegrity(lock).map((k) => `no integrity: ${k}`)];
    console.log(problems.length ? `package-lock.json needs \`node scripts/lockfile-platforms.mjs\`: ${problems.join(', ')}` : 'package-lock.json: every platform package is listed with its integrity hash.');
    process.exitCode = problems.length ? 1 : 0;
    return;
  }
  const changed = [];
  for (const { key, name, range, dev } of missingOptionalEntries(lock)) {
    // Platform packages pin an exact version; a range would need the registry's dist-tags.
    const meta = await manifest(name, range.replace(/^[\^~=]/, ''));
    lock.packages[key] = entryFrom(meta, { dev, optional: true });
    changed.push(`added ${name}@${meta.version}`);
  }
  for (const key of entriesWithoutIntegrity(lock)) {
    const entry = lock.packages[key];
    const meta = await manifest(nameOfKey(key), entry.version);
    lock.packages[key] = { ...entryFrom(meta, { dev: entry.dev, optional: entry.optional }), ...(entry.peer ? { peer: true } : {}) };
    changed.push(`completed ${nameOfKey(key)}@${meta.version}`);
  }
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(changed.length ? `${changed.length} lockfile entries: ${changed.join(', ')}` : 'The lockfile already lists every platform package, each with its integrity hash.');
}

// Run as a script (any path, spaces and non-ASCII included); imported by the lockfile test it
// only provides the checks.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
