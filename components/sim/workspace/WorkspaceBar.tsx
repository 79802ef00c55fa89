/** @jsxImportSource preact */
// The workspace island: docks the note's simulation beside the text (wide screens) or in a bottom
// sheet (narrow screens), and back. It does not move the player's DOM (an island re-hydrates when
// moved, and the engine's session lives in it): the player's wrapper (`.ws`, Workspace.astro) is
// switched to fixed positioning by CSS, and a placeholder of the same height keeps its place in the
// note, so the text does not move. One player, one engine, shown either in the note or in the panel.
//
// Hydrated by `client:workspace` (./directive.ts) on the first open request; requests come through
// ./api.ts's protocol (Run buttons, lab islands). Keyboard: focus moves into the panel when it opens;
// Escape returns it to where the reader was in the text; the splitter is a focusable separator
// moved with the arrow keys.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../../src/i18n/ui.ts';
import type { WorkspaceStrings } from '../../../src/i18n/workspace.ts';
import { fmt } from '../format.ts';
import { CLOSE_EVENT, OPEN_EVENT, takeRequests, type OpenRequest } from './api.ts';
import { clampWidth, readPrefs, WIDE_MIN, widthAfterKey, writePrefs, type WorkspacePrefs } from './prefs.ts';
import { captureAnchor, restoreAnchor, type Anchor } from './anchor.ts';
import './workspace.css';

interface Props {
  id: string;
  lang: Lang;
  t: WorkspaceStrings;
  /** The hosted simulation's title (the panel's name says which cluster it is). */
  title: string;
  sandboxHref?: string;
}

export default function WorkspaceBar(props: Props) {
  // Server render and hydration render nothing: the bar exists only once the workspace is wanted.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted ? <Bar {...props} /> : null;
}

type Mode = 'dock' | 'sheet';

const wideQuery = () => matchMedia(`(min-width: ${WIDE_MIN}px)`);

