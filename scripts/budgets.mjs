// Prints the simulation player's budgets for a built site (issue 6). A report, not a timed test:
//  1. JavaScript a note page loads before the player is scrolled into view (should be Starlight's own
//     scripts only: no island code), measured in headless Chromium, plus its gzipped size;
//  2. what the player island fetches when it becomes visible (it hydrates without the engine and draws
//     the build-time first frame; target < 80 KB gzipped), then what the reader's first interaction
//     fetches (the engine), then the CLI parts a command loads on demand (help texts, etcdctl);
//  3. per-step render time on every note's scenario: click on "step forward", let Preact render
//     (microtasks), then force style and layout; median and worst, and which scenario draws the
//     most (target: one frame, 16 ms). The machine's load average is printed: timings on a busy
//     shared machine are inflated.
// Usage: node scripts/budgets.mjs [--dist dist] [--base /] [--page pods/] [--steps 60]
// The base path defaults to the one the build in dist/ was made for (scripts/lib/built-base.mjs).
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './lib/chrome.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { cliOption } from './lib/run.mjs';
import { baseOfBuild } from './lib/built-base.mjs';

const dist = cliOption('--dist', 'dist');
const samplePage = cliOption('--page', 'pods/');
const steps = Number(cliOption('--steps', '60'));
const ISLAND_BUDGET_KB = 80;
const FRAME_MS = 16;

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}/ (run \`npm run build\` first).`);
  process.exit(2);
}
const base = baseOfBuild(dist);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Maps a URL path under the base to a file in dist. */
const fileOf = (urlPath) => join(dist, decodeURIComponent(urlPath.startsWith(base) ? urlPath.slice(base.length) : urlPath));

/** A module and everything it imports statically (dynamic import() is not followed: it loads later). */
async function moduleGraph(entryPath, seen = new Set()) {
  if (seen.has(entryPath)) return seen;
  seen.add(entryPath);
  const code = await readFile(fileOf(entryPath), 'utf8');
  const dir = entryPath.slice(0, entryPath.lastIndexOf('/') + 1);
  const staticImport = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(staticImport)) {
    const spec = m[1];
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    const resolved = spec.startsWith('/') ? spec : new URL(spec, 'http://x' + dir).pathname;
    await moduleGraph(resolved, seen);
  }
  return seen;
}

async function gzippedSize(paths) {
  let total = 0;
  for (const p of paths) total += gzipSync(await readFile(fileOf(p))).length;
  return total;
}

