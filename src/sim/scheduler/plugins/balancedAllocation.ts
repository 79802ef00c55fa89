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
    // Two resources (cpu, memory): the population standard deviation is |f1 - f2| / 2; with one
    // resource it is 0.
    const hasCpu = node.allocatable.milliCpu > 0;
    const hasMem = node.allocatable.memory > 0;
    let std = 0;
    if (hasCpu && hasMem) {
      const fCpu = Math.min(1, (node.requested.milliCpu + state.request.milliCpu) / node.allocatable.milliCpu);
      const fMem = Math.min(1, (node.requested.memory + state.request.memory) / node.allocatable.memory);
      std = Math.abs(fCpu - fMem) / 2;
    }
    return Math.trunc((1 - std) * MAX_NODE_SCORE);
  },
};
