// Just enough HTML reading for the site checks: the built pages are machine-written by Astro,
// so attribute extraction by pattern is reliable here.

/** @param {string} value */
export function decodeEntities(value) {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Every URL a page refers to: links, scripts, images, stylesheets, srcset candidates.
 * @param {string} html
 * @returns {{ attr: string, url: string }[]}
 */
export function referencedUrls(html) {
  const found = [];
  for (const match of html.matchAll(/\s(href|src|srcset|poster|data-src)=(?:"([^"]*)"|'([^']*)')/g)) {
    const attr = match[1];
    const raw = decodeEntities(match[2] ?? match[3] ?? '');
    if (attr === 'srcset') {
      for (const candidate of raw.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) found.push({ attr, url });
      }
    } else {
      found.push({ attr, url: raw });
    }
  }
  return found;
}

/** @param {string} html */
export function elementIds(html) {
  const ids = new Set();
  for (const match of html.matchAll(/\sid=(?:"([^"]*)"|'([^']*)')/g)) ids.add(decodeEntities(match[1] ?? match[2] ?? ''));
  return ids;
}

/** @param {string} html */
export function documentFacts(html) {
  const lang = html.match(/<html[^>]*\slang="([^"]*)"/)?.[1] ?? '';
  const title = decodeEntities(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '').trim();
  const description = decodeEntities(html.match(/<meta\s+name="description"\s+content="([^"]*)"/)?.[1] ?? '').trim();
  return { lang, title, description };
}

/**
 * Replaces every element whose opening tag matches `openPattern` (a div) with an empty div of the
 * same class, balancing nested divs. Used to leave third-party widget markup (Expressive Code's
 * code frames put block elements inside <code> by design) out of HTML validation.
 * @param {string} html
 * @param {RegExp} openPattern a global pattern matching the opening <div ...> tag
 */
export function withoutDivSubtrees(html, openPattern) {
  let out = '';
  let index = 0;
  for (const match of html.matchAll(openPattern)) {
    if (match.index < index) continue; // nested inside a subtree already removed
    out += html.slice(index, match.index) + '<div class="removed-for-validation"></div>';
    let depth = 0;
    const tags = /<div\b|<\/div>/g;
    tags.lastIndex = match.index;
    let end = html.length;
    for (let tag; (tag = tags.exec(html)); ) {
      depth += tag[0] === '</div>' ? -1 : 1;
      if (depth === 0) {
        end = tags.lastIndex;
        break;
      }
    }
    index = end;
  }
  return out + html.slice(index);
}
