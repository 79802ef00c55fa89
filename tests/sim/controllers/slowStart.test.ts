// TestSlowStartBatch (replica_set_test.go) and BurstReplicas (k8s-facts 3.2, 3.3).
import { describe, expect, it } from 'vitest';
import { slowStartBatch, slowStartBatchSizes } from '../../../src/sim/controllers/replicaset/slowStart.ts';

describe('slowStartBatch', () => {
  it('all calls fail: 0 successes after 1 call', () => {
    expect(slowStartBatch(10, 1, () => false)).toEqual({ successes: 0, calls: 1, failed: true });
  });
  it('all succeed: 10 calls', () => {
    expect(slowStartBatch(10, 1, () => true)).toEqual({ successes: 10, calls: 10, failed: false });
  });
  it('call limit 5: 5 successes, 7 calls (1+2+4)', () => {
    let n = 0;
    expect(slowStartBatch(10, 1, () => ++n <= 5)).toEqual({ successes: 5, calls: 7, failed: true });
  });
  it('batch sizes double: 10 -> 1+2+4+3', () => {
    expect(slowStartBatchSizes(10)).toEqual([1, 2, 4, 3]);
    expect(slowStartBatchSizes(0)).toEqual([]);
    expect(slowStartBatchSizes(500).reduce((a, b) => a + b, 0)).toBe(500);
  });
});
