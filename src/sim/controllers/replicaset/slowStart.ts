// Slow-start creation (replica_set.go slowStartBatch): batches of 1, 2, 4, ... so that a failing
// create (quota, admission) costs one request instead of hundreds.

export const SLOW_START_INITIAL_BATCH_SIZE = 1;
/** At most this many creates or deletes per sync (replica_set.go BurstReplicas). */
export const BURST_REPLICAS = 500;

/** Sizes of the batches for `count` creations, e.g. 10 -> [1, 2, 4, 3]. */
export function slowStartBatchSizes(count: number, initialBatchSize = SLOW_START_INITIAL_BATCH_SIZE): number[] {
  const sizes: number[] = [];
  let remaining = count;
  for (let size = Math.min(remaining, initialBatchSize); size > 0; size = Math.min(2 * size, remaining)) {
    sizes.push(size);
    remaining -= size;
  }
  return sizes;
}

/**
 * Runs `fn` in slow-start batches; every call of a batch is made, and if any of them failed no
 * further batch starts. Returns how many calls succeeded and how many were made.
 */
export function slowStartBatch(
  count: number,
  initialBatchSize: number,
  fn: () => boolean,
): { successes: number; calls: number; failed: boolean } {
  let remaining = count;
  let successes = 0;
  let calls = 0;
  for (let size = Math.min(remaining, initialBatchSize); size > 0; size = Math.min(2 * size, remaining)) {
    let failures = 0;
    for (let i = 0; i < size; i++) {
      calls++;
      if (!fn()) failures++;
    }
    successes += size - failures;
    if (failures > 0) return { successes, calls, failed: true };
    remaining -= size;
  }
  return { successes, calls, failed: false };
}
