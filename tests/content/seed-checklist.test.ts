// Every fact of the learners' seed notes must end up in the notes, corrected where it was wrong.
// Each note keeps a table (tests/content/seed-facts/<slug>.ts) of the seed facts it covers and
// the exact wording that covers them in each language; this test holds the notes to it.
import { describe, expect, it } from 'vitest';
import type { SeedFact } from './seed-facts/types.ts';
import { noteSlugs, readNote } from './notes.ts';

const tables = import.meta.glob<{ default: SeedFact[] }>('./seed-facts/*.ts', { eager: true });
// The seed files (../shared/seeds/, beside the repository) and their line counts, recorded here so
// the checklist is checked the same way with or without the seeds at hand.
const SEED_LINES: Record<string, number> = {
  '000_caab546b2729b72a.txt': 151,
  '002_2b61fdecd5a72471.txt': 260,
  '003_f1a409a62ec7e8f0.txt': 132,
  '004_cec7a8c541e40a1c.txt': 79,
};

function tableFor(slug: string): SeedFact[] | undefined {
  return tables[`./seed-facts/${slug}.ts`]?.default;
}

describe('seed checklist', () => {
  it.each(noteSlugs)('%s has a seed-fact table', (slug) => {
    const table = tableFor(slug);
    expect(table, `tests/content/seed-facts/${slug}.ts`).toBeDefined();
    expect(table!.length).toBeGreaterThan(0);
  });

  for (const slug of noteSlugs) {
    const table = tableFor(slug) ?? [];
    const ko = readNote(slug, 'ko');
    const en = readNote(slug, 'en');
    describe(slug, () => {
      it.each(table.map((fact, i) => [i, fact] as const))('fact %i is covered in both languages', (_i, fact) => {
        expect(fact.seed).toMatch(/^\d{3}_[0-9a-f]+\.txt:\d+$/);
        expect(ko?.source, `${slug} (ko) should contain: ${fact.ko}`).toContain(fact.ko);
        expect(en?.source, `${slug} (en) should contain: ${fact.en}`).toContain(fact.en);
      });
    });
  }

  it('cites only real seed files and lines', () => {
    const all = noteSlugs.flatMap((slug) => tableFor(slug) ?? []);
    for (const fact of all) {
      const [file, line] = fact.seed.split(':');
      expect(SEED_LINES[file], `${fact.seed}: unknown seed file`).toBeDefined();
      expect(Number(line), fact.seed).toBeGreaterThan(0);
      expect(Number(line), fact.seed).toBeLessThanOrEqual(SEED_LINES[file] + 1);
    }
  });

  it('covers every seed file', () => {
    const cited = new Set(noteSlugs.flatMap((slug) => (tableFor(slug) ?? []).map((f) => f.seed.split(':')[0])));
    for (const seed of Object.keys(SEED_LINES)) expect(cited.has(seed), `no note covers ${seed}`).toBe(true);
  });
});
