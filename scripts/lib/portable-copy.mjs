// A copy of the working tree in a folder whose path has a space and Hangul (`k8s 공부`), for the
// test that the build and the tests work where a reader keeps their notes, on any system:
// URL-encoded paths (`%20`, `%EA%B3%B5`) and "is this the main module" checks break there.
// The copy takes the tree as it is on disk (uncommitted work included), without the build output
// and caches. node_modules is hard-linked file by file (a second or two, no disk space): a
// symlinked node_modules does not do, because Astro then resolves its own components outside the
// project and fails. Tool caches inside node_modules are left out, so nothing the build writes
// there can reach the original through a shared file. The copy lives in the repository's .tmp/
// (git-ignored), on the same disk as node_modules, which hard links need. The build in the copy
// reads the original repository's git history (GIT_DIR/GIT_WORK_TREE), so last-updated dates and
// the repository link are the real ones.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, linkSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The folder name the test uses: a space and Hangul, as a Korean reader might name it. */
export const PORTABLE_FOLDER = 'k8s 공부';

/** Entries the copy leaves out: installed packages (linked instead), build output, caches, git. */
const SKIPPED = new Set(['node_modules', 'dist', '.astro', '.tmp', '.git', 'tests/.artifacts']);
/** Caches that tools write inside node_modules. */
const NODE_MODULES_CACHES = new Set(['.vite', '.vite-temp', '.vitest-cache', '.astro', '.cache']);

/** The repository's git folder, or undefined outside a git checkout. @param {string} root */
function gitDir(root) {
  const r = spawnSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * Recreates a folder tree with hard links to its files (a copy where linking is refused).
 * @param {string} from @param {string} to @param {(name: string) => boolean} [keep]
 */
function linkTree(from, to, keep = () => true) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (!keep(entry.name)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/**
 * @param {string} [root] the repository to copy (default: the current folder)
 * @returns {{ dir: string, env: Record<string, string>, remove: () => void }}
 */
export function makePortableCopy(root = process.cwd()) {
  const from = resolve(root);
  const parent = join(from, '.tmp', 'portable');
  rmSync(parent, { recursive: true, force: true });
  const dir = join(parent, PORTABLE_FOLDER);
  // Entry by entry: cpSync refuses to copy a folder into its own .tmp/.
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(from)) {
    if (SKIPPED.has(name)) continue;
    cpSync(join(from, name), join(dir, name), {
      recursive: true,
      filter: (source) => !SKIPPED.has(relative(from, source).split(sep).join('/')),
    });
  }
  linkTree(join(from, 'node_modules'), join(dir, 'node_modules'), (name) => !NODE_MODULES_CACHES.has(name));
  const git = gitDir(from);
  return {
    dir,
    env: git ? { GIT_DIR: git, GIT_WORK_TREE: dir } : {},
    remove: () => rmSync(parent, { recursive: true, force: true }),
  };
}
