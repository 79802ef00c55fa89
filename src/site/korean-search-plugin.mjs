// Starlight builds its search on Pagefind UI but does not let a site pass functions to it.
// Pagefind does not segment Korean, so a query word that carries a particle ("컨트롤러를")
// misses text that uses another one ("컨트롤러가"). Starlight spreads a virtual module,
// `virtual:starlight/pagefind-config`, into the Pagefind UI options; this Vite plugin resolves
// that module first and adds `processTerm`, which strips particles from each query word and
// rewrites learners' words to the notes' words (korean-query.ts).
import { fileURLToPath } from 'node:url';

const VIRTUAL_ID = 'virtual:starlight/pagefind-config';
const RESOLVED_ID = '\0k8s-notes:pagefind-config';
const queryModule = fileURLToPath(new URL('./korean-query.ts', import.meta.url));
// Starlight imports Pagefind UI itself; its import is pointed at our subclass (pagefind-ui.ts),
// which adds result processing after Starlight's (see that file). The subclass's own import of
// the package resolves normally.
const PAGEFIND_UI_ID = '@pagefind/default-ui';
const pagefindUiModule = fileURLToPath(new URL('./pagefind-ui.ts', import.meta.url));

/** @param {Record<string, unknown>} [pagefindOptions] the same options given to Starlight's `pagefind` */
export function koreanSearchConfig(pagefindOptions = {}) {
  return {
    name: 'k8s-notes-korean-search',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} id @param {string | undefined} importer */
    resolveId(id, importer) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === PAGEFIND_UI_ID && importer && !importer.startsWith(pagefindUiModule)) return pagefindUiModule;
      return undefined;
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
