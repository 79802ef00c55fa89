import type { Rng } from '../kernel/rng.ts';

/** A UUID v4 drawn from the seeded generator (object uids must be deterministic too). */
export function newUid(rng: Rng): string {
  // Character codes first, one string at the end (cheaper than 36 concatenations per object).
  const codes = new Array<number>(36);
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) codes[i] = DASH;
    else if (i === 14) codes[i] = HEX.charCodeAt(4);
    else if (i === 19) codes[i] = HEX.charCodeAt(8 + rng.int(4));
    else codes[i] = HEX.charCodeAt(rng.int(16));
  }
  return String.fromCharCode(...codes);
}

const HEX = '0123456789abcdef';
const DASH = '-'.charCodeAt(0);
