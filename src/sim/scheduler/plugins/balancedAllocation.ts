import { MAX_NODE_SCORE, type ScorePlugin } from '../framework.ts';

/**
 * NodeResourcesBalancedAllocation as of v1.23..v1.35 (k8s-facts 1.10): with cpu and memory,
 * std = |f_cpu - f_mem| / 2 over the requested fractions (capped at 1), score = int((1 - std) * 100).
 * Best-effort pods are skipped in PreScore.
 */
export const balancedAllocationScore: ScorePlugin = {
  name: 'NodeResourcesBalancedAllocation',
  weight: 1,
  skip: (state) => state.bestEffort,
  score(state, node) {
    const fractions: number[] = [];
    if (node.allocatable.milliCpu > 0) {
      fractions.push(Math.min(1, (node.requested.milliCpu + state.request.milliCpu) / node.allocatable.milliCpu));
    }
    if (node.allocatable.memory > 0) {
      fractions.push(Math.min(1, (node.requested.memory + state.request.memory) / node.allocatable.memory));
    }
    let std = 0;
    if (fractions.length === 2) std = Math.abs(fractions[0] - fractions[1]) / 2;
    else if (fractions.length > 2) {
      const mean = fractions.reduce((a, b) => a + b, 0) / fractions.length;
      std = Math.sqrt(fractions.reduce((a, f) => a + (f - mean) ** 2, 0) / fractions.length);
    }
    return Math.trunc((1 - std) * MAX_NODE_SCORE);
  },
};
