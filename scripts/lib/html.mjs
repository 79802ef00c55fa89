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