const server = await serveStatic({ root: dist, base });
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
let failed = false;
try {
  // 1 + 2: a note page, measured by what the browser actually fetches: before the player is visible,
  // once it is visible (the island hydrates), and after the reader's first interaction (the engine).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const scripts = new Set();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  const fetched = async (paths) => gzippedSize(paths.filter((s) => existsSync(fileOf(s))));
  await page.goto(server.url + samplePage, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const island = await page.evaluate(() => {
    const el = document.querySelector('.sim astro-island');
    return el ? { component: el.getAttribute('component-url'), renderer: el.getAttribute('renderer-url') } : undefined;
  });
  if (!island?.component) throw new Error(`${samplePage}: no player island found (is <Sim> on this page?)`);
  const before = [...scripts];
  const beforeGz = await fetched(before);
  console.log(`Page ${samplePage} before the player is visible: ${before.length} script(s), ${kb(beforeGz)} gzipped`);
  for (const s of before) console.log(`  ${s}`);
  const workspaceIsland = await page.evaluate(() => document.querySelector('.ws > astro-island')?.getAttribute('component-url') ?? undefined);
  if (workspaceIsland && before.includes(new URL(workspaceIsland, server.url).pathname)) {
    console.log('  ✗ the workspace island was loaded before the reader asked for the workspace');
    failed = true;
  } else if (workspaceIsland) {
    console.log('  ✓ no workspace code before the reader asks for it (its directive is inline in the HTML)');
  }
  if (before.includes(island.component)) {
    console.log('  ✗ the player island was loaded before it became visible');
    failed = true;
  } else {
    console.log('  ✓ no player island code before it is visible');
  }

  // Visible, not touched: the island hydrates and draws the build-time first frame.
  await page.locator('.sim').first().scrollIntoViewIfNeeded();
  await page.waitForSelector('.sim-player[data-engine="idle"]', { timeout: 20_000 });
  await page.waitForTimeout(500);
  const atHydration = [...scripts].filter((s) => !before.includes(s));
  const staticGraph = new Set();
  await moduleGraph(island.component, staticGraph);
  if (island.renderer) await moduleGraph(island.renderer, staticGraph);
  const islandGz = await fetched(atHydration);
  const ok = islandGz < ISLAND_BUDGET_KB * 1024;
  console.log(`Player island once visible (fetched when it hydrates): ${atHydration.length} script(s), ${kb(islandGz)} gzipped (budget ${ISLAND_BUDGET_KB} KB) ${ok ? '✓' : '✗'}`);
  for (const s of atHydration) console.log(`  ${s}`);
  const missing = [...staticGraph].filter((s) => !atHydration.includes(s) && !before.includes(s));
  if (missing.length) console.log(`  (static imports not seen on the wire: ${missing.join(', ')})`);
  if (!ok) failed = true;

  // The reader's first interaction (pointer over the player) fetches the engine; nothing else does.
  await page.hover('.sim-player');
  await page.waitForSelector('.sim-player[data-engine="ready"]', { timeout: 30_000 });
  await page.waitForTimeout(300);
  const onInteraction = [...scripts].filter((s) => !before.includes(s) && !atHydration.includes(s));
  const engineGz = await fetched(onInteraction);
  console.log(`Engine, fetched on the reader's first interaction: ${onInteraction.length} script(s), ${kb(engineGz)} gzipped`);
  for (const s of onInteraction) console.log(`  ${s}`);
  if (onInteraction.length === 0) {
    console.log('  ✗ no engine chunk was fetched on interaction (is it bundled into the island?)');
    failed = true;
  }
  // Lazily loaded CLI parts (help texts, etcdctl): fetched when a command needs them.
  const lazyBefore = new Set(scripts);
  await page.evaluate(async () => {
    const hook = window.__k8sSimPlayers?.[document.querySelector('.sim')?.getAttribute('data-scenario') ?? ''];
    hook?.runCommand('kubectl get --help');
    hook?.runCommand('etcdctl version');
    await hook?.idle();
  });
  await page.waitForTimeout(300);
  const onDemand = [...scripts].filter((s) => !lazyBefore.has(s));
  console.log(`CLI parts fetched on demand (kubectl --help, etcdctl): ${onDemand.length} script(s), ${kb(await fetched(onDemand))} gzipped`);
  for (const s of onDemand) console.log(`  ${s}`);

  // The file editor (CodeMirror 6, YAML, Vim keys): a chunk of its own, fetched when an editor first
  // opens (vi FILE, kubectl edit). Proof that the note's JavaScript does not carry it: it arrives only
  // then, and no script fetched before holds CodeMirror's code (its `cm-scroller` class).
  const editorBefore = new Set(scripts);
  await page.evaluate(() => {
    const hook = window.__k8sSimPlayers?.[document.querySelector('.sim')?.getAttribute('data-scenario') ?? ''];
    hook?.runCommand('vi budget.yaml');
  });
  await page.waitForSelector('.sim-editor .cm-content', { timeout: 20_000 });
  await page.waitForTimeout(300);
  const editorChunk = [...scripts].filter((s) => !editorBefore.has(s));
  const earlier = [...editorBefore].filter((s) => existsSync(fileOf(s)));
  const carriers = [];
  for (const s of earlier) if ((await readFile(fileOf(s), 'utf8')).includes('cm-scroller')) carriers.push(s);
  console.log(`File editor, fetched when an editor first opens: ${editorChunk.length} script(s), ${kb(await fetched(editorChunk))} gzipped`);
  for (const s of editorChunk) console.log(`  ${s}`);
  if (editorChunk.length === 0 || carriers.length) {
    console.log(`  ✗ the editor is not a chunk of its own${carriers.length ? ` (CodeMirror found in ${carriers.join(', ')})` : ''}`);
    failed = true;
  } else console.log(`  ✓ none of the ${earlier.length} scripts fetched before (page, island, engine, CLI parts) holds CodeMirror`);
  await context.close();

  // Lab tasks (issue 13): the practice page loads only a small boot script; the first "Open task" loads
  // the labs chunk (task data, checkers, the task panel) and the engine (the player's engine chunk).
  {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    const labScripts = new Set();
    p.on('request', (r) => {
      if (r.resourceType() === 'script') labScripts.add(new URL(r.url()).pathname);
    });
    await p.goto(server.url + 'en/practice/', { waitUntil: 'load' });
    await p.waitForTimeout(300);
    const atLoad = [...labScripts];
    const boot = atLoad.filter((s) => /LabBoot|PracticeList|progress-store|events\.|preload-helper/.test(s));
    console.log(`Lab tasks, /en/practice/ at load: ${atLoad.length} script(s), ${kb(await fetched(atLoad))} gzipped (labs boot: ${kb(await fetched(boot))})`);
    await p.locator('[data-task-open]').first().click();
    await p.locator('.lab-panel .sim-terminal-input input').waitFor({ timeout: 30_000 });
    await p.waitForTimeout(300);
    // Starlight's search UI is fetched on the first click anywhere: not the labs'.
    const onOpen = [...labScripts].filter((s) => !atLoad.includes(s) && !/pagefind/.test(s));
    const engineChunks = onOpen.filter((s) => onInteraction.includes(s));
    const shared = onOpen.filter((s) => !engineChunks.includes(s) && atHydration.includes(s));
    const labsChunk = onOpen.filter((s) => !engineChunks.includes(s) && !shared.includes(s));
    console.log(`Labs chunk, fetched on the first "Open task": ${labsChunk.length} script(s), ${kb(await fetched(labsChunk))} gzipped ` +
      `(+ ${kb(await fetched(shared))} of Preact and player modules a note page already has once its player is visible); ` +
      `then the engine: ${engineChunks.length} script(s), ${kb(await fetched(engineChunks))} gzipped`);
    for (const s of onOpen) console.log(`  ${s}`);
    if (onOpen.length === 0) {
      console.log('  ✗ nothing was fetched on Open (is the labs code loaded with the page?)');
      failed = true;
    }
    await ctx.close();
  }

  // The workspace: fetched on the first Run (or openWorkspace()), in a page of its own so the player's
  // chunks are not counted as already loaded.
  if (workspaceIsland) {
    const wctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const wpage = await wctx.newPage();
    const wscripts = new Set();
    wpage.on('request', (r) => r.resourceType() === 'script' && wscripts.add(new URL(r.url()).pathname));
    await wpage.goto(server.url + samplePage, { waitUntil: 'load' });
    const initial = new Set(wscripts);
    await wpage.evaluate(() => document.querySelector('.sl-markdown-content .sim-run')?.click());
    await wpage.waitForSelector('.ws[data-ws-state="docked"] .ws-heading', { timeout: 20_000 });
    const component = new URL(workspaceIsland, server.url).pathname;
    const own = await moduleGraph(component);
    const ownGz = await gzippedSize([...own].filter((s) => existsSync(fileOf(s))));
    const onOpen = [...wscripts].filter((s) => !initial.has(s));
    const chunkGz = await gzippedSize([component]);
    console.log(`Workspace (docked panel), fetched on the first Run: its own chunk ${kb(chunkGz)} gzipped; with its static imports ${kb(ownGz)} (${own.size} script(s), Preact shared with the player). Fetched by the time the panel was docked: ${onOpen.length} script(s), ${kb(await fetched(onOpen))} (the player island among them; the engine follows)`);
    for (const s of own) console.log(`  ${s}`);
    await wctx.close();
  }

  // 3: per-step render time on every note's scenario.
  const notes = ['architecture', 'container-runtime', 'etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler',
    'kubelet', 'kube-proxy', 'pods', 'replicasets', 'deployments', 'namespaces', 'services', 'imperative-declarative'];
  const results = [];
  for (const note of notes) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(server.url + note + '/', { waitUntil: 'load' });
    const sim = p.locator('.sim').first();
    if ((await sim.count()) === 0) {
      await ctx.close();
      continue;
    }
    await sim.scrollIntoViewIfNeeded();
    await p.waitForSelector('.sim-player:not(.sim-static) .sim-controls', { timeout: 20_000 });
    await p.hover('.sim-player');
    await p.waitForSelector('.sim-player[data-engine="ready"]', { timeout: 30_000 });
    const times = await p.evaluate(async (n) => {
      const forward = document.querySelector('.sim-player [data-action="forward"]');
      const out = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        forward.click();
        // Preact renders in a microtask queued by the click; awaiting resumes after it.
        for (let k = 0; k < 3; k++) await Promise.resolve();
        void document.body.offsetHeight; // style and layout of the new DOM
        out.push(performance.now() - t0);
        // Let the browser paint before the next step so steps do not pile up in one frame.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }
      const objects = document.querySelectorAll('.sim-player svg [role="button"]').length;
      return { out, objects };
    }, steps);
    const sorted = [...times.out].sort((a, b) => a - b);
    results.push({ note, median: sorted[Math.floor(sorted.length / 2)], worst: sorted[sorted.length - 1], objects: times.objects });
    await ctx.close();
  }
  if (results.length === 0) throw new Error('no note page has a player');
  const { loadavg, cpus } = await import('node:os');
  console.log(`Per-step render time (${steps} steps each; click to DOM updated and laid out; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs):`);
  for (const r of results) {
    console.log(`  ${r.note.padEnd(24)} median ${r.median.toFixed(2)} ms, worst ${r.worst.toFixed(2)} ms, ${r.objects} drawn objects`);
  }
  const largest = results.reduce((a, b) => (b.objects > a.objects ? b : a));
  const within = largest.median < FRAME_MS;
  console.log(`Largest scenario: ${largest.note} (${largest.objects} drawn objects): median ${largest.median.toFixed(2)} ms per step ${within ? '✓' : '✗'} (one frame = ${FRAME_MS} ms)`);
  if (!within) failed = true;
} catch (err) {
  console.error(String(err?.stack ?? err));
  failed = true;
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
