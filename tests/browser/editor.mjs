// Browser tests of the file editor (issue 11): vi → type → :wq → kubectl create -f; kubectl edit of a
// Deployment's replicas; an invalid pod edit kept in /tmp and applied with replace --force. The editor
// is CodeMirror with Vim keys (the default), fetched as its own chunk when it first opens.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function openPlayer(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('.sim').first().scrollIntoViewIfNeeded();
  await page.waitForSelector('.sim-player:not(.sim-static) .sim-controls', { timeout: 20_000 });
  await page.hover('.sim-player .sim-summary');
  await page.waitForSelector('.sim-player[data-engine="ready"]', { timeout: 30_000 });
}

async function run(page, command) {
  const input = page.locator('.sim-terminal-input input').first();
  await input.fill(command);
  await input.press('Enter');
}

/** The terminal's text once `expected` is in it. */
async function terminalShows(page, expected) {
  const output = page.locator('.sim-terminal-output').first();
  await output.filter({ hasText: expected }).waitFor({ timeout: 15_000 });
  return output.textContent();
}

/** Waits for the editor, checks it is focused, then types vim keys into it. */
async function vimKeys(page, keys) {
  await page.locator('.sim-editor .cm-content').waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => document.activeElement?.closest('.cm-editor') !== null);
  for (const k of keys) {
    if (k.startsWith('<')) await page.keyboard.press(k.slice(1, -1));
    else await page.keyboard.type(k);
  }
}

export const tests = [
  {
    // One page load for all three (browser time is scarce): the editor chunk arrives only when vi opens.
    name: 'vi → :wq → kubectl create -f; kubectl edit deploy web changes replicas; an invalid pod edit kept in /tmp, then replace --force (editor chunk on first use, axe-clean)',
    async run({ page, baseUrl }) {
      const scripts = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
      await openPlayer(page, baseUrl + 'deployments/');
      const beforeEditor = scripts.length;
      await run(page, 'vi edited.yaml');
      await vimKeys(page, ['i', '{apiVersion: v1, kind: Pod, metadata: {name: edited}, spec: {containers: [{name: c, image: nginx}]}}']);
      assert(scripts.length > beforeEditor, 'no editor chunk was fetched when the editor opened');
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => {
        // @ts-ignore axe is injected above
        const r = await window.axe.run(document.querySelector('.sim-editor'), { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.help}`);
      });
      assert(violations.length === 0, violations.join('\n'));
      await vimKeys(page, ['<Escape>', ':wq', '<Enter>']);
      await page.locator('.sim-terminal-input input').first().waitFor();
      await run(page, 'kubectl create -f edited.yaml');
      await terminalShows(page, 'pod/edited created');
      await run(page, 'kubectl create deployment web --image=nginx 2>/dev/null; kubectl run bad --image=nginx');
      await terminalShows(page, 'pod/bad created');
      await run(page, 'kubectl edit deploy web');
      await vimKeys(page, ['/replicas: 1', '<Enter>', '$', 'r4', ':wq', '<Enter>']);
      await terminalShows(page, 'deployment.apps/web edited');
      await run(page, 'kubectl get deploy web -o jsonpath={.spec.replicas}');
      await page.locator('.sim-terminal-output').filter({ hasText: /replicas\}\s*4/ }).waitFor();

      await run(page, 'kubectl edit pod bad');
      await vimKeys(page, ['/restartPolicy: Always', '<Enter>', '$', 'ciwNever', '<Escape>', ':wq', '<Enter>']);
      // Refused: the editor reopens with the API server's reasons on top; :q! gives up.
      await page.locator('.sim-editor .cm-content', { hasText: 'pods "bad" was not valid' }).waitFor({ timeout: 15_000 });
      await vimKeys(page, [':q!', '<Enter>']);
      const text = await terminalShows(page, 'error: Edit cancelled, no valid changes were saved.');
      const kept = /A copy of your changes has been stored to "(\/tmp\/kubectl-edit-\d+\.yaml)"/.exec(text ?? '')?.[1];
      assert(kept, `no preserved file in:\n${text}`);
      assert(text.includes('error: pods "bad" is invalid'), 'kubectl\'s invalid line is missing');
      await run(page, `kubectl replace --force -f ${kept}`);
      await terminalShows(page, 'pod/bad replaced');
    },
  },
];
