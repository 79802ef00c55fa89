/**
 * Seeded pseudo-random generator (mulberry32). The engine never calls Math.random: every random
 * choice (scheduler tie-break, generated name suffixes, jitter) draws from one of these so that a
 * seed fully determines a run.
 */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Random string over an alphabet (used for generateName suffixes, pod-template hashes). */
  string(length: number, alphabet: string): string;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    string(length, alphabet) {
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
      return out;
    },
  };
}

/** Kubernetes' rand.String alphabet: no vowels and no confusable characters (apimachinery util/rand). */
export const K8S_NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
