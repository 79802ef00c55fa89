// The mock exam's draw: a fixed-seed set of tasks across the notes. Same seed, same exam, so a link
// (`?seed=…`) shares it. The PRNG is mulberry32 (small, well-known, good enough to shuffle a list).
import type { LabTask } from './types.ts';

export const DEFAULT_EXAM_MINUTES = 60;
export const EXAM_SIZE = 15;
export const MAX_SEED = 0xffffffff;

/** mulberry32: a 32-bit seeded generator returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Draws `size` tasks: notes are visited in the catalogue's order, round after round, taking one
 * not-yet-drawn task of each note chosen by the seed, so the exam spans the notes evenly. The result
 * keeps the notes' learning order.
 */
export function drawExam(tasks: readonly LabTask[], seed: number, size = EXAM_SIZE): LabTask[] {
  const random = mulberry32(seed);
  const byNote = new Map<string, LabTask[]>();
  for (const t of tasks) byNote.set(t.note, [...(byNote.get(t.note) ?? []), t]);
  const pools = [...byNote.values()].map((list) => shuffled(list, random));
  const notes = shuffled([...pools.keys()], random);
  const drawn = new Set<LabTask>();
  while (drawn.size < Math.min(size, tasks.length)) {
    for (const i of notes) {
      const next = pools[i].shift();
      if (next) drawn.add(next);
      if (drawn.size >= size) break;
    }
  }
  return tasks.filter((t) => drawn.has(t));
}

/** A seed from the URL (`?seed=123`): a whole number in [0, 2^32), or undefined. */
export function parseSeed(text: string | null | undefined): number | undefined {
  if (!text || !/^\d{1,10}$/.test(text.trim())) return undefined;
  const n = Number(text.trim());
  return n <= MAX_SEED ? n : undefined;
}

/** Minutes the reader may choose: 1 to 240, default 60. */
export function parseMinutes(text: string | null | undefined): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 240 ? n : DEFAULT_EXAM_MINUTES;
}

/** Whole seconds left at wall time `now` for an exam that started at `startedAt` (ms) and lasts `minutes`. */
export function secondsLeft(startedAt: number, minutes: number, now: number): number {
  return Math.max(0, Math.ceil((startedAt + minutes * 60_000 - now) / 1000));
}

export function clockText(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
