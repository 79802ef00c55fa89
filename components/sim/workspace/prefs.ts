// The reader's workspace preferences, remembered in localStorage across notes: whether the workspace
// was left open, collapsed or not, and the docked panel's width. Read defensively (anything stored
// may be stale or hand-edited) and pure apart from the two storage calls, so it is unit-tested.
import { PREFS_KEY } from './api.ts';

export interface WorkspacePrefs {
  open: boolean;
  collapsed: boolean;
  /** Docked panel width in CSS pixels; undefined: the default (the width the text column leaves). */
  width?: number;
}

export const DEFAULT_PREFS: WorkspacePrefs = { open: false, collapsed: false };
/** Narrowest panel that still shows the terminal and the diagram; the text column keeps at least TEXT_MIN. */
export const PANEL_MIN = 360;
export const TEXT_MIN = 480;
/** Screens at least this wide dock the panel beside the text; narrower ones get a bottom sheet. */
export const WIDE_MIN = 1200;

export function parsePrefs(raw: string | null | undefined): WorkspacePrefs {
  if (!raw) return { ...DEFAULT_PREFS };
  try {
    const v = JSON.parse(raw) as Record<string, unknown>;
    if (typeof v !== 'object' || v === null) return { ...DEFAULT_PREFS };
    const width = typeof v.width === 'number' && Number.isFinite(v.width) && v.width > 0 ? Math.round(v.width) : undefined;
    return { open: v.open === true, collapsed: v.collapsed === true, ...(width ? { width } : {}) };
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

export function readPrefs(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): WorkspacePrefs {
  try {
    return parsePrefs(storage?.getItem(PREFS_KEY));
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

export function writePrefs(prefs: WorkspacePrefs, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Private mode or a full quota: the workspace still works, it just forgets.
  }
}

/** The panel width to use on a viewport `viewport` px wide: the wanted width kept within what leaves the text readable. */
export function clampWidth(wanted: number, viewport: number): number {
  const max = Math.max(PANEL_MIN, viewport - TEXT_MIN);
  return Math.round(Math.min(max, Math.max(PANEL_MIN, wanted)));
}

/** How far one key press moves the splitter (Shift: a larger step). */
export function widthAfterKey(key: string, shift: boolean, width: number, viewport: number): number | undefined {
  const step = shift ? 64 : 16;
  // The panel is on the right: moving the boundary left widens it.
  if (key === 'ArrowLeft') return clampWidth(width + step, viewport);
  if (key === 'ArrowRight') return clampWidth(width - step, viewport);
  if (key === 'Home') return clampWidth(viewport, viewport);
  if (key === 'End') return PANEL_MIN;
  return undefined;
}
