// Browser tests of the lab tasks (issue 13), run by scripts/browser-tests.mjs against the built site:
// on a note and on /en/practice/ a task opens in its own cluster, Check fails with the checker's
// message, the revealed solution's Run buttons solve it in the task's terminal, Check passes (recorded
// as solved with the solution), and a reload keeps the progress; the mock exam starts, counts down on
// the page's clock, finishes early and shows its score. axe-core finds nothing in each state.
import { violations } from './accessibility.mjs';

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function noViolations(page, selector, where) {
  const found = await violations(page, selector);
  assert(found.length === 0, `${where}: axe violations:\n${found.map((v) => v.text).join('\n')}`);
}

/** Opens a task, checks (fails), runs the revealed solution, checks (passes), reloads: progress kept. */
async function solveWithSolution(page, url, key, words, axe = true) {
  await page.goto(url, { waitUntil: 'load' });
  const card = page.locator(`[data-task="${key}"]`);
  assert((await card.count()) === 1, `no single element with data-task="${key}"`);
  const statement = await card.locator('.lab-task-statement').textContent();
  assert(statement && statement.trim().length > 20, 'the statement is not in the static HTML');
  await card.locator('[data-task-open]').click();
  await card.locator('.lab-panel .sim-terminal-input input').waitFor({ timeout: 30_000 });

  const check = card.locator('[data-lab-action="check"]');
  assert(words.check.test((await check.getAttribute('aria-label')) ?? ''), 'the Check button is not named in the page language');
  await check.click();
  const result = card.locator('.lab-result');
  await card.locator('.lab-result[data-lab-result="failed"]').waitFor();
  const failure = (await result.textContent()) ?? '';
  assert(words.failure.test(failure), `the failed check does not say why: "${failure}"`);
  assert((await result.getAttribute('role')) === 'status' && words.result.test((await result.getAttribute('aria-label')) ?? ''), 'the result is not a labelled live region');
  if (axe) await noViolations(page, `[data-task="${key}"]`, `${url} task open, check failed`);

  await card.locator('[data-lab-action="hint"]').click();
  assert((await card.locator('.lab-hints li').count()) === 1, 'the first hint did not appear alone');
  await card.locator('[data-lab-action="solution"]').click();
  const runs = card.locator('[data-lab-solution] [data-lab-run]');
  const n = await runs.count();
  assert(n >= 1, 'the revealed solution has no Run buttons');
  for (let i = 0; i < n; i++) await runs.nth(i).click();
  const last = await card.locator('[data-lab-solution] .lab-commands code').last().textContent();
  await page.waitForFunction(
    ([k, line]) => {
      const out = document.querySelector(`[data-task="${k}"] .sim-terminal-output`)?.textContent ?? '';
      return out.includes('$ ' + line) && !document.querySelector(`[data-task="${k}"] .sim-running`);
    },
    [key, last],
  );
  await check.click();
  await card.locator('.lab-result[data-lab-result="passed"]').waitFor();
  const passed = (await result.textContent()) ?? '';
  assert(words.passed.test(passed), `the pass after the solution is not recorded as such: "${passed}"`);
  if (axe) await noViolations(page, `[data-task="${key}"]`, `${url} task solved`);

  await page.reload({ waitUntil: 'load' });
  const status = page.locator(`[data-task="${key}"] [data-task-status]`);
  await status.waitFor({ state: 'visible' });
  const kept = (await status.textContent()) ?? '';
  assert(words.passed.test(kept), `after a reload the task's progress reads "${kept}"`);
}

