// The search button's keycaps are hidden from assistive technology (WCAG 2.5.3, Label in Name):
// checked against the installed Starlight, so an update that changes its markup fails here first.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hideSearchKeycaps } from '../../src/site/search-button-label.mjs';

// The package's exports hide its files from require.resolve: read the installed copy.
const source = readFileSync('node_modules/@astrojs/starlight/dist/components/Search.astro', 'utf8');

describe("Starlight's search button", () => {
  it('keeps its name and shortcut, and hides the keycaps from assistive technology', () => {
    const patched = hideSearchKeycaps(source);
    expect(patched).toContain('<kbd aria-hidden="true" class="sl-hidden md:sl-flex"');
    expect(patched).toContain('aria-keyshortcuts="Control+K"');
    expect(patched).toContain("aria-label={Astro.locals.t('search.label')}");
    // The keycaps hold no text: their letters come from CSS, and the Apple key is set the same way.
    expect(patched).not.toMatch(/<kbd>[^<]+<\/kbd>/);
    expect(patched).toContain("platformKey.dataset.key = '⌘'");
  });

  it('stops the build when the markup is not the one it knows', () => {
    expect(() => hideSearchKeycaps('<button></button>')).toThrow(/markup changed/);
  });
});
