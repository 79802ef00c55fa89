/** @jsxImportSource preact */
// The keyboard shortcut help: a disclosure button and a small dialog-like panel.
import { useEffect, useRef } from 'preact/hooks';
import type { SimStrings } from '../../src/i18n/sim.ts';
import { Icon } from './Icon.tsx';

interface Props {
  t: SimStrings;
  open: boolean;
  onToggle(open: boolean): void;
}

export function HelpPopover({ t, open, onToggle }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) panel.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <div class="sim-help">
      <button
        type="button"
        class="sim-button"
        ref={opener}
        aria-expanded={open}
        aria-label={t.help.open}
        title={`${t.help.open} (?)`}
        onClick={() => onToggle(!open)}
      >
        <Icon name="help" />
      </button>
      {open && (
        <div
          class="sim-help-panel"
          role="dialog"
          aria-label={t.help.title}
          tabIndex={-1}
          ref={panel}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              onToggle(false);
            }
          }}
        >
          <h3>{t.help.title}</h3>
          <dl>
            {t.help.shortcuts.map(([key, what]) => (
              <div class="sim-help-row">
                <dt>
                  <kbd>{key}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
          <p>{t.help.terminalNote}</p>
          <button type="button" class="sim-button sim-text-button" onClick={() => onToggle(false)}>
            {t.help.close}
          </button>
        </div>
      )}
    </div>
  );
}