export const tests = [
  {
    name: 'a note: open a task, Check fails with its message, Run the solution, Check passes, reload keeps the progress',
    async run({ page, baseUrl }) {
      // Nothing of the labs loads before a task is opened.
      const scripts = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      await page.goto(baseUrl + 'pods/', { waitUntil: 'load' });
      assert(!scripts.some((s) => /open-task|core\./.test(s)), `labs or engine code loaded before a task was opened: ${scripts.join(', ')}`);
      await solveWithSolution(page, baseUrl + 'pods/', 'pods/run-nginx', {
        check: /^채점: /,
        result: /^채점 결과: /,
        failure: /아직이다[\s\S]*web[\s\S]*파드가 없다/,
        passed: /풀이 보고/,
      });
    },
  },
  {
    name: '/en/practice/: every task listed; a task solved through its terminal; progress kept; a bad import file is refused',
    async run({ page, baseUrl }) {
      await page.goto(baseUrl + 'en/practice/', { waitUntil: 'load' });
      const count = await page.locator('[data-task]').count();
      assert(count >= 70, `the practice page lists ${count} tasks`);
      await solveWithSolution(page, baseUrl + 'en/practice/', 'replicasets/scale-to-five', {
        check: /^Check: /,
        result: /^Result: /,
        failure: /Not yet[\s\S]*replicas/i,
        passed: /solution shown|with the solution/,
        // The same panel as on the note (checked there); the page itself is in accessibility.mjs.
      }, false);
      const summary = (await page.locator('[data-lab-summary]').textContent()) ?? '';
      assert(new RegExp(`^1/${count} solved \\(1 with`).test(summary), `the summary reads "${summary}"`);
      await page.locator('[data-lab-import]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nope"}') });
      const refusal = page.locator('[data-lab-practice-notice]');
      await page.waitForFunction(() => /Could not import/.test(document.querySelector('[data-lab-practice-notice]')?.textContent ?? ''));
      assert((await refusal.getAttribute('role')) === 'alert', 'the refusal is not announced');
      assert(/1\/\d+ solved/.test((await page.locator('[data-lab-summary]').textContent()) ?? ''), 'a refused import changed the progress');
    },
  },
  {
    name: 'mock exam: a seeded draw starts, counts down on the wall clock, finishes early and shows its score',
    async run({ page, baseUrl }) {
      await page.clock.install();
      page.on('dialog', (dialog) => void dialog.accept());
      await page.goto(baseUrl + 'practice/exam/?seed=42', { waitUntil: 'load' });
      assert((await page.locator('input[name="seed"]').inputValue()) === '42', 'the seed in the address is not the exam seed');
      await page.locator('[data-lab-exam-start]').click();
      const clock = page.locator('[data-lab-exam-clock]');
      await clock.waitFor({ timeout: 30_000 });
      assert((await clock.textContent()) === '60:00', `the countdown starts at ${await clock.textContent()}`);
      const list = page.locator('nav .lab-exam-list li');
      assert((await list.count()) === 15, `the exam has ${await list.count()} tasks`);
      const first = await page.locator('[data-exam-task]').getAttribute('data-exam-task');
      await page.locator('.lab-exam-run .sim-terminal-input input').waitFor({ timeout: 30_000 });
      await page.clock.runFor(65_000);
      const later = await clock.textContent();
      // 65 s of the page's clock, plus the little real time that passed since the start.
      assert(/^58:(5\d|4[5-9])$/.test(later ?? ''), `after 65 s on the page's clock the countdown reads ${later}`);
      await page.locator('[data-lab-exam-flag]').click();
      assert((await page.locator('[data-lab-exam-flag]').getAttribute('aria-pressed')) === 'true', 'the flag did not stick');
      await list.nth(3).locator('button').click();
      await page.locator('.lab-exam-run .sim-terminal-input input').waitFor();
      assert((await page.locator('[data-exam-task]').getAttribute('data-exam-task')) !== first, 'jumping to task 4 did not change the task');
      assert(/⚑/.test((await list.nth(0).textContent()) ?? ''), 'the flagged task is not marked in the list');
      await noViolations(page, '[data-lab-exam]', 'exam running');
      await page.locator('[data-lab-exam-finish]').click();
      const score = page.locator('[data-lab-exam-score]');
      await score.waitFor({ timeout: 30_000 });
      assert(/^점수: 0\/15 \(0%\)$/.test(((await score.textContent()) ?? '').trim()), `the score reads "${await score.textContent()}"`);
      assert((await page.locator('[data-task-result]').count()) === 15, 'not every task has feedback');
      // Every task fails on its untouched start with at least one message of its checker.
      const messages = await page.locator('[data-task-result] > ul > li').allTextContents();
      assert(messages.length >= 15 && messages.every((m) => /[가-힣]/.test(m)), `the feedback does not carry the checkers' messages in Korean: ${messages.slice(0, 3).join(' | ')}`);
      await noViolations(page, '[data-lab-exam]', 'exam finished');
    },
  },
];
