// The GitHub repository the site is built from, for the "edit this page" links and the repository
// link in the header. A fork gets its own links with no edit to the configuration:
//  1. GitHub Actions names the repository (GITHUB_REPOSITORY, GITHUB_SERVER_URL);
//  2. elsewhere, the `origin` remote of the git checkout (https or ssh form);
//  3. otherwise there is none, and the site shows neither link.
import { spawnSync } from 'node:child_process';

/**
 * @typedef {{ url: string, editBase: string }} Repository
 *   url: the repository's home page; editBase: where a file path is appended to edit it.
 */

/**
 * `owner/name` and the server from a git remote URL, if it is a GitHub-style host.
 * @param {string} remote e.g. https://github.com/o/r.git, git@github.com:o/r.git, ssh://git@github.com/o/r
 */
export function parseRemote(remote) {
  const match = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/(?:[^@/]+@)?|[^@/]+@)([^/:]+)(?::\d+)?[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(remote.trim());
  if (!match) return undefined;
  const [, host, owner, name] = match;
  return { server: `https://${host}`, slug: `${owner}/${name}` };
}

/**
 * @param {{ env?: Record<string, string | undefined>, cwd?: string }} [options]
 * @returns {Repository | undefined}
 */
export function siteRepository({ env = process.env, cwd = process.cwd() } = {}) {
  let found;
  if (env.GITHUB_REPOSITORY) found = { server: env.GITHUB_SERVER_URL || 'https://github.com', slug: env.GITHUB_REPOSITORY };
  else {
    const git = spawnSync('git', ['remote', 'get-url', 'origin'], { cwd, encoding: 'utf8' });
    if (git.status === 0) found = parseRemote(git.stdout);
  }
  if (!found) return undefined;
  const url = `${found.server}/${found.slug}`;
  // Edits go to the branch a push built (main for the deployed site), else main. The URL form is
  // GitHub's (Gitea and Forgejo share it).
  const branch = env.GITHUB_EVENT_NAME === 'push' && env.GITHUB_REF_TYPE === 'branch' && env.GITHUB_REF_NAME ? env.GITHUB_REF_NAME : 'main';
  return { url, editBase: `${url}/edit/${branch}/` };
}
