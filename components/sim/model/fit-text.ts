// Text that must fit a box of the diagram. Pod names keep their end: a Deployment's pods differ only
// in the ReplicaSet hash and the pod suffix (`web-7d9f8b6c5-x2k4q`), so those survive and the middle
// gives way (`web-7d…-x2k4q`, or `my…6c5-x2k4q` when more room). Other labels are cut at the end.

/** Average width of a character of the 11 px UI font. */
export const CHAR_W = 6.6;

const charsFor = (width: number) => Math.max(3, Math.floor(width / CHAR_W));

/** Cuts at the end with an ellipsis when the text does not fit. */
export function fitEnd(text: string, width: number): string {
  const max = charsFor(width);
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

/**
 * Cuts in the middle, keeping as much of the distinguishing suffix (the last two `-` parts: the
 * ReplicaSet hash and the pod suffix) as fits, then as much of the start as the room left allows.
 */
export function fitMiddle(text: string, width: number): string {
  const max = charsFor(width);
  if (text.length <= max) return text;
  const parts = text.split('-');
  const suffix = parts.length >= 3 ? parts.slice(-2).join('-') : parts.length === 2 ? parts[1] : text.slice(-Math.ceil(max / 2));
  // The ellipsis takes one character; keep at least one character of the start.
  const keepEnd = Math.min(suffix.length + 1, max - 2);
  const keepStart = max - 1 - keepEnd;
  return text.slice(0, keepStart) + '…' + text.slice(text.length - keepEnd);
}

/** True when the visible text's words appear, in order and together, in the name (WCAG 2.5.3 "label in name"). */
export function nameContainsText(name: string, text: string): boolean {
  const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const hay = words(name);
  const needle = words(text);
  if (needle.length === 0) return true;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, j) => hay[i + j] === w)) return true;
  return false;
}

/** An accessible name that starts with what the box shows when the description alone would not contain it. */
export function labelWithText(shown: string, description: string): string {
  return nameContainsText(description, shown) ? description : `${shown}: ${description}`;
}
