// The base path a built site was built for, read from the site itself, so scripts that serve a
// build (browser tests, budgets, screenshots) need no --base that must match the last build's
// BASE_PATH: `npm test` builds under /k8s-notes/, `npm start` and `npm run build` under /.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliOption, normalizeBase } from './run.mjs';

/**
 * Every page links Astro's bundled assets from `<base>_astro/`; the first such link gives the base.
 * @param {string} dist
 */
export function builtBase(dist) {
  let html;
  try {
    html = readFileSync(join(dist, 'index.html'), 'utf8');
  } catch {
    throw new Error(`No built site in ${dist}/: run \`npm run build\` first.`);
  }
  const match = /(?:href|src)="(\/[^"]*?)_astro\//.exec(html);
  if (!match) throw new Error(`${dist}/index.html links no _astro/ asset: cannot tell the base path it was built for (pass --base).`);
  return normalizeBase(match[1]);
}

/**
 * The base from `--base` when given, else the one the build in `dist` was made for.
 * @param {string} dist
 */
export function baseOfBuild(dist) {
  const given = cliOption('--base', undefined);
  return given ? normalizeBase(given) : builtBase(dist);
}
