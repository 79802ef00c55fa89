import type { Rng } from '../kernel/rng.ts';

/** A UUID v4 drawn from the seeded generator (object uids must be deterministic too). */
export function newUid(rng: Rng): string {
  const hex = '0123456789abcdef';
  let out = '';
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) out += '-';
    else if (i === 14) out += '4';
    else if (i === 19) out += hex[8 + rng.int(4)];
    else out += hex[rng.int(16)];
  }
  return out;
}
