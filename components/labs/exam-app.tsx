/** @jsxImportSource preact */
// The mock exam island: a fixed-seed draw of tasks (src/labs/exam.ts), a countdown on the wall clock,
// a task list to jump between with flags, each task in its own cluster (the task panel in exam mode:
// no hints, no solutions, no checking), and at the end a score with every checker's messages.
// The exam in progress and the results are kept in this browser (src/labs/exam-state.ts).
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { labTasks } from '../../src/labs/catalog.ts';
import { clockText, drawExam, secondsLeft } from '../../src/labs/exam.ts';
import { addResult, loadExam, saveExam, type ExamInProgress } from '../../src/labs/exam-state.ts';
import type { LabResult, LabTask } from '../../src/labs/types.ts';
import { loadEngine, type EngineModule } from '../sim/engine.ts';
import { fmt } from '../sim/format.ts';
import { pageStrings, type PageLabStrings } from './strings.ts';
import { storage } from './progress-store.ts';
import { Rich, TaskPanel } from './TaskPanel.tsx';
import { TaskRun } from './task-run.ts';
import '../sim/player.css';
import './labs.css';

interface Options {
  resume: boolean;
  seed: number;
  minutes: number;
  onEnd(): void;
}

const keyOf = (t: LabTask) => `${t.note}/${t.id}`;

export function mountExam(container: HTMLElement, options: Options): void {
  const strings = pageStrings();
  const stored = options.resume ? loadExam(storage()) : undefined;
  const exam: ExamInProgress = stored ?? { seed: options.seed, minutes: options.minutes, startedAt: Date.now(), flags: [], work: {} };
  saveExam(storage(), exam);
  render(<ExamApp exam={exam} strings={strings} onEnd={options.onEnd} unmount={() => render(null, container)} />, container);
}

type Graded = { task: LabTask; result: LabResult }[];

