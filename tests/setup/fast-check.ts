import fc from 'fast-check';

/**
 * Makes every fast-check property in the suite deterministic: CI runs the same generated cases on
 * every run, so a failure can be reproduced and a green run means the same thing twice.
 *
 * FC_SEED=<integer> overrides the seed, to explore other cases locally, e.g.
 *   FC_SEED=$RANDOM npx vitest run tests/sim/etcd
 * A failing property prints its seed and path; re-run with FC_SEED set to that seed to replay it.
 */
const DEFAULT_SEED = 20261123;

const fromEnv = process.env.FC_SEED;
const seed = fromEnv !== undefined && fromEnv.trim() !== '' ? Number(fromEnv) : DEFAULT_SEED;
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${fromEnv}"`);

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
