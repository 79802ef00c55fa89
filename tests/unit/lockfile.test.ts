// `npm ci` refuses a lockfile that lacks any platform's optional package, and verifies only the
// packages whose entries carry an integrity hash. npm on our machines leaves some platforms'
// packages out (or in without a hash); scripts/lockfile-platforms.mjs fills them in from the
// registry. This test notices when an `npm install` has dropped them again.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { entriesWithoutIntegrity, missingOptionalEntries } from '../../scripts/lockfile-platforms.mjs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

describe('package-lock.json (run scripts/lockfile-platforms.mjs if these fail)', () => {
  it('lists every optional platform package', () => {
    expect(missingOptionalEntries(lock).map((m) => m.name)).toEqual([]);
  });

  it('gives every registry package an integrity hash, so npm ci verifies all of them', () => {
    expect(entriesWithoutIntegrity(lock)).toEqual([]);
  });

  it('lists the macOS and Windows builds of the native packages', () => {
    for (const key of ['node_modules/@pagefind/darwin-arm64', 'node_modules/@pagefind/windows-x64', 'node_modules/@astrojs/compiler-binding-win32-x64-msvc']) {
      expect(lock.packages[key]?.integrity, key).toMatch(/^sha512-/);
    }
  });
});

describe('the lockfile checks', () => {
  it('find a missing optional package and an entry without a hash', () => {
    const broken = {
      packages: {
        '': {},
        'node_modules/a': { version: '1.0.0', integrity: 'sha512-x', optionalDependencies: { '@a/darwin-arm64': '1.0.0' } },
        'node_modules/b': { version: '1.0.0' },
        'node_modules/c': { link: true, resolved: 'packages/c' },
      },
    };
    expect(missingOptionalEntries(broken).map((m) => m.name)).toEqual(['@a/darwin-arm64']);
    expect(entriesWithoutIntegrity(broken)).toEqual(['node_modules/b']);
  });
});
