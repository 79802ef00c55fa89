import type { KeyRange } from './types.ts';

/**
 * Key ranges compare keys as etcd does (byte order). Keys here are JavaScript strings, so the
 * order is UTF-16 code-unit order, which equals byte order for the ASCII keys Kubernetes uses.
 */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The rangeEnd that makes [key, end) cover every key starting with `prefix` (etcd clientv3 GetPrefixRangeEnd). */
export function prefixRangeEnd(prefix: string): string {
  for (let i = prefix.length - 1; i >= 0; i--) {
    const code = prefix.charCodeAt(i);
    if (code < 0xff) return prefix.slice(0, i) + String.fromCharCode(code + 1);
  }
  // Every byte is 0xff (or the prefix is empty): the range has no end.
  return '\0';
}

export function inRange(range: KeyRange, key: string): boolean {
  if (range.rangeEnd === undefined || range.rangeEnd === '') return key === range.key;
  if (range.rangeEnd === '\0') return key >= range.key;
  return key >= range.key && key < range.rangeEnd;
}
