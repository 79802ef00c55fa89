/** @jsxImportSource preact */
// Narration: the current step's caption (a live region, so screen readers hear each step) and the
// scenario's guided steps with the one reached highlighted and Run buttons for reader actions.
import { useEffect, useRef } from 'preact/hooks';
import type { GuidedStep, Lang } from '../../src/sim/scenarios/types.ts';
import type { SimStrings } from '../../src/i18n/sim.ts';
import { fmt } from './format.ts';
import type { LogEntryView } from './model/cluster-contract.ts';
import { narrate } from '../../src/i18n/narration/index.ts';

interface Props {
  t: SimStrings;
  lang: Lang;
  current: LogEntryView | undefined;
  /** The caption (above the diagram) or the guided steps (below it). */
  part: 'caption' | 'guide';
  steps?: GuidedStep[];
  reached?: number;
  onRun?(command: string): void;
  /** Background events the last step went past, by kind. */
  passed?: { kind: string; count: number }[];
}

export function Narration({ t, lang, current, part, steps = [], reached = -1, onRun, passed = [] }: Props) {
  if (part === 'caption') {
    return (
      <div class="sim-caption" aria-live="polite" aria-atomic="true" aria-label={t.narration.label} role="status">
        {current ? (
          <>
            <span class="sim-caption-route">{fmt(t.narration.from, { from: current.from, to: current.to })}</span>
            <span class="sim-caption-text">{narrate(current.narration, lang)}</span>
          </>
        ) : (
          <span class="sim-caption-text">{t.narration.start}</span>
        )}
        {passed.length > 0 && (
          <span class="sim-caption-passed">
            {fmt(t.narration.passed, {
              n: passed.reduce((sum, p) => sum + p.count, 0),
              kinds: passed.map((p) => `${p.kind} ${p.count}`).join(', '),
            })}
          </span>
        )}
      </div>
    );
  }
  return <Guide t={t} lang={lang} steps={steps} reached={reached} onRun={onRun} />;
}

function Guide({ t, lang, steps, reached, onRun }: Required<Pick<Props, 't' | 'lang' | 'steps' | 'reached'>> & Pick<Props, 'onRun'>) {
  const listRef = useRef<HTMLOListElement>(null);
  // Keep the reached step in view inside the list (without scrolling the page).
  useEffect(() => {
    const list = listRef.current;
    const item = list?.children[reached] as HTMLElement | undefined;
    if (list && item) list.scrollTop = Math.max(0, item.offsetTop - list.clientHeight / 3);
  }, [reached]);
  if (steps.length === 0) return null;
  return (
    <details class="sim-guide" open>
      <summary>{t.narration.guide}</summary>
      <ol ref={listRef}>
        {steps.map((step, i) => (
          <li
            class={i === reached ? 'sim-step is-current' : i < reached ? 'sim-step is-past' : 'sim-step'}
            aria-current={i === reached ? 'step' : undefined}
          >
            <span>{step.caption[lang]}</span>
            {step.command && (
              <span class="sim-step-command">
                <code>{step.command}</code>
                <button
                  type="button"
                  class="sim-button sim-text-button"
                  onClick={() => onRun?.(step.command ?? '')}
                  aria-label={`${t.narration.run}: ${step.command}`}
                >
                  {t.narration.run}
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
