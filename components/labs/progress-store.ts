// The reader's progress in this browser (localStorage), with an event so every view on the page
// (task cards, the practice page's summary) follows a change.
import { emptyProgress, loadProgress, storeProgress, type Progress, type TaskProgress } from '../../src/labs/progress.ts';
import { PROGRESS_EVENT } from './events.ts';

/** localStorage, or undefined where the browser blocks it (the labs then keep nothing). */
export function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function readProgress(): Progress {
  return loadProgress(storage());
}

export function writeProgress(progress: Progress): void {
  storeProgress(storage(), progress);
  window.dispatchEvent(new Event(PROGRESS_EVENT));
}

export function updateTask(key: string, next: (previous: TaskProgress | undefined) => TaskProgress): TaskProgress {
  const progress = readProgress();
  const value = next(progress.tasks[key]);
  progress.tasks[key] = value;
  writeProgress(progress);
  return value;
}

export function forgetProgress(): void {
  writeProgress(emptyProgress());
}
