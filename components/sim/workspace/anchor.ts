// Keeping the reader's place when the workspace changes the page's layout (docking at a remembered
// width, resizing, closing): the element the reader was at keeps its distance from the top of the
// window. Docking at the default width changes nothing, so the page does not scroll at all.

export interface Anchor {
  el: Element;
  top: number;
}

function visible(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.height > 0 && r.bottom > 0 && r.top < innerHeight;
}

/** The element to keep in place: the one the reader acted from if it is on screen, else the first block of the text at the top of the window. */
export function captureAnchor(preferred: Element | null | undefined): Anchor | undefined {
  if (preferred?.isConnected && visible(preferred)) return { el: preferred, top: preferred.getBoundingClientRect().top };
  const text = document.querySelector('.sl-markdown-content') ?? document.querySelector('main');
  if (!text) return undefined;
  for (const block of text.children) {
    if (block.classList.contains('ws') || block.hasAttribute('data-ws-placeholder')) continue;
    const r = block.getBoundingClientRect();
    if (r.height > 0 && r.bottom > 0) return { el: block, top: r.top };
  }
  return undefined;
}

/** After the layout changed: scrolls by exactly how far the anchor moved (nothing when it did not). */
export function restoreAnchor(anchor: Anchor | undefined): void {
  if (!anchor?.el.isConnected) return;
  const delta = anchor.el.getBoundingClientRect().top - anchor.top;
  if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, behavior: 'instant' });
}
