/** @jsxImportSource preact */
// Playback controls: reset, back, play/pause, forward, speed, timeline and the virtual clock.
import { useState } from 'preact/hooks';
import type { SimStrings } from '../../src/i18n/sim.ts';
import { fmt } from './format.ts';
import { Icon } from './Icon.tsx';

interface Props {
  t: SimStrings;
  position: number;
  horizon: number;
  time: number;
  playing: boolean;
  speed: number;
  speeds: number[];
  onReset(): void;
  onBack(): void;
  onForward(): void;
  onSkip(): void;
  skipBackground: boolean;
  onSkipBackground(skip: boolean): void;
  onTogglePlay(): void;
  onSpeed(speed: number): void;
  onJump(position: number): void;
  shareHash(): string;
}

/** Virtual time as seconds with milliseconds, e.g. "12.345 s". */
export function formatTime(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`;
}

/** Where the run is, in words: before any event, at the latest recorded step, or in the recorded past. */
export function positionText(t: SimStrings, position: number, horizon: number): string {
  if (position === 0 && horizon === 0) return t.controls.stepStart;
  return position >= horizon ? fmt(t.controls.stepAt, { p: position }) : fmt(t.controls.step, { p: position, h: horizon });
}

export function Controls(p: Props) {
  const { t } = p;
  const where = positionText(t, p.position, p.horizon);
  const [shareStatus, setShareStatus] = useState('');
  const share = async () => {
    const url = new URL(location.href);
    url.hash = p.shareHash();
    history.replaceState(history.state, '', url.hash);
    try {
      await navigator.clipboard.writeText(url.toString());
      setShareStatus(t.controls.shareCopied);
    } catch {
      setShareStatus(t.controls.shareFailed);
    }
  };
  return (
    <div class="sim-controls" role="group" aria-label={t.controls.label}>
      <div class="sim-buttons">
        <button type="button" class="sim-button" data-action="reset" onClick={p.onReset} aria-label={t.controls.reset} title={t.controls.reset}>
          <Icon name="reset" />
        </button>
        <button
          type="button"
          class="sim-button"
          data-action="back"
          onClick={p.onBack}
          disabled={p.position === 0}
          aria-label={t.controls.back}
          title={`${t.controls.back} (←)`}
        >
          <Icon name="back" />
        </button>
        <button
          type="button"
          class="sim-button sim-play"
          data-action="play"
          onClick={p.onTogglePlay}
          aria-label={p.playing ? t.controls.pause : t.controls.play}
          aria-pressed={p.playing}
          title={`${p.playing ? t.controls.pause : t.controls.play} (Space)`}
        >
          <Icon name={p.playing ? 'pause' : 'play'} />
        </button>
        <button type="button" class="sim-button" data-action="forward" onClick={p.onForward} aria-label={t.controls.forward} title={`${t.controls.forward} (→)`}>
          <Icon name="forward" />
        </button>
        <button type="button" class="sim-button sim-text-button" data-action="skip" onClick={p.onSkip} aria-label={`${t.controls.skipShort}: ${t.controls.skip}`} title={t.controls.skip}>
          {t.controls.skipShort}
        </button>
        <label class="sim-speed">
          <span>{t.controls.speed}</span>
          <select value={String(p.speed)} onChange={(e) => p.onSpeed(Number((e.target as HTMLSelectElement).value))}>
            {p.speeds.map((s) => (
              <option value={String(s)}>{`×${s}`}</option>
            ))}
          </select>
        </label>
        <button type="button" class="sim-button sim-share" data-action="share" onClick={share} aria-label={t.controls.share} title={t.controls.share}>
          <Icon name="link" />
        </button>
      </div>
      <div class="sim-timeline">
        <input
          type="range"
          min={0}
          max={Math.max(p.horizon, p.position)}
          step={1}
          value={p.position}
          aria-label={t.controls.timeline}
          aria-valuetext={where}
          onInput={(e) => p.onJump(Number((e.target as HTMLInputElement).value))}
        />
        <span class="sim-position" data-position={p.position} data-horizon={p.horizon}>
          {where}
        </span>
        <span class="sim-clock" data-mode={p.playing ? 'live' : 'paused'}>
          <span class="sim-visually-hidden">{t.controls.time}: </span>
          <span aria-hidden="true">t = </span>
          {formatTime(p.time)}
          <span class="sim-clock-mode">
            <span aria-hidden="true">{p.playing ? '● ' : '⏸ '}</span>
            {p.playing ? fmt(t.controls.live, { s: p.speed }) : t.controls.paused}
          </span>
        </span>
      </div>
      <label class="sim-check">
        <input type="checkbox" checked={p.skipBackground} onChange={(e) => p.onSkipBackground((e.target as HTMLInputElement).checked)} />
        {t.controls.skipBackground}
      </label>
      <span class="sim-visually-hidden" role="status">
        {shareStatus}
      </span>
    </div>
  );
}
