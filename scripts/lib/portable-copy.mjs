// A copy of the working tree in a folder whose path has a space and Hangul (`k8s 공부`), for the
// test that the build and the tests work where a reader keeps their notes, on any system:
// URL-encoded paths (`%20`, `%EA%B3%B5`) and "is this the main module" checks break there.
// The copy takes the tree as it is on disk (uncommitted work included) without node_modules,
// which is linked instead (a junction on Windows, which needs no admin rights), and without the
// build output and caches. The build in the copy reads the original repository's git history
// (GIT_DIR/GIT_WORK_TREE), so last-updated dates and the repository link are the real ones.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

/** Top-level entries the copy leaves out: installed packages, build output, caches, git. */
const SKIPPED = new Set(['node_modules', 'dist', '.astro', '.tmp', '.git', 'tests/.artifacts']);

/** The folder name the test uses: a space and Hangul, as a Korean reader might name it. */
export const PORTABLE_FOLDER = 'k8s 공부';

/** The repository's git folder, or undefined outside a git checkout. @param {string} root */
function gitDir(root) {
  const r = spawnSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * @param {string} [root] the repository to copy (default: the current folder)
 * @returns {{ dir: string, env: Record<string, string | undefined>, remove: () => void }}
 */
export function makePortableCopy(root = process.cwd()) {
  const from = resolve(root);
  const parent = mkdtempSync(join(tmpdir(), 'k8s-notes-'));
  const dir = join(parent, PORTABLE_FOLDER);
  cpSync(from, dir, {
    recursive: true,
    filter: (source) => !SKIPPED.has(relative(from, source).split(sep).join('/')),
  });
  symlinkSync(join(from, 'node_modules'), join(dir, 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');
  const git = gitDir(from);
  return {
    dir,
    env: git ? { GIT_DIR: git, GIT_WORK_TREE: dir } : {},
    remove: () => rmSync(parent, { recursive: true, force: true }),
  };
}
