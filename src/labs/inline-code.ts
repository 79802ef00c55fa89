// Task texts mark names, commands and values with backticks (`web`, `nginx:1.27`). They are shown as
// <code>: as an HTML string at build time (the static task cards) and as pieces in the islands.

export type Piece = { code: boolean; text: string };

export function pieces(text: string): Piece[] {
  return text.split('`').map((part, i) => ({ code: i % 2 === 1, text: part })).filter((p) => p.text !== '');
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]);
}

export function inlineCodeHtml(text: string): string {
  return pieces(text).map((p) => (p.code ? `<code>${escapeHtml(p.text)}</code>` : escapeHtml(p.text))).join('');
}
