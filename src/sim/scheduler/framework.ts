import type { Pod } from '../api/types.ts';
import type { NodeInfo, Resources } from './nodeInfo.ts';

/** A slice of the scheduling framework: Filter and Score extension points (pkg/scheduler/framework). */
export const MAX_NODE_SCORE = 100;

export interface CycleState {
  pod: Pod;
  request: Resources;
  nonZero: { milliCpu: number; memory: number };
  bestEffort: boolean;
  /** The pod requests no resource at all (only the pod-count check applies). */
  requestsNothing: boolean;
  scalarRequests: [string, number][];
}

export interface FilterResult {
  reasons: string[];
  /** UnschedulableAndUnresolvable: preemption cannot help on this node. */
  unresolvable?: boolean;
}

export interface FilterPlugin {
  name: string;
  /** undefined = the node passes. */
  filter(state: CycleState, node: NodeInfo): FilterResult | undefined;
}

export interface ScorePlugin {
  name: string;
  weight: number;
  /** PreScore may skip the plugin for this pod (it then contributes nothing). */
  skip?(state: CycleState): boolean;
  score(state: CycleState, node: NodeInfo): number;
  /** NormalizeScore over all feasible nodes, in place. */
  normalize?(scores: number[]): void;
}

/** framework.DefaultNormalizeScore: scale to 0..MaxNodeScore by the maximum, optionally reversed. */
export function defaultNormalizeScore(scores: number[], reverse: boolean): void {
  let max = 0;
  for (const s of scores) max = Math.max(max, s);
  if (max === 0) {
    if (reverse) scores.fill(MAX_NODE_SCORE);
    return;
  }
  for (let i = 0; i < scores.length; i++) {
    let s = Math.trunc((MAX_NODE_SCORE * scores[i]) / max);
    if (reverse) s = MAX_NODE_SCORE - s;
    scores[i] = s;
  }
}
