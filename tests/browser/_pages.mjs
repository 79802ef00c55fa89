// Helpers shared by the browser tests (files starting with `_` are not test modules).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every built page, as a path relative to the base ('' for the home page). @param {string} dist */
export function builtPages(dist) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro' && name !== 'og') walk(full);
      } else if (name === 'index.html') {
        out.push(relative(dist, dir).split(sep).join('/'));
      }
    }
  };
  walk(dist);
  return out.map((p) => (p ? `${p}/` : '')).sort();
}
