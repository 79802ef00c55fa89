// Glossary tooltips in the notes (src/site/glossary-plugin.ts, components/styles/glossary.css),
// with JavaScript turned off: the first use of a term shows its definition and its other-language
// name on hover and on keyboard focus, the browser exposes the definition as the link's
// accessible description, and the link lands on the entry of the glossary page.

/** [note path under the base, language, the term's glossary id, words its tooltip shows] */
const CASES = [
  ['pods/', 'ko', 'pod', ['Pod', '가장 작은 단위']],
  ['en/services/', 'en', 'service', ['서비스', 'stable virtual IP']],
];

/** The accessible description Chromium computes for the first element matching `selector`. */
async function accessibleDescription(context, page, selector) {
  const cdp = await context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  return nodes[0]?.description?.value ?? '';
}

export const tests = CASES.flatMap(([path, lang, id, words]) => [
  {
    name: `${path}: without JavaScript, the first "${id}" shows its definition on hover and focus, and describes the link`,
    async run({ browser, baseUrl }) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(baseUrl + path);
        const term = page.locator(`a.gloss-term[aria-describedby="gloss-${id}"]`);
        const tip = page.locator(`#gloss-${id}`);
        if ((await term.count()) !== 1) throw new Error(`expected one annotated "${id}", found ${await term.count()}`);
        if (await tip.isVisible()) throw new Error('the definition shows before any hover or focus');

        await term.hover();
        if (!(await tip.isVisible())) throw new Error('the definition does not show on hover');
        const text = await tip.innerText();
        for (const word of words) if (!text.includes(word)) throw new Error(`the definition "${text}" lacks "${word}"`);
        const otherLang = await tip.locator('.gloss-name').getAttribute('lang');
        if (otherLang !== (lang === 'ko' ? 'en' : 'ko')) throw new Error(`the other-language name is marked lang="${otherLang}"`);

        await page.mouse.move(0, 0);
        if (await tip.isVisible()) throw new Error('the definition stays after the pointer leaves');

        // Keyboard: Tab until the term has focus (it is the page's first link to this entry).
        for (let i = 0; i < 300; i++) {
          await page.keyboard.press('Tab');
          if (await term.evaluate((el) => el === document.activeElement)) break;
        }
        if (!(await term.evaluate((el) => el === document.activeElement))) throw new Error('Tab never reached the term');
        if (!(await tip.isVisible())) throw new Error('the definition does not show on keyboard focus');

        const description = await accessibleDescription(context, page, `a.gloss-term[aria-describedby="gloss-${id}"]`);
        for (const word of words) if (!description.includes(word)) throw new Error(`accessible description "${description}" lacks "${word}"`);

        const expected = new URL(baseUrl).pathname + (lang === 'en' ? 'en/' : '') + `glossary/#${id}`;
        if ((await term.getAttribute('href')) !== expected) throw new Error(`the term links to ${await term.getAttribute('href')}, not ${expected}`);
        await term.click();
        await page.waitForURL((url) => url.pathname + url.hash === expected);
        if ((await page.locator(`h3#${id}`).count()) !== 1) throw new Error(`the glossary page has no entry #${id}`);
      } finally {
        await context.close();
      }
    },
  },
]);
