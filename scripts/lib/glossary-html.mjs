// Reading the glossary tooltips of a built note page (see src/site/glossary-plugin.ts): each term
// is a link with aria-describedby, followed by its definition, a hidden role="tooltip" span.

/**
 * @param {string} html
 * @returns {{ href: string, describedBy: string, text: string }[]}
 */
export function glossaryTerms(html) {
  return [...html.matchAll(/<a class="gloss-term" href="([^"]*)" aria-describedby="([^"]*)">([^<]*)<\/a>/g)].map((m) => ({
    href: m[1],
    describedBy: m[2],
    text: m[3],
  }));
}

/**
 * The definition spans by id: whether each is a hidden tooltip, and its text.
 * @param {string} html
 * @returns {Map<string, { tooltip: boolean, hidden: boolean, text: string }>}
 */
export function glossaryDefinitions(html) {
  const found = new Map();
  for (const m of html.matchAll(/<span id="([^"]*)"([^>]*)>((?:<span[^>]*>[^<]*<\/span>|[^<])*)<\/span>/g)) {
    const attributes = m[2];
    if (!/class="gloss-tip"/.test(attributes)) continue;
    found.set(m[1], {
      tooltip: /role="tooltip"/.test(attributes),
      hidden: /\shidden(\s|=|$)/.test(attributes),
      text: m[3].replace(/<[^>]+>/g, '').trim(),
    });
  }
  return found;
}
