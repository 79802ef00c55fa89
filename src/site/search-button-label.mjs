// Starlight's search button is named "Search"/"검색" (aria-label) but also shows the shortcut
// (Ctrl K) as text, so its visible text is not part of its accessible name: WCAG 2.5.3 "Label in
// Name", axe's label-content-name-mismatch (serious). The shortcut is already announced through
// the button's aria-keyshortcuts, so this Vite plugin hides the keycaps from assistive technology
// in Starlight's Search component (the component cannot be configured for it, and overriding it
// would mean copying all of it). It patches the component's source as it is loaded, before
// Astro compiles it.
import { readFileSync } from 'node:fs';

const SEARCH_COMPONENT = /@astrojs[\\/]starlight[\\/](dist[\\/])?components[\\/]Search\.astro$/;
const KEYCAPS = '<kbd class="sl-hidden md:sl-flex" style="display: none;">';

/** The component's source with the keycaps hidden from assistive technology. @param {string} source */
export function hideSearchKeycaps(source) {
  // Fail the build loudly if a Starlight update changed the markup, rather than ship the violation.
  if (!source.includes(KEYCAPS)) throw new Error("Starlight's search shortcut markup changed; update src/site/search-button-label.mjs");
  return source.replace(KEYCAPS, KEYCAPS.replace('<kbd ', '<kbd aria-hidden="true" '));
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
