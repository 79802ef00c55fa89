// Starlight's search button is named "Search"/"검색" (aria-label) but also shows its shortcut
// (Ctrl K, ⌘ K on Apple systems) as text, so its visible text is not contained in its accessible
// name: WCAG 2.5.3 "Label in Name", axe's label-content-name-mismatch (serious). The shortcut is
// announced through the button's aria-keyshortcuts already. This Vite plugin patches Starlight's
// Search component as it is loaded (before Astro compiles it; the component cannot be configured
// for this, and overriding it would mean copying all of it): the keycaps draw their letters with
// CSS generated content (components/styles/site.css), which is not text of the button, and are
// hidden from assistive technology.
import { readFileSync } from 'node:fs';

const SEARCH_COMPONENT = /@astrojs[\\/]starlight[\\/](dist[\\/])?components[\\/]Search\.astro$/;

/** [Starlight's markup, the patched markup]: each must be found exactly as written. */
const PATCHES = [
  ['<kbd class="sl-hidden md:sl-flex" style="display: none;">', '<kbd aria-hidden="true" class="sl-hidden md:sl-flex" style="display: none;">'],
  ["<kbd>{Astro.locals.t('search.ctrlKey')}</kbd><kbd>K</kbd>", "<kbd data-key={Astro.locals.t('search.ctrlKey')}></kbd><kbd data-key=\"K\"></kbd>"],
  ["platformKey.textContent = '⌘';", "platformKey.dataset.key = '⌘';"],
];

/** The component's source with the keycaps' letters out of the button's text. @param {string} source */
export function hideSearchKeycaps(source) {
  let patched = source;
  for (const [from, to] of PATCHES) {
    // Fail the build loudly if a Starlight update changed the markup, rather than ship the violation.
    if (!patched.includes(from)) throw new Error(`Starlight's search button markup changed (${from}); update src/site/search-button-label.mjs`);
    patched = patched.replace(from, to);
  }
  return patched;
}

export function searchButtonLabel() {
  return {
    name: 'k8s-notes-search-button-label',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} id */
    load(id) {
      // The component itself, not its style and script sub-modules (`Search.astro?astro&type=style`).
      if (!SEARCH_COMPONENT.test(id)) return undefined;
      return hideSearchKeycaps(readFileSync(id, 'utf8'));
    },
  };
}
