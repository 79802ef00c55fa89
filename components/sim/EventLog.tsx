/** @jsxImportSource preact */
// The event log: every delivered event of the recorded run; selecting one jumps there. Events after
// the current step (a recorded future, after stepping back) are shown dimmed.
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../src/sim/scenarios/types.ts';
import type { SimStrings } from '../../src/i18n/sim.ts';
import type { LogEntryView } from './model/cluster-contract.ts';
import { narrate } from '../../src/i18n/narration/index.ts';
import { formatTime } from './Controls.tsx';
import { isBackground } from './model/background.ts';

interface Props {
  t: SimStrings;
  lang: Lang;
  log: readonly LogEntryView[];
  base: number;
  position: number;
  positionOf(index: number): number;
  hideBackground: boolean;
  onHideBackground(hide: boolean): void;
  onJump(position: number): void;
}

/** At most this many rows are drawn, centred on the current step. */
const WINDOW = 300;

export function EventLog({ t, lang, log, base, position, positionOf, hideBackground, onHideBackground, onJump }: Props) {
  const currentRef = useRef<HTMLLIElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const rows: { entry: LogEntryView; index: number; at: number }[] = [];
  for (let i = base; i < log.length; i++) {
    const entry = log[i];
    if (hideBackground && isBackground(entry)) continue;
    rows.push({ entry, index: i, at: positionOf(i) });
  }
  let currentRow = -1;
  for (let r = 0; r < rows.length; r++) if (rows[r].at <= position) currentRow = r;
  const start = Math.max(0, Math.min(currentRow - WINDOW / 2, rows.length - WINDOW));
  const shown = rows.slice(start, start + WINDOW);

  // Keep the current entry in view by scrolling the list itself (scrollIntoView would scroll the page too).
  useEffect(() => {
    const list = listRef.current;
    const row = currentRef.current;
    if (list && row) list.scrollTop = Math.max(0, row.offsetTop - list.clientHeight / 2);
  }, [position]);

  return (
    <div class="sim-log">
      <label class="sim-check">
        <input type="checkbox" checked={hideBackground} onChange={(e) => onHideBackground((e.target as HTMLInputElement).checked)} />
        {t.log.hideBackground}
      </label>
      {shown.length === 0 ? (
        <p>{t.log.empty}</p>
      ) : (
        <ol class="sim-log-list" aria-label={t.log.label} ref={listRef}>
          {shown.map(({ entry, index, at }, r) => {
            const future = at > position;
            const isCurrent = start + r === currentRow;
            return (
              <li ref={isCurrent ? currentRef : undefined} class={future ? 'is-future' : isCurrent ? 'is-current' : ''} key={index}>
                <button type="button" class="sim-log-entry" onClick={() => onJump(at)} aria-current={isCurrent ? 'step' : undefined}>
                  <span class="sim-log-time">{formatTime(entry.time)}</span>
                  <span class="sim-log-route">
                    {entry.from} → {entry.to}
                  </span>
                  <span class="sim-log-caption">{narrate(entry.narration, lang)}</span>
                  {future && <span class="sim-visually-hidden">{t.log.future}</span>}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
