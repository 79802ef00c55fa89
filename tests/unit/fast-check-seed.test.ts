import fc from 'fast-check';
import { expect, it } from 'vitest';

// tests/setup/fast-check.ts (a Vitest setupFile) pins fast-check's seed so CI replays the same cases.
it('fixes fast-check global seed to 20261123 unless FC_SEED overrides it', () => {
  const expected = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261123;
  expect(fc.readConfigureGlobal().seed).toBe(expected);
  const draw = () => fc.sample(fc.integer(), { numRuns: 5 });
  expect(draw()).toEqual(draw());
});
