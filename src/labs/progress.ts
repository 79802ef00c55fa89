// The reader's progress on lab tasks: kept in the browser (localStorage), exported and imported as a
// JSON file. An imported file is input from anyone, so it is read defensively: a wrong shape, an
// unknown status or a task key that is not `<note>/<id>` is refused with a reason, never half-applied.

/** solved: passed without the solution shown; solved-with-solution: passed after "Show solution"; attempted: checked, not passed yet. */
export type TaskStatus = 'solved' | 'solved-with-solution' | 'attempted';

export interface TaskProgress {
  status: TaskStatus;
  /** The solution was revealed (a later pass is recorded as solved-with-solution). */
  solutionShown?: boolean;
  /** When the status last changed (ISO 8601). */
  at: string;
}

export interface Progress {
  format: typeof PROGRESS_FORMAT;
  version: 1;
  tasks: Record<string, TaskProgress>;
}

export const PROGRESS_FORMAT = 'k8s-core-notes-lab-progress';
export const PROGRESS_KEY = 'k8s-labs-progress';
/** The largest file import accepts (a full record of every task is a few KB). */
export const MAX_IMPORT_BYTES = 256 * 1024;

const STATUSES: readonly TaskStatus[] = ['solved', 'solved-with-solution', 'attempted'];
const TASK_KEY = /^[a-z0-9-]{1,64}\/[a-z0-9-]{1,64}$/;

export function emptyProgress(): Progress {
  return { format: PROGRESS_FORMAT, version: 1, tasks: {} };
}

/** Why a progress file was refused, as an error code the page words in its language. */
export type ImportError = 'too-large' | 'not-json' | 'not-progress' | 'bad-task';

export function parseProgress(text: string): { progress: Progress } | { error: ImportError; detail?: string } {
  if (text.length > MAX_IMPORT_BYTES) return { error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'not-json' };
  }
  if (!isRecord(data) || data.format !== PROGRESS_FORMAT || data.version !== 1 || !isRecord(data.tasks)) return { error: 'not-progress' };
  const tasks: Record<string, TaskProgress> = {};
  for (const [key, value] of Object.entries(data.tasks)) {
    if (!TASK_KEY.test(key) || !isRecord(value) || !STATUSES.includes(value.status as TaskStatus)) return { error: 'bad-task', detail: key.slice(0, 80) };
    if (typeof value.at !== 'string' || Number.isNaN(Date.parse(value.at))) return { error: 'bad-task', detail: key };
    tasks[key] = { status: value.status as TaskStatus, at: value.at, ...(value.solutionShown === true ? { solutionShown: true } : {}) };
  }
  return { progress: { format: PROGRESS_FORMAT, version: 1, tasks } };
}

export function serialiseProgress(progress: Progress): string {
  return JSON.stringify(progress, null, 2) + '\n';
}

/** The status a check records: a pass after the solution was shown says so; a pass is never downgraded by a later failure. */
export function afterCheck(previous: TaskProgress | undefined, passed: boolean, solutionShown: boolean, at: string): TaskProgress {
  const shown = solutionShown || previous?.solutionShown === true;
  if (passed) {
    // A clean pass recorded before stays clean; a new pass with the solution seen says so.
    const status: TaskStatus = previous?.status === 'solved' ? 'solved' : shown ? 'solved-with-solution' : 'solved';
    return { status, at, ...(shown ? { solutionShown: true } : {}) };
  }
  if (previous && previous.status !== 'attempted') return { ...previous, ...(shown ? { solutionShown: true } : {}) };
  return { status: 'attempted', at, ...(shown ? { solutionShown: true } : {}) };
}

/** Records that the solution was revealed (a later pass says so). */
export function afterSolutionShown(previous: TaskProgress | undefined, at: string): TaskProgress {
  return previous ? { ...previous, solutionShown: true } : { status: 'attempted', at, solutionShown: true };
}

/** Counts for the practice page's summary. */
export function summarise(progress: Progress, keys: readonly string[]): { solved: number; withSolution: number; attempted: number; total: number } {
  let solved = 0;
  let withSolution = 0;
  let attempted = 0;
  for (const key of keys) {
    const s = progress.tasks[key]?.status;
    if (s === 'solved') solved++;
    else if (s === 'solved-with-solution') withSolution++;
    else if (s === 'attempted') attempted++;
  }
  return { solved: solved + withSolution, withSolution, attempted, total: keys.length };
}

/** Reads the stored progress; anything unreadable counts as none (and is not thrown at the reader). */
export function loadProgress(storage: Pick<Storage, 'getItem'> | undefined): Progress {
  try {
    const text = storage?.getItem(PROGRESS_KEY);
    if (!text) return emptyProgress();
    const parsed = parseProgress(text);
    return 'progress' in parsed ? parsed.progress : emptyProgress();
  } catch {
    return emptyProgress();
  }
}

export function storeProgress(storage: Pick<Storage, 'setItem'> | undefined, progress: Progress): void {
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Storage full or blocked (private mode): progress lives for this page only.
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
