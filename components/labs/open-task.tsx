/** @jsxImportSource preact */
// Entry of the labs chunk (imported by boot.ts on the first Open): opens and closes a task card's
// panel. Opening fetches the engine (the player's chunk, shared) and starts the task's own cluster.
import { render } from 'preact';
import { labTasks } from '../../src/labs/catalog.ts';
import { loadEngine } from '../sim/engine.ts';
import { panelHost, type PanelHost } from './host.ts';
import { pageStrings } from './strings.ts';
import { TaskPanel } from './TaskPanel.tsx';
import { TaskRun } from './task-run.ts';
import '../sim/player.css';
import './labs.css';

const open = new Map<HTMLElement, PanelHost>();

export async function toggleTask(card: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const strings = pageStrings();
  const t = strings.labs;
  const title = card.querySelector('.lab-task-title')?.textContent ?? '';
  const label = (word: string) => {
    button.textContent = word;
    button.setAttribute('aria-label', `${word}: ${title}`);
  };
  const existing = open.get(card);
  if (existing) {
    render(null, existing.container);
    existing.release();
    open.delete(card);
    button.setAttribute('aria-expanded', 'false');
    label(t.open);
    return;
  }
  const task = labTasks.find((x) => `${x.note}/${x.id}` === card.dataset.task);
  if (!task) return;
  const host = panelHost(card);
  open.set(card, host);
  button.setAttribute('aria-expanded', 'true');
  label(t.close);
  render(<p class="lab-loading" role="status">{t.loading}</p>, host.container);
  try {
    const engine = await loadEngine();
    const run = await TaskRun.open(engine, task);
    if (open.get(card) !== host) return;
    render(<TaskPanel run={run} strings={strings} mode="practice" />, host.container);
  } catch (err) {
    console.warn(err);
    open.delete(card);
    button.setAttribute('aria-expanded', 'false');
    label(t.open);
    render(<p class="lab-loading" role="alert">{t.loadFailed}</p>, host.container);
  }
}
