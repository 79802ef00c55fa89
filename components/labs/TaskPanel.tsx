/** @jsxImportSource preact */
// A lab task's panel: its own cluster in the simulation terminal (components/sim/Terminal.tsx), the
// answer field of a question task, and Check, Hint, Show solution and Reset. In the exam, hints,
// solutions and checking are off (the exam grades at the end).
import { useRef, useState } from 'preact/hooks';
import type { LabResult, LabTask } from '../../src/labs/types.ts';
import { afterCheck, afterSolutionShown } from '../../src/labs/progress.ts';
import { pieces } from '../../src/labs/inline-code.ts';
import type { SimStrings } from '../../src/i18n/sim.ts';
import { Terminal } from '../sim/Terminal.tsx';
import { complete, ETCD_KEYS } from '../sim/model/completion.ts';
import { pageFiles } from '../sim/model/files.ts';
import { etcdKeys, objectNames } from '../sim/engine.ts';
import { fmt } from '../sim/format.ts';
import type { TaskRun } from './task-run.ts';
import type { PageLabStrings } from './strings.ts';
import { updateTask } from './progress-store.ts';

interface Props {
  run: TaskRun;
  strings: PageLabStrings;
  /** practice: Check, hints, solution and progress; exam: the terminal, the answer and Reset only. */
  mode: 'practice' | 'exam';
  /** Called after the reader's work changed (a command ran, the answer, a reset): the exam keeps it. */
  onWork?(): void;
}

/** Backticked names and values as <code>. */
export function Rich({ text }: { text: string }) {
  return <>{pieces(text).map((p) => (p.code ? <code>{p.text}</code> : p.text))}</>;
}