function Bar({ id, t, title, sandboxHref }: Props) {
  const barRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [prefs, setPrefs] = useState<WorkspacePrefs>(() => readPrefs());
  const [docked, setDocked] = useState(false);
  const [mode, setMode] = useState<Mode>(() => (wideQuery().matches ? 'dock' : 'sheet'));
  const returnFocus = useRef<Element | null>(null);
  /** Where the reader is, captured before a layout change and restored right after it (before paint). */
  const anchor = useRef<Anchor | undefined>(undefined);
  const slotCleanup = useRef<(() => void) | undefined>(undefined);
  /** The width the text column leaves (Starlight's navigation and table of contents), measured at docking. */
  const [defaultWidth, setDefaultWidth] = useState(600);

  const ws = () => barRef.current?.closest<HTMLElement>('.ws') ?? null;
  const placeholder = () => document.querySelector<HTMLElement>(`[data-ws-placeholder="${CSS.escape(id)}"]`);
  const isFirst = () => document.querySelector('.ws') === ws();

  const update = useCallback((next: Partial<WorkspacePrefs>) => {
    setPrefs((p) => {
      const merged = { ...p, ...next };
      writePrefs(merged);
      return merged;
    });
  }, []);

  const dock = useCallback(
    (request: OpenRequest | undefined, moveFocus: boolean) => {
      const el = ws();
      if (!el) return;
      if (request) {
        const from = request.returnFocus;
        if (from && !el.contains(from)) returnFocus.current = from;
        if (request.slot) {
          const slot = el.querySelector<HTMLElement>('[data-ws-slot]');
          if (slot) {
            slotCleanup.current?.();
            slot.replaceChildren();
            const cleanup = request.slot(slot);
            slotCleanup.current = typeof cleanup === 'function' ? cleanup : undefined;
          }
        }
      }
      if (!docked) {
        // Measured before anything changes: the player's height (kept by the placeholder) and the
        // width the text column has now (so docking at the default width reflows nothing).
        const mainPane = document.querySelector('.main-pane');
        const textWidth = mainPane?.getBoundingClientRect().width;
        const viewport = document.documentElement.clientWidth;
        if (textWidth) setDefaultWidth(clampWidth(viewport - textWidth, viewport));
        const ph = placeholder();
        if (ph) {
          ph.style.height = `${el.getBoundingClientRect().height}px`;
          ph.hidden = false;
        }
        anchor.current = captureAnchor(returnFocus.current);
        setDocked(true);
      }
      update({ open: true, collapsed: false });
      if (moveFocus) requestAnimationFrame(() => headingRef.current?.focus({ preventScroll: true }));
    },
    [docked, update],
  );

  const undock = useCallback(() => {
    const back = returnFocus.current;
    slotCleanup.current?.();
    slotCleanup.current = undefined;
    anchor.current = captureAnchor(back);
    setDocked(false);
    update({ open: false });
    if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
  }, [update]);

  // Requests: those queued before hydration, then every later one.
  useEffect(() => {
    const take = () => {
      const mine = takeRequests(id, isFirst());
      if (mine.length) for (const r of mine) dock(r, true);
    };
    take();
    document.addEventListener(OPEN_EVENT, take);
    const onClose = (e: Event) => {
      const target = (e as CustomEvent<{ target?: string }>).detail?.target;
      if (target === undefined || target === id) undock();
    };
    document.addEventListener(CLOSE_EVENT, onClose);
    return () => {
      document.removeEventListener(OPEN_EVENT, take);
      document.removeEventListener(CLOSE_EVENT, onClose);
    };
  }, [id, dock, undock]);

  // Left open on an earlier page: open again, without taking focus (the reader has not acted yet).
  useEffect(() => {
    if (readPrefs().open && isFirst()) dock(undefined, false);
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const q = wideQuery();
    const onChange = () => setMode(q.matches ? 'dock' : 'sheet');
    q.addEventListener('change', onChange);
    return () => q.removeEventListener('change', onChange);
  }, []);

  const width = clampWidth(prefs.width ?? defaultWidth, typeof window === 'undefined' ? 1280 : document.documentElement.clientWidth);
  const collapsed = prefs.collapsed;

  // The state, applied to the wrapper and the page before paint (the layout the CSS reads).
  useLayoutEffect(() => {
    const el = ws();
    const root = document.documentElement;
    if (!el) return;
    el.dataset.wsState = docked ? 'docked' : 'inline';
    el.dataset.wsMode = mode;
    el.toggleAttribute('data-ws-collapsed', docked && collapsed);
    if (docked) {
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', fmt(t.region, { title }));
      root.dataset.workspace = collapsed ? `${mode}-collapsed` : mode;
      root.style.setProperty('--ws-width', `${width}px`);
    } else {
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
      delete root.dataset.workspace;
      root.style.removeProperty('--ws-width');
      const ph = placeholder();
      if (ph) {
        ph.hidden = true;
        ph.style.height = '';
      }
    }
    restoreAnchor(anchor.current);
    anchor.current = undefined;
  }, [docked, mode, collapsed, width, t, title]);

  // The placeholder's button puts the player back here.
  useEffect(() => {
    const button = placeholder()?.querySelector('button');
    button?.addEventListener('click', undock);
    return () => button?.removeEventListener('click', undock);
  }, [undock]);

  // Escape, anywhere in the panel, returns to the text (unless something inside used it, e.g. a popover).
  useEffect(() => {
    const el = ws();
    if (!el || !docked) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const back = returnFocus.current;
      if (back instanceof HTMLElement && back.isConnected) {
        e.preventDefault();
        back.focus({ preventScroll: true });
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [docked]);

  const resize = (next: number) => {
    anchor.current = captureAnchor(returnFocus.current);
    update({ width: next });
  };

  const onSplitterKey = (e: KeyboardEvent) => {
    const next = widthAfterKey(e.key, e.shiftKey, width, document.documentElement.clientWidth);
    if (next === undefined) return;
    e.preventDefault();
    resize(next);
  };
  const onSplitterPointer = (e: PointerEvent) => {
    const handle = e.currentTarget as HTMLElement;
    handle.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent) => resize(clampWidth(document.documentElement.clientWidth - m.clientX, document.documentElement.clientWidth));
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };

  if (!docked) return <div ref={barRef} hidden />;
  const headingId = `ws-${id}-heading`;
  const toggleLabel = mode === 'dock' ? (collapsed ? t.expand : t.collapse) : collapsed ? t.raise : t.lower;
  return (
    <div class="ws-bar" ref={barRef}>
      {mode === 'dock' && !collapsed && (
        <div
          class="ws-splitter"
          role="separator"
          tabIndex={0}
          aria-orientation="vertical"
          aria-label={t.splitter}
          aria-valuemin={0}
          aria-valuemax={document.documentElement.clientWidth}
          aria-valuenow={width}
          aria-valuetext={fmt(t.width, { w: width })}
          onKeyDown={onSplitterKey}
          onPointerDown={onSplitterPointer}
        />
      )}
      <h2 class="ws-heading" id={headingId} tabIndex={-1} title={t.keys}>
        {t.heading}
      </h2>
      {sandboxHref && (
        <a class="ws-sandbox" href={sandboxHref}>
          {t.sandboxShort}
        </a>
      )}
      <button
        type="button"
        class="ws-button"
        data-ws-action="collapse"
        aria-expanded={!collapsed}
        onClick={() => {
          anchor.current = captureAnchor(returnFocus.current);
          update({ collapsed: !collapsed });
        }}
      >
        {toggleLabel}
      </button>
      <button type="button" class="ws-button" data-ws-action="close" onClick={undock}>
        {t.close}
      </button>
    </div>
  );
}
