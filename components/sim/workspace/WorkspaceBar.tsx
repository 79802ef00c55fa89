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
import { RUN_EVENT } from '../run-queue.ts';
import { clampWidth, readPrefs, WIDE_MIN, widthAfterKey, writePrefs, type WorkspacePrefs } from './prefs.ts';
import { captureAnchor, restoreAnchor } from './anchor.ts';
import { applyLayout, type Mode } from './layout.ts';
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

const wideQuery = () => matchMedia(`(min-width: ${WIDE_MIN}px)`);

function Bar({ id, t, title, sandboxHref }: Props) {
  const barRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [prefs, setPrefs] = useState<WorkspacePrefs>(() => readPrefs());
  const [docked, setDocked] = useState(false);
  const [mode, setMode] = useState<Mode>(() => (wideQuery().matches ? 'dock' : 'sheet'));
  const returnFocus = useRef<Element | null>(null);
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

  const label = fmt(t.region, { title });
  const viewport = () => document.documentElement.clientWidth;
  /** The current state, for event handlers (state setters apply on the next render). */
  const live = useRef({ docked, mode, prefs, defaultWidth });
  live.current = { docked, mode, prefs, defaultWidth };

  /** Changes the layout at once, keeping the reader's place (see anchor.ts), then lets the bar render. */
  const relayout = (next: { docked: boolean; collapsed?: boolean; width?: number; defaultWidth?: number }) => {
    const el = ws();
    if (!el) return;
    const cur = live.current;
    const at = captureAnchor(returnFocus.current);
    const width = clampWidth(next.width ?? cur.prefs.width ?? next.defaultWidth ?? cur.defaultWidth, viewport());
    const collapsed = next.collapsed ?? cur.prefs.collapsed;
    applyLayout(el, placeholder(), { docked: next.docked, mode: cur.mode, collapsed, width, label });
    restoreAnchor(at);
  };

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
      if (!live.current.docked) {
        // The width the text column has now: docking at it reflows nothing.
        const textWidth = document.querySelector('.main-pane')?.getBoundingClientRect().width;
        const measured = textWidth ? clampWidth(viewport() - textWidth, viewport()) : live.current.defaultWidth;
        setDefaultWidth(measured);
        relayout({ docked: true, collapsed: false, defaultWidth: measured });
        live.current.docked = true;
        setDocked(true);
      } else if (live.current.prefs.collapsed) {
        relayout({ docked: true, collapsed: false });
      }
      update({ open: true, collapsed: false });
      if (moveFocus) requestAnimationFrame(() => headingRef.current?.focus({ preventScroll: true }));
    },
    [update],
  );

  const undock = useCallback(() => {
    const back = returnFocus.current;
    slotCleanup.current?.();
    slotCleanup.current = undefined;
    relayout({ docked: false });
    live.current.docked = false;
    setDocked(false);
    update({ open: false });
    if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
  }, [update]);

  // Requests: those queued before hydration, then every later one.
  useEffect(() => {
    const take = () => {
      const mine = takeRequests(id, isFirst());
      for (const r of mine) dock(r, true);
      // Now that the player is in the panel, it takes the queued Run commands (run-queue.ts).
      if (mine.length) document.dispatchEvent(new CustomEvent(RUN_EVENT));
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

  // Later changes (collapse, width, a screen turning narrow) applied before paint.
  useLayoutEffect(() => {
    const el = ws();
    if (el) applyLayout(el, placeholder(), { docked, mode, collapsed, width, label });
  }, [docked, mode, collapsed, width, label]);

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
    relayout({ docked: true, width: next });
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
          relayout({ docked: true, collapsed: !collapsed });
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
