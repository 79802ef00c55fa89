// Pagefind UI as Starlight's search creates it, with our result processing after Starlight's.
// Starlight sets Pagefind UI's `processResult` itself and does not let a site add one, so the
// Vite plugin in korean-search-plugin.mjs points Starlight's import of '@pagefind/default-ui' at
// this module, whose PagefindUI hands every result to Starlight's function and then to ours.
// @ts-expect-error: @pagefind/default-ui ships no types
import { PagefindUI as DefaultPagefindUI } from '@pagefind/default-ui';
import { lastQueryWords } from './korean-query.ts';
import { refineResult, type ResultData } from './search-results.ts';

type ProcessResult = (result: ResultData) => ResultData | void;

export class PagefindUI extends DefaultPagefindUI {
  constructor(options: { processResult?: ProcessResult } & Record<string, unknown>) {
    const starlightProcess = options.processResult;
    super({
      ...options,
      processResult: (result: ResultData) => {
        const processed = starlightProcess?.(result) ?? result;
        try {
          return refineResult(processed, lastQueryWords());
        } catch (error) {
          // A result we cannot refine is still a result: show it as Starlight made it.
          console.warn('Search: could not order the sections of a result', error);
          return processed;
        }
      },
    });
  }
}
