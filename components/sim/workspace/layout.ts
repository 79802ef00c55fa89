// Applies the workspace's state to the page: the wrapper's data attributes (which the CSS reads),
// its landmark name, the page-level attribute that makes Starlight's navigation give way, and the
// placeholder that keeps the player's place in the note. Synchronous and idempotent, so a dock or
// undock changes the layout in one go (no intermediate layout for the browser to scroll-anchor on).

export type Mode = 'dock' | 'sheet';

export interface LayoutState {
  docked: boolean;
  mode: Mode;
  collapsed: boolean;
  width: number;
  /** The panel's landmark name while docked. */
  label: string;
}

export function applyLayout(ws: HTMLElement, placeholder: HTMLElement | null, s: LayoutState): void {
  const root = document.documentElement;
  if (s.docked && ws.dataset.wsState !== 'docked' && placeholder) {
    // The player's height now, kept in the note by the placeholder: the text after it does not move.
    placeholder.style.height = `${ws.getBoundingClientRect().height}px`;
    placeholder.hidden = false;
  }
  ws.dataset.wsState = s.docked ? 'docked' : 'inline';
  ws.dataset.wsMode = s.mode;
  ws.toggleAttribute('data-ws-collapsed', s.docked && s.collapsed);
  if (s.docked) {
    ws.setAttribute('role', 'region');
    ws.setAttribute('aria-label', s.label);
    root.dataset.workspace = s.collapsed ? `${s.mode}-collapsed` : s.mode;
    root.style.setProperty('--ws-width', `${s.width}px`);
  } else {
    ws.removeAttribute('role');
    ws.removeAttribute('aria-label');
    delete root.dataset.workspace;
    root.style.removeProperty('--ws-width');
    if (placeholder) {
      placeholder.hidden = true;
      placeholder.style.height = '';
    }
  }
}
