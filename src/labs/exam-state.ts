// The mock exam kept in the browser: the exam in progress (so a reload resumes it, the reader's
// commands replayed) and the results of finished exams. Read defensively: anything unreadable is none.

export interface ExamInProgress {
  seed: number;
  minutes: number;
  /** Wall-clock start (ms since the epoch). */
  startedAt: number;
  flags: string[];
  /** Command lines and answers per task key. */
  work: Record<string, { lines: string[]; answer: string }>;
}

export interface ExamResult {
  seed: number;
  minutes: number;
  finishedAt: string;
  passed: number;
  total: number;
  tasks: { key: string; passed: boolean }[];
}

export const EXAM_KEY = 'k8s-labs-exam';
export const EXAM_RESULTS_KEY = 'k8s-labs-exam-results';
const MAX_RESULTS = 20;

function read(storage: Pick<Storage, 'getItem'> | undefined, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function write(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, key: string, value: unknown): void {
  try {
    if (value === undefined) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage blocked or full: the exam still runs, it is just not kept.
  }
}

export function loadExam(storage: Pick<Storage, 'getItem'> | undefined): ExamInProgress | undefined {
  const v = read(storage, EXAM_KEY) as Partial<ExamInProgress> | undefined;
  if (!v || !Number.isInteger(v.seed) || !Number.isInteger(v.minutes) || typeof v.startedAt !== 'number') return undefined;
  const work: ExamInProgress['work'] = {};
  for (const [k, w] of Object.entries(v.work ?? {})) {
    if (w && Array.isArray(w.lines) && w.lines.every((l) => typeof l === 'string') && typeof w.answer === 'string') work[k] = { lines: w.lines.slice(0, 500), answer: w.answer };
  }
  const flags = Array.isArray(v.flags) ? v.flags.filter((f): f is string => typeof f === 'string') : [];
  return { seed: v.seed!, minutes: v.minutes!, startedAt: v.startedAt, flags, work };
}

export function saveExam(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, exam: ExamInProgress | undefined): void {
  write(storage, EXAM_KEY, exam);
}

export function loadResults(storage: Pick<Storage, 'getItem'> | undefined): ExamResult[] {
  const v = read(storage, EXAM_RESULTS_KEY);
  if (!Array.isArray(v)) return [];
  return v.filter(
    (r): r is ExamResult =>
      typeof r === 'object' && r !== null && Number.isInteger(r.seed) && Number.isInteger(r.passed) && Number.isInteger(r.total) && typeof r.finishedAt === 'string' && Array.isArray(r.tasks),
  );
}

export function addResult(storage: (Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) | undefined, result: ExamResult): void {
  write(storage, EXAM_RESULTS_KEY, [result, ...loadResults(storage)].slice(0, MAX_RESULTS));
}
