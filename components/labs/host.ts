// THE SEAM between a task and where its panel lives. Today the panel renders inline, in the task
// card's own slot below the statement. The docked workspace (issue 11) will host it beside the text:
// to move tasks there, change only `panelHost` (ask the workspace for a session container, return it,
// and let `release` hand it back). Nothing else in components/labs/ knows where the panel is drawn.

export interface PanelHost {
  /** Where the task panel renders. */
  container: HTMLElement;
  /** Called after the panel is unmounted (the dock would close or recycle its session here). */
  release(): void;
}

/** The container for a task card's panel: inline, the card's `[data-task-slot]`. */
export function panelHost(card: HTMLElement): PanelHost {
  let container = card.querySelector<HTMLElement>('[data-task-slot]');
  if (!container) {
    container = document.createElement('div');
    container.setAttribute('data-task-slot', '');
    card.append(container);
  }
  return { container, release: () => undefined };
}
