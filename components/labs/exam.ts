// The mock exam page's script: the settings form (seed from the address, `?seed=…`, so a link shares
// the exam), the past results, and on Start (or a reload during an exam) the exam island.
import { parseMinutes, parseSeed } from '../../src/labs/exam.ts';
import { loadExam, loadResults } from '../../src/labs/exam-state.ts';
import { fmt } from '../sim/format.ts';
import { pageStrings } from './strings.ts';
import { storage as browserStorage } from './progress-store.ts';

const root = document.querySelector<HTMLElement>('[data-lab-exam]');
if (root) {
  const { labs: t } = pageStrings();
  const form = root.querySelector<HTMLFormElement>('[data-lab-exam-settings]')!;
  const notice = root.querySelector<HTMLElement>('[data-lab-exam-notice]')!;
  const app = root.querySelector<HTMLElement>('[data-lab-exam-app]')!;
  const seedInput = form.elements.namedItem('seed') as HTMLInputElement;
  const minutesInput = form.elements.namedItem('minutes') as HTMLInputElement;
  const storage = browserStorage();
  const params = new URLSearchParams(location.search);
  // A new exam gets a random seed; the address then names it (the exam's draw itself is seeded).
  seedInput.value = String(parseSeed(params.get('seed')) ?? Math.floor(Math.random() * 1_000_000));
  if (params.get('minutes')) minutesInput.value = String(parseMinutes(params.get('minutes')));
  form.hidden = false;

  const past = root.querySelector<HTMLElement>('[data-lab-exam-past]')!;
  const showPast = () => {
    const results = loadResults(storage);
    if (!results.length) return;
    past.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `?seed=${r.seed}`;
        a.textContent = `${t.exam.seed} ${r.seed}`;
        li.append(a, ` · ${new Date(r.finishedAt).toLocaleString()} · ${fmt(t.exam.score, { passed: r.passed, total: r.total, percent: Math.round((100 * r.passed) / Math.max(1, r.total)) })}`);
        return li;
      }),
    );
  };
  showPast();

  const launch = (resume: boolean) => {
    form.hidden = true;
    notice.textContent = t.loading;
    void import('./exam-app.tsx')
      .then((m) => {
        notice.textContent = '';
        m.mountExam(app, {
          resume,
          seed: Number(seedInput.value),
          minutes: parseMinutes(minutesInput.value),
          onEnd: () => {
            form.hidden = false;
            showPast();
          },
        });
      })
      .catch((err: unknown) => {
        console.warn(err);
        form.hidden = false;
        notice.textContent = t.loadFailed;
      });
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const seed = parseSeed(seedInput.value);
    if (seed === undefined) {
      notice.textContent = t.exam.seedInvalid;
      seedInput.focus();
      return;
    }
    const url = new URL(location.href);
    url.searchParams.set('seed', String(seed));
    history.replaceState(history.state, '', url);
    launch(false);
  });

  // An exam in progress (a reload) resumes where it was, with its clock still running.
  const running = loadExam(storage);
  if (running) {
    seedInput.value = String(running.seed);
    minutesInput.value = String(running.minutes);
    launch(true);
  }
}
