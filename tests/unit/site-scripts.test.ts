// The scripts' portable parts: the repository a build links to, the base path read back from a
// build, the browser search on each system, and tool entry points run without shells.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRemote, siteRepository } from '../../src/site/repository.mjs';
import { builtBase } from '../../scripts/lib/built-base.mjs';
import { candidates, howToInstall } from '../../scripts/lib/chrome.mjs';
import { toolScript } from '../../scripts/lib/run.mjs';

describe('the repository a build links to', () => {
  it('reads GitHub remotes in https, ssh and scp form', () => {
    for (const remote of ['https://github.com/me/notes.git', 'git@github.com:me/notes.git', 'ssh://git@github.com/me/notes', 'https://token@github.com/me/notes/']) {
      expect(parseRemote(remote), remote).toEqual({ server: 'https://github.com', slug: 'me/notes' });
    }
    expect(parseRemote('/srv/git/notes')).toBeUndefined();
  });

  it('prefers GitHub Actions, and edits the branch a push built', () => {
    expect(siteRepository({ env: { GITHUB_REPOSITORY: 'fork/k8s', GITHUB_EVENT_NAME: 'push', GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'main' } })).toEqual({
      url: 'https://github.com/fork/k8s',
      editBase: 'https://github.com/fork/k8s/edit/main/',
    });
    // A pull request's merge ref is no branch to edit: the default branch is.
    expect(siteRepository({ env: { GITHUB_REPOSITORY: 'fork/k8s', GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF_NAME: '7/merge' } })?.editBase).toBe(
      'https://github.com/fork/k8s/edit/main/',
    );
  });

  it('has none outside a git checkout with no Actions variables', () => {
    expect(siteRepository({ env: {}, cwd: tmpdir() })).toBeUndefined();
  });
});

describe('the base path of a build', () => {
  it('is read from the asset links of its home page', () => {
    const dist = mkdtempSync(join(tmpdir(), 'built-base-'));
    writeFileSync(join(dist, 'index.html'), '<link rel="stylesheet" href="/k8s-notes/_astro/index.css">');
    expect(builtBase(dist)).toBe('/k8s-notes/');
    writeFileSync(join(dist, 'index.html'), '<script type="module" src="/_astro/page.js"></script>');
    expect(builtBase(dist)).toBe('/');
  });

  it('says how to build when there is no build', () => {
    expect(() => builtBase(join(tmpdir(), 'no-such-dist'))).toThrow(/npm run build/);
  });
});

describe('the browser search', () => {
  it('looks where Chrome and Edge install on Windows and macOS', () => {
    const windows = candidates('win32', { LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files' });
    expect(windows).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows).toContain('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(candidates('darwin', { HOME: '/Users/me' })).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(candidates('linux', {})).toContain('/usr/bin/chromium');
  });

  it('tells each system how to get a browser', () => {
    expect(howToInstall('win32')).toMatch(/Edge/);
    expect(howToInstall('darwin')).toMatch(/brew/);
    expect(howToInstall('linux')).toMatch(/apt-get install chromium/);
  });
});

describe('tools', () => {
  it('start from their JavaScript entry files, which need no shell', () => {
    for (const tool of ['astro', 'tsc', 'vitest', 'biome']) expect(existsSync(toolScript(tool)), tool).toBe(true);
    expect(() => toolScript('bash')).toThrow(/unknown tool/);
  });
});