export function TaskPanel({ run, strings, mode, onWork }: Props) {
  const { lang, labs: t } = strings;
  const task: LabTask = run.task;
  const key = `${task.note}/${task.id}`;
  const title = task.title[lang];
  const [, setTick] = useState(0);
  const bump = () => setTick((n) => n + 1);
  const [hints, setHints] = useState(0);
  const [solution, setSolution] = useState(false);
  const [result, setResult] = useState<(LabResult & { withSolution: boolean }) | undefined>(undefined);
  const [notice, setNotice] = useState('');
  /** Lines waiting for their turn or running (shown with the terminal's running mark). */
  const [pending, setPending] = useState<string[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const files = (): Record<string, string> => {
    const shown = solution ? [task.solution, ...(task.alternatives ?? [])] : [];
    return Object.assign({}, task.start.files, ...shown.map((s) => s.files ?? {}), pageFiles(document)) as Record<string, string>;
  };

  // Commands run one after the other, in the order given (a Run button pressed twice runs twice).
  const runLine = (raw: string) => {
    const line = raw.trim();
    if (!line) return;
    if (line === 'clear') {
      run.entries = [];
      bump();
      return;
    }
    setNotice('');
    setPending((p) => [...p, line]);
    queue.current = queue.current
      .then(() => run.run(line, files()))
      .finally(() => {
        setPending((p) => p.slice(1));
        bump();
        onWork?.();
      });
  };

  const check = () => {
    void queue.current.then(() => {
      const verdict = run.check();
      const stored = updateTask(key, (previous) => afterCheck(previous, verdict.passed, solution, new Date().toISOString()));
      setResult({ ...verdict, withSolution: verdict.passed && stored.status === 'solved-with-solution' });
    });
  };

  const showSolution = () => {
    setSolution(true);
    updateTask(key, (previous) => afterSolutionShown(previous, new Date().toISOString()));
  };

  const reset = () => {
    void queue.current.then(() => {
      run.reset();
      setResult(undefined);
      setNotice(t.resetDone);
      bump();
      onWork?.();
    });
  };

  const names = (resource: string, ns: string | undefined) =>
    resource === ETCD_KEYS ? etcdKeys(run.cluster) : objectNames(run.cluster, resource, ns);
  const answerId = `task-${task.note}-${task.id}-answer`;

  return (
    <div class="sim-player lab-panel" role="group" aria-label={fmt(t.taskRegion, { title })} data-lab-panel={mode}>
      <p class="lab-note">{t.terminalNote}</p>
      <Terminal
        t={{ terminal: strings.terminal } as SimStrings}
        lang={lang}
        entries={[...run.entries, ...pending.map((line) => ({ line }))]}
        showHelp={false}
        history={run.history}
        onRun={runLine}
        complete={(line) => complete(line, names)}
        inputRef={inputRef}
      />
      {task.check.kind === 'answer' && (
        <p class="lab-answer">
          <label for={answerId}>
            {t.answerLabel} (<Rich text={task.check.prompt[lang]} />)
          </label>{' '}
          <input
            id={answerId}
            type="text"
            value={run.answer}
            autocomplete="off"
            spellcheck={false}
            onInput={(e) => {
              run.answer = (e.target as HTMLInputElement).value;
              onWork?.();
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && mode === 'practice') check();
            }}
          />
        </p>
      )}
      <div class="lab-actions">
        {mode === 'practice' && (
          <>
            <button type="button" class="lab-button lab-check" data-lab-action="check" aria-label={fmt(t.checkLabel, { title })} onClick={check}>
              {t.check}
            </button>
            {task.hints.length > 0 && (
              <button
                type="button"
                class="lab-button"
                data-lab-action="hint"
                disabled={hints >= task.hints.length}
                onClick={() => setHints((n) => Math.min(task.hints.length, n + 1))}
              >
                {hints === 0 ? t.hint : fmt(t.hintCount, { n: hints, total: task.hints.length })}
              </button>
            )}
            <button type="button" class="lab-button" data-lab-action="solution" aria-expanded={solution} disabled={solution} onClick={showSolution}>
              {t.showSolution}
            </button>
          </>
        )}
        <button type="button" class="lab-button" data-lab-action="reset" onClick={reset}>
          {t.reset}
        </button>
      </div>
      {mode === 'practice' && hints > 0 && (
        <ol class="lab-hints">
          {task.hints.slice(0, hints).map((h) => (
            <li>
              <Rich text={h[lang]} />
            </li>
          ))}
        </ol>
      )}
      {mode === 'practice' && solution && (
        <div class="lab-solution" data-lab-solution>
          <p class="lab-solution-title">
            <strong>{t.solutionHeading}</strong> · {t.solutionNote}
          </p>
          {Object.entries(task.solution.files ?? {}).map(([name, content]) => (
            <figure class="lab-file">
              <figcaption>{fmt(t.file, { name })}</figcaption>
              <pre tabIndex={0}>
                <code>{content}</code>
              </pre>
            </figure>
          ))}
          <ul class="lab-commands">
            {task.solution.commands.map((cmd) => (
              <li>
                <code>{cmd}</code>{' '}
                <button type="button" class="lab-button lab-run" data-lab-run aria-label={fmt(t.run, { cmd })} onClick={() => runLine(cmd)}>
                  {fmt(t.run, { cmd: '' }).replace(/[:\s]+$/, '')}
                </button>
              </li>
            ))}
          </ul>
          {task.solution.answer !== undefined && (
            <p>
              {t.answerLabel}: <code>{task.solution.answer}</code>
            </p>
          )}
        </div>
      )}
      {notice && (
        <p class="lab-notice" role="status">
          {notice}
        </p>
      )}
      {mode === 'practice' && (
        <div class="lab-result" role="status" aria-live="polite" aria-label={fmt(t.resultLabel, { title })} data-lab-result={result ? (result.passed ? 'passed' : 'failed') : ''}>
          {result && (
            <>
              <p class="lab-verdict">{result.passed ? (result.withSolution ? t.passedWithSolution : t.passed) : t.failed}</p>
              {result.findings.length > 0 && (
                <ul class="lab-findings">
                  {result.findings.map((f) => (
                    <li>
                      <Rich text={f[lang]} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