function ExamApp({ exam, strings, onEnd, unmount }: { exam: ExamInProgress; strings: PageLabStrings; onEnd(): void; unmount(): void }) {
  const { lang, labs: t } = strings;
  const tasks = useMemo(() => drawExam(labTasks, exam.seed), [exam.seed]);
  const [index, setIndex] = useState(0);
  const [flags, setFlags] = useState<string[]>(exam.flags);
  const [now, setNow] = useState(Date.now());
  const [engine, setEngine] = useState<EngineModule | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [graded, setGraded] = useState<{ results: Graded; timeUp: boolean } | undefined>(undefined);
  const runs = useRef(new Map<string, TaskRun>());
  const [current, setCurrent] = useState<TaskRun | undefined>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const left = secondsLeft(exam.startedAt, exam.minutes, now);

  useEffect(() => {
    loadEngine().then(setEngine, (err: unknown) => {
      console.warn(err);
      setFailed(true);
    });
  }, []);

  /** The task's run, made on first visit (and replaying the commands kept from before a reload). */
  const runFor = async (task: LabTask): Promise<TaskRun> => {
    const key = keyOf(task);
    let run = runs.current.get(key);
    if (!run) {
      run = await TaskRun.open(engine!, task);
      const kept = exam.work[key];
      if (kept) {
        for (const line of kept.lines) await run.run(line, task.start.files ?? {});
        run.answer = kept.answer;
      }
      runs.current.set(key, run);
    }
    return run;
  };

  useEffect(() => {
    if (!engine || graded) return;
    let live = true;
    void runFor(tasks[index]).then((run) => live && setCurrent(run));
    return () => {
      live = false;
    };
  }, [engine, index, graded]);

  const keep = () => {
    for (const [key, run] of runs.current) exam.work[key] = { lines: run.history, answer: run.answer };
    exam.flags = flags;
    saveExam(storage(), exam);
  };

  const finish = async (timeUp: boolean) => {
    if (graded || !engine) return;
    const results: Graded = [];
    for (const task of tasks) {
      const run = await runFor(task);
      results.push({ task, result: run.check() });
    }
    const passed = results.filter((r) => r.result.passed).length;
    addResult(storage(), {
      seed: exam.seed,
      minutes: exam.minutes,
      finishedAt: new Date().toISOString(),
      passed,
      total: results.length,
      tasks: results.map((r) => ({ key: keyOf(r.task), passed: r.result.passed })),
    });
    saveExam(storage(), undefined);
    setGraded({ results, timeUp });
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  // The countdown follows the wall clock; at zero the exam is graded as it stands.
  useEffect(() => {
    if (graded) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [graded]);
  useEffect(() => {
    if (left === 0 && engine && !graded) void finish(true);
  }, [left, engine, graded]);

  if (failed) return <p role="alert">{t.loadFailed}</p>;

  if (graded) {
    const passed = graded.results.filter((r) => r.result.passed).length;
    const total = graded.results.length;
    return (
      <section class="lab-exam-result" aria-labelledby="lab-exam-score" data-lab-exam-state="finished">
        {graded.timeUp && <p role="status">{t.exam.timeUp}</p>}
        <h2 id="lab-exam-score" tabIndex={-1} ref={headingRef} data-lab-exam-score>
          {fmt(t.exam.score, { passed, total, percent: Math.round((100 * passed) / Math.max(1, total)) })}
        </h2>
        <h3>{t.exam.feedback}</h3>
        <ol class="lab-exam-feedback">
          {graded.results.map(({ task, result }) => (
            <li data-task-result={keyOf(task)}>
              <strong>
                {result.passed ? '✔' : '✘'} {task.title[lang]}
              </strong>{' '}
              ({result.passed ? t.exam.pass : t.exam.fail})
              {result.findings.length > 0 && (
                <ul>
                  {result.findings.map((f) => (
                    <li>
                      <Rich text={f[lang]} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
        <button
          type="button"
          class="lab-button"
          onClick={() => {
            unmount();
            onEnd();
          }}
        >
          {t.exam.again}
        </button>
      </section>
    );
  }

  const task = tasks[index];
  const key = keyOf(task);
  const flagged = flags.includes(key);
  const toggleFlag = () => {
    const next = flagged ? flags.filter((f) => f !== key) : [...flags, key];
    setFlags(next);
    exam.flags = next;
    keep();
  };

  return (
    <section class="lab-exam-run" aria-label={fmt(t.exam.taskOf, { n: index + 1, total: tasks.length })} data-lab-exam-state="running">
      <div class="lab-exam-bar">
        <span>
          {t.exam.remaining}:{' '}
          <span class="lab-exam-clock" role="timer" data-lab-exam-clock>
            {clockText(left)}
          </span>
        </span>
        <button
          type="button"
          class="lab-button"
          data-lab-exam-finish
          onClick={() => {
            if (window.confirm(t.exam.finishConfirm)) {
              keep();
              void finish(false);
            }
          }}
        >
          {t.exam.finish}
        </button>
        <a href={`?seed=${exam.seed}`}>{t.exam.shareLink}</a>
      </div>
      <nav aria-label={t.exam.taskList}>
        <ol class="lab-exam-list">
          {tasks.map((x, i) => (
            <li>
              <button
                type="button"
                class="lab-button"
                aria-current={i === index ? 'true' : undefined}
                onClick={() => {
                  keep();
                  setCurrent(undefined);
                  setIndex(i);
                }}
              >
                {i + 1}
                {flags.includes(keyOf(x)) ? ` ⚑ ${t.exam.flagged}` : ''}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <article class="lab-task" data-exam-task={key}>
        <h2 class="lab-task-title">
          {fmt(t.exam.taskOf, { n: index + 1, total: tasks.length })}: {task.title[lang]}
        </h2>
        <p>
          <Rich text={task.statement[lang]} />
        </p>
        <div class="lab-exam-bar">
          <button type="button" class="lab-button" aria-pressed={flagged} onClick={toggleFlag} data-lab-exam-flag>
            ⚑ {t.exam.flag}
          </button>
          <button type="button" class="lab-button" disabled={index === 0} onClick={() => (keep(), setCurrent(undefined), setIndex(index - 1))}>
            {t.exam.previous}
          </button>
          <button type="button" class="lab-button" disabled={index === tasks.length - 1} onClick={() => (keep(), setCurrent(undefined), setIndex(index + 1))}>
            {t.exam.next}
          </button>
        </div>
        {current && current.task === task ? (
          <TaskPanel key={key} run={current} strings={strings} mode="exam" onWork={keep} />
        ) : (
          <p class="lab-loading" role="status">
            {t.loading}
          </p>
        )}
      </article>
    </section>
  );
}
