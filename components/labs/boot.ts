// The boot script of pages with lab tasks (LabBoot.astro): the only JavaScript before the reader opens
// a task. It shows the Open buttons (without JavaScript they would do nothing, so the static HTML hides
// them), writes each task's saved status, and on the first Open imports the task panel: the labs chunk,
// which then fetches the engine.
import type { TaskStatus } from '../../src/labs/progress.ts';
import { readProgress } from './progress-store.ts';
import { PROGRESS_EVENT } from './events.ts';

interface BootStrings {
  labs: { status: Record<'solved' | 'solvedWithSolution' | 'attempted' | 'open', string> };
}

function readStrings(): BootStrings | undefined {
  try {
    return JSON.parse(document.getElementById('k8s-lab-strings')?.textContent ?? '') as BootStrings;
  } catch {
    return undefined;
  }
}

const statusWord = (s: BootStrings, status: TaskStatus | undefined): string =>
  status === 'solved' ? `✔ ${s.labs.status.solved}` : status === 'solved-with-solution' ? `✔ ${s.labs.status.solvedWithSolution}` : status === 'attempted' ? `… ${s.labs.status.attempted}` : '';

/** Writes every task card's saved status (a word and a mark, never colour alone). */
function markStatuses(): void {
  const s = readStrings();
  if (!s) return;
  const progress = readProgress();
  for (const card of document.querySelectorAll<HTMLElement>('[data-task]')) {
    const status = progress.tasks[card.dataset.task ?? '']?.status;
    card.dataset.taskProgress = status ?? 'open';
    const el = card.querySelector<HTMLElement>('[data-task-status]');
    if (!el) continue;
    el.textContent = statusWord(s, status);
    el.hidden = !status;
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-task-open]')) button.hidden = false;
markStatuses();
window.addEventListener(PROGRESS_EVENT, markStatuses);
window.addEventListener('storage', markStatuses);

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-task-open]') : null;
  const card = button?.closest<HTMLElement>('[data-task]');
  if (!button || !card) return;
  void import('./open-task.tsx').then((m) => m.toggleTask(card, button));
});
