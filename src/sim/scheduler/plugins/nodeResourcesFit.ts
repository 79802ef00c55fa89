import type { FilterPlugin, ScorePlugin } from '../framework.ts';
import { MAX_NODE_SCORE } from '../framework.ts';

/**
 * NodeResourcesFit (k8s-facts 1.1, 1.2, 1.6): the filter reports every insufficient resource;
 * the score is LeastAllocated over cpu and memory (weight 1 each) on the non-zero requests.
 */
export const nodeResourcesFitFilter: FilterPlugin = {
  name: 'NodeResourcesFit',
  filter(state, node) {
    let reasons: string[] | undefined;
    const add = (reason: string) => (reasons ??= []).push(reason);
    if (node.pods.size + 1 > node.allowedPodNumber) add('Too many pods');
    const r = state.request;
    if (!state.requestsNothing) {
      if (r.milliCpu > 0 && r.milliCpu > node.allocatable.milliCpu - node.requested.milliCpu) add('Insufficient cpu');
      if (r.memory > 0 && r.memory > node.allocatable.memory - node.requested.memory) add('Insufficient memory');
      if (r.ephemeralStorage > 0 && r.ephemeralStorage > node.allocatable.ephemeralStorage - node.requested.ephemeralStorage) {
        add('Insufficient ephemeral-storage');
      }
      for (const [name, q] of state.scalarRequests) {
        if (q > 0 && q > (node.allocatable.scalar[name] ?? 0) - (node.requested.scalar[name] ?? 0)) add(`Insufficient ${name}`);
      }
    }
    return reasons ? { reasons } : undefined;
  },
};

function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.trunc(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

export const leastAllocatedScore: ScorePlugin = {
  name: 'NodeResourcesFit',
  weight: 1,
  score(state, node) {
    const cpuCap = node.allocatable.milliCpu;
    const memCap = node.allocatable.memory;
    let sum = 0;
    let weights = 0;
    if (cpuCap > 0) {
      sum += leastRequestedScore(node.nonZeroRequested.milliCpu + state.nonZero.milliCpu, cpuCap);
      weights++;
    }
    if (memCap > 0) {
      sum += leastRequestedScore(node.nonZeroRequested.memory + state.nonZero.memory, memCap);
      weights++;
    }
    return weights ? Math.trunc(sum / weights) : 0;
  },
};
