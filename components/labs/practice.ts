// The practice page's progress controls: the summary, export as a file, import from a file (validated:
// a bad file is refused with its reason and changes nothing), and "forget my progress" with a confirmation.
import { parseProgress, serialiseProgress, summarise, type ImportError } from '../../src/labs/progress.ts';
import { fmt } from '../sim/format.ts';
import { PROGRESS_EVENT } from './events.ts';
import { forgetProgress, readProgress, writeProgress } from './progress-store.ts';
import { pageStrings } from './strings.ts';

const root = document.querySelector<HTMLElement>('[data-lab-practice]');
if (root) {
  const { lang, labs: t } = pageStrings();
  const keys = JSON.parse(root.dataset.taskKeys ?? '[]') as string[];
  const summary = root.querySelector<HTMLElement>('[data-lab-summary]')!;
  const notice = root.querySelector<HTMLElement>('[data-lab-practice-notice]')!;
  root.querySelector<HTMLElement>('[data-lab-progress-actions]')!.hidden = false;

  const showSummary = () => {
    const s = summarise(readProgress(), keys);
    summary.textContent = fmt(t.practice.progress, { solved: s.solved, total: s.total, withSolution: s.withSolution });
  };
  showSummary();
  window.addEventListener(PROGRESS_EVENT, showSummary);
  window.addEventListener('storage', showSummary);

  root.querySelector('[data-lab-export]')!.addEventListener('click', () => {
    const blob = new Blob([serialiseProgress(readProgress())], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `k8s-core-notes-progress-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  });

  const reasons: Record<ImportError, Record<'ko' | 'en', string>> = {
    'too-large': { ko: '파일이 너무 크다 (256 KB 이하여야 한다).', en: 'the file is too large (256 KB at most).' },
    'not-json': { ko: 'JSON 파일이 아니다.', en: 'the file is not JSON.' },
    'not-progress': { ko: '이 사이트에서 내보낸 진도 파일이 아니다.', en: 'it is not a progress file exported by this site.' },
    'bad-task': { ko: '읽을 수 없는 과제 기록이 있다: {detail}', en: 'it holds a task record that cannot be read: {detail}' },
  };
  const input = root.querySelector<HTMLInputElement>('[data-lab-import]')!;
  root.querySelector('[data-lab-import-button]')!.addEventListener('click', () => input.click());
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = file.size > 256 * 1024 ? 'x'.repeat(256 * 1024 + 1) : await file.text();
    const parsed = parseProgress(text);
    if ('error' in parsed) {
      notice.setAttribute('role', 'alert');
      notice.textContent = fmt(t.practice.importError, { reason: fmt(reasons[parsed.error][lang], { detail: parsed.detail ?? '' }) });
      return;
    }
    notice.setAttribute('role', 'status');
    writeProgress(parsed.progress);
    notice.textContent = fmt(t.practice.importDone, { n: Object.keys(parsed.progress.tasks).length });
  });

  root.querySelector('[data-lab-forget]')!.addEventListener('click', () => {
    if (!window.confirm(t.practice.forgetConfirm)) return;
    forgetProgress();
    notice.setAttribute('role', 'status');
    notice.textContent = t.practice.forgetDone;
  });
}
