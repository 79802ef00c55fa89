// The player's keyboard shortcuts. They never act while the reader types (inputs, the terminal) and
// leave keys to controls that use them themselves (Space on buttons and links, arrows on tabs).

export type ShortcutAction = 'toggle-play' | 'forward' | 'forward-one' | 'back' | 'first' | 'last' | 'help' | 'close-help';

interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey?: boolean;
  target: { closest(selector: string): unknown } | null;
}

const TYPING = 'input, textarea, select, [contenteditable], .sim-terminal, .sim-editor';
const NATIVE_SPACE = 'button, a, summary, [role="tab"], [role="button"]';

export function shortcutFor(e: KeyLike, helpOpen: boolean): ShortcutAction | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey || !e.target) return undefined;
  const within = (selector: string) => e.target!.closest(selector) !== null;
  if (within(TYPING)) return undefined;
  switch (e.key) {
    case ' ':
      return within(NATIVE_SPACE) ? undefined : 'toggle-play';
    case 'ArrowRight':
      if (within('[role="tab"]')) return undefined;
      return e.shiftKey ? 'forward-one' : 'forward';
    case 'ArrowLeft':
      return within('[role="tab"]') ? undefined : 'back';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case '?':
      return 'help';
    case 'Escape':
      return helpOpen ? 'close-help' : undefined;
    default:
      return undefined;
  }
}
