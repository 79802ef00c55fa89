// `npm ci` refuses a lockfile that lacks any platform's optional package; the registry our
// machines reach omits non-Linux builds, so scripts/lockfile-platforms.mjs fills them in. This
// test notices when an `npm install` has dropped them again.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { platformOf } from '../../scripts/lockfile-platforms.mjs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { optionalDependencies?: Record<string, string> }>;
};

describe('package-lock.json', () => {
  it('lists every optional platform package (run scripts/lockfile-platforms.mjs if not)', () => {
    const missing: string[] = [];
    for (const [key, entry] of Object.entries(lock.packages)) {
      for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
        if (!lock.packages[`node_modules/${dep}`] && !lock.packages[`${key}/node_modules/${dep}`]) missing.push(dep);
      }
    }
    expect(missing).toEqual([]);
  });

  it('reads platforms from package names', () => {
    expect(platformOf('@pagefind/darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] });
    expect(platformOf('@astrojs/compiler-binding-linux-arm64-musl')).toEqual({ os: ['linux'], cpu: ['arm64'], libc: ['musl'] });
    expect(platformOf('@pagefind/windows-x64')).toEqual({ os: ['win32'], cpu: ['x64'] });
  });
});
