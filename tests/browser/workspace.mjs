// Browser tests of the workspace (issue 11, "the cluster follows the reader"): on every note in both
// languages, at 1280x800 (docked panel) and 390x844 (bottom sheet), a Run button in the middle of the
// note runs its command in the workspace without moving the page. Plus: no workspace code before the
// first Run, keyboard (focus in, Escape back, the splitter), reset with undo, and axe on the open dock.
// One page load per note per viewport; waits are on selectors only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { noteSlugs } from '../../src/site/notes.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The notes that embed a simulation (every note today), in both languages. */
function notePaths(dist) {
  return ['', 'en/'].flatMap((prefix) =>
    noteSlugs.map((slug) => `${prefix}${slug}/`).filter((path) => readFileSync(`${dist}/${path}index.html`, 'utf8').includes('data-ws="')),
  );
}

/**
 * Scrolls a Run button in the middle of the note to the middle of the window, presses it, and checks
 * that the page did not move and that the command and its output are on screen in the workspace.
 * @param {import('playwright-core').Page} page
 */
async function runInTheMiddle(page, path, tap) {
  // Run buttons in a closed <details> or an inactive tab are not on screen: the middle visible one.
  const buttons = page.locator('.sl-markdown-content .sim-run:visible');
  const count = await buttons.count();
  assert(count > 0, `${path}: no Run button`);
  const button = buttons.nth(Math.floor(count / 2));
  await button.evaluate((b) => b.scrollIntoView({ block: 'center', behavior: 'instant' }));
  // A player on screen hydrates into its live (taller) form, which can move the text below it: that
  // happens without any Run (a known issue of the inline player), so it is waited for, and the button
  // brought back to the middle of the window before the page's position is taken.
  if (await page.evaluate(() => ((r) => r.bottom > 0 && r.top < innerHeight)(document.querySelector('.ws').getBoundingClientRect()))) {
    await page.waitForSelector('.ws .sim-player:not(.sim-static) .sim-controls');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await button.evaluate((b) => b.scrollIntoView({ block: 'center', behavior: 'instant' }));
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const before = await page.evaluate(() => scrollY);
  const buttonTopBefore = (await button.boundingBox()).y;
  const commands = JSON.parse(await button.getAttribute('data-sim-run'));
  const last = commands[commands.length - 1];
  // Pressed where it is (Playwright's own tap/click would scroll an element it thinks is covered).
  const at = await button.boundingBox();
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.sim-run') !== null, { x: at.x + at.width / 2, y: at.y + at.height / 2 });
  assert(hit, `${path}: the Run button in the middle of the note is covered`);
  if (tap) await page.touchscreen.tap(at.x + at.width / 2, at.y + at.height / 2);
  else await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
  // The command's transcript entry has its result (no "running…" after it).
  await page.waitForFunction(
    (cmd) => {
      const out = document.querySelector('.ws[data-ws-state="docked"] .sim-terminal-output');
      const shown = [...(out?.querySelectorAll('.sim-command') ?? [])].map((c) => c.textContent);
      return shown.at(-1) === cmd && !out.querySelector('.sim-running');
    },
    last,
    { timeout: 30_000 },
  ).catch((e) => {
    throw new Error(`${path}: "${last}" did not appear in the workspace's terminal (${e.message.split('\n')[0]})`);
  });
  const state = await page.evaluate((cmd) => {
    const ws = document.querySelector('.ws[data-ws-state="docked"]');
    const out = ws.querySelector('.sim-terminal-output');
    const command = [...out.querySelectorAll('.sim-command')].at(-1);
    // On screen: inside the window, the panel and the terminal's box (which scrolls).
    const box = (el) => el.getBoundingClientRect();
    const shown = [box(ws), box(out), { top: 0, bottom: innerHeight }];
    const top = Math.max(...shown.map((r) => r.top));
    const bottom = Math.min(...shown.map((r) => r.bottom));
    const line = box(command);
    const text = out.textContent ?? '';
    const output = text.slice(text.lastIndexOf(`$ ${cmd}`) + cmd.length + 2).trim();
    // The command's line, and at least the first line under it (its output), are visible.
    return { scrollY, output, commandVisible: line.top >= top - 1 && line.bottom + line.height <= bottom + 1 };
  }, last);
  // The reader's place: the text around the Run button stays where it was on screen.
  const buttonTopAfter = (await button.boundingBox()).y;
  assert(Math.abs(buttonTopAfter - buttonTopBefore) <= 1, `${path}: the text moved on screen from ${buttonTopBefore} to ${buttonTopAfter} when Run was pressed`);
  // And the page's scroll position is unchanged, unless the player itself stood above the button:
  // its placeholder in the note can differ in height from the live player it replaces (a known gap,
  // listed in the closing note of the workspace issue), and the workspace then scrolls by exactly
  // that difference to keep the text in place (checked above).
  const playerAbove = await button.evaluate((b) => {
    const holder = document.querySelector('.ws');
    return !!holder && (holder.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && b.getBoundingClientRect().top - holder.getBoundingClientRect().bottom < innerHeight;
  });
  assert(playerAbove || Math.abs(state.scrollY - before) <= 1, `${path}: the page moved from ${before} to ${state.scrollY} when Run was pressed`);
  assert(state.commandVisible, `${path}: the command "${last}" or the first line of its output is not on screen in the workspace`);
  return { output: state.output, last };
}

/** @param {import('playwright-core').Browser} browser */
async function everyNote(browser, baseUrl, dist, options) {
  const context = await browser.newContext(options);
  // Every note starts with the workspace closed (the first Run opens it), as for a new reader.
  await context.addInitScript(() => localStorage.removeItem('k8s-notes:workspace'));
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const silent = [];
  try {
    for (const path of notePaths(dist)) {
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      const { output, last } = await runInTheMiddle(page, path, options.hasTouch);
      if (!output) silent.push(`${path} ${last}`);
    }
  } finally {
    await context.close();
  }
  assert(errors.length === 0, errors.join('\n'));
  // A command with no output at all is allowed (e.g. an alias), but say so.
  if (silent.length) console.log(`    (commands without output: ${silent.join('; ')})`);
}

export const tests = [
  {
    name: 'docked panel at 1280x800: Run in the middle of every note (both languages) keeps the page still and shows the command and its output',
    async run({ browser, baseUrl, dist }) {
      await everyNote(browser, baseUrl, dist, { viewport: { width: 1280, height: 800 } });
    },
  },
  {
    name: 'bottom sheet at 390x844: Run in the middle of every note (both languages) keeps the page still and shows the command and its output',
    async run({ browser, baseUrl, dist }) {
      await everyNote(browser, baseUrl, dist, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    },
  },
  {
    name: 'the workspace loads no code before it is wanted; docking keeps the text column’s width; keyboard: focus in, Escape back, splitter, close',
    viewport: { width: 1280, height: 800 },
    async run({ page, baseUrl }) {
      const scripts = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
      await page.goto(baseUrl + 'pods/', { waitUntil: 'load' });
      const island = await page.locator('.ws astro-island').first().getAttribute('component-url');
      assert(island && !scripts.includes(new URL(island, baseUrl).pathname), 'the workspace island was fetched before any Run');
      const textWidth = () => page.evaluate(() => document.querySelector('.sl-markdown-content').getBoundingClientRect().width);
      const widthBefore = await textWidth();
      const button = page.locator('.sl-markdown-content .sim-run').nth(2);
      await button.evaluate((b) => b.scrollIntoView({ block: 'center', behavior: 'instant' }));
      await button.focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('.ws[data-ws-state="docked"] .ws-heading');
      assert(scripts.includes(new URL(island, baseUrl).pathname), 'the workspace island was not fetched on Run');
      assert((await textWidth()) === widthBefore, `docking changed the text column's width (${widthBefore} → ${await textWidth()})`);
      // Focus is in the panel (its heading, then the terminal input on a fine pointer).
      await page.waitForFunction(() => document.activeElement?.closest('.ws[data-ws-state="docked"]'));
      const region = await page.evaluate(() => document.querySelector('.ws').getAttribute('aria-label'));
      assert(region?.startsWith('작업 공간'), `the panel's name: ${region}`);
      await page.keyboard.press('Escape');
      assert(await button.evaluate((b) => b === document.activeElement), 'Escape did not return focus to the Run button');
      // The splitter: a named separator moved with the arrow keys; the panel widens.
      const splitter = page.locator('.ws-splitter');
      const w0 = Number(await splitter.getAttribute('aria-valuenow'));
      await splitter.focus();
      await page.keyboard.press('ArrowLeft');
      assert(Number(await splitter.getAttribute('aria-valuenow')) === w0 + 16, 'ArrowLeft did not widen the panel by 16 px');
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('k8s-notes:workspace') ?? '{}'));
      assert(stored.open === true && stored.width === w0 + 16, `preferences not remembered: ${JSON.stringify(stored)}`);
      // Close: the player is back in the note, focus back on the Run button.
      await page.locator('[data-ws-action="close"]').click();
      await page.waitForSelector('.ws[data-ws-state="inline"]');
      assert(await page.locator('[data-ws-placeholder]').isHidden(), 'the placeholder stays after closing');
      assert(await button.evaluate((b) => b === document.activeElement), 'closing did not return focus to the Run button');
    },
  },
  {
    name: 'reset this note’s cluster, then undo; axe finds no violations in the open dock (light and dark)',
    viewport: { width: 1280, height: 800 },
    async run({ page, baseUrl }) {
      await page.goto(baseUrl + 'en/pods/', { waitUntil: 'load' });
      const button = page.locator('.sl-markdown-content .sim-run').first();
      const command = JSON.parse(await button.getAttribute('data-sim-run')).at(-1);
      await button.click();
      await page.waitForFunction((cmd) => [...document.querySelectorAll('.ws .sim-command')].some((c) => c.textContent === cmd), command);
      const ran = await page.locator('.ws .sim-command').count();
      await page.locator('.ws [data-action="reset"]').click();
      await page.waitForSelector('.ws .sim-reset-notice');
      assert((await page.locator('.ws .sim-command').count()) < ran, 'reset left the reader’s command in the terminal');
      await page.locator('.ws [data-action="undo-reset"]').click();
      await page.waitForFunction((cmd) => [...document.querySelectorAll('.ws .sim-command')].some((c) => c.textContent === cmd), command);
      await page.addScriptTag({ content: AXE_SOURCE });
      for (const theme of ['light', 'dark']) {
        const found = await page.evaluate(async (t) => {
          document.documentElement.dataset.theme = t;
          const r = await window.axe.run(document, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        }, theme);
        assert(found.length === 0, `axe (${theme}, dock open): ${found.join('; ')}`);
      }
    },
  },
];
