// Starlight builds its search on Pagefind UI but does not let a site pass functions to it.
// Pagefind does not segment Korean, so a query word that carries a particle ("컨트롤러를")
// misses text that uses another one ("컨트롤러가"). Starlight spreads a virtual module,
// `virtual:starlight/pagefind-config`, into the Pagefind UI options; this Vite plugin resolves
// that module first and adds `processTerm`, which strips particles from each query word.
import { fileURLToPath } from 'node:url';

const VIRTUAL_ID = 'virtual:starlight/pagefind-config';
const RESOLVED_ID = '\0k8s-notes:pagefind-config';
const queryModule = fileURLToPath(new URL('./korean-query.ts', import.meta.url));

/** @param {Record<string, unknown>} [pagefindOptions] the same options given to Starlight's `pagefind` */
export function koreanSearchConfig(pagefindOptions = {}) {
  return {
    name: 'k8s-notes-korean-search',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} id */
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    /** @param {string} id */
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return [
        `import { normalizeQuery } from ${JSON.stringify(queryModule)};`,
        `export const pagefindUserConfig = { ...${JSON.stringify(pagefindOptions)}, processTerm: normalizeQuery };`,
      ].join('\n');
    },
  };
}
