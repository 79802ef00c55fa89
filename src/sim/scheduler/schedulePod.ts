import type { Pod } from '../api/types.ts';
import type { Rng } from '../kernel/rng.ts';
import type { NodeSchedulingResult, SchedulingResult } from '../cluster/types.ts';
import type { CycleState, FilterPlugin, ScorePlugin } from './framework.ts';
import { podNonZeroRequests, podRequests, type NodeInfo } from './nodeInfo.ts';
import { nodeUnschedulable } from './plugins/nodeUnschedulable.ts';
import { nodeName } from './plugins/nodeName.ts';
import { taintTolerationFilter, taintTolerationScore } from './plugins/taintToleration.ts';
import { nodeAffinityFilter, nodeAffinityScore } from './plugins/nodeAffinity.ts';
import { leastAllocatedScore, nodeResourcesFitFilter } from './plugins/nodeResourcesFit.ts';
import { balancedAllocationScore } from './plugins/balancedAllocation.ts';

/**
 * One scheduling cycle (schedule_one.go): filter every node (plugins in the default order; a node
 * fails at its first failing plugin), score the feasible ones, pick the best with a random tie-break.
 * Not modelled: PodTopologySpread, InterPodAffinity, ImageLocality, NodePorts and volume plugins
 * (they give every node the same score for the pods the notes use), and preemption itself.
 */
export const FILTER_PLUGINS: FilterPlugin[] = [nodeUnschedulable, nodeName, taintTolerationFilter, nodeAffinityFilter, nodeResourcesFitFilter];
export const SCORE_PLUGINS: ScorePlugin[] = [taintTolerationScore, nodeAffinityScore, leastAllocatedScore, balancedAllocationScore];

/** The spec-derived part of a cycle's state, per spec object (specs are immutable; pods that do not fit are retried often). */
const specStates = new WeakMap<object, Omit<CycleState, 'pod'>>();

export function cycleState(pod: Pod): CycleState {
  let derived = specStates.get(pod.spec);
  if (!derived) {
    derived = specState(pod);
    specStates.set(pod.spec, derived);
  }
  return { pod, ...derived };
}

function specState(pod: Pod): Omit<CycleState, 'pod'> {
  const request = podRequests(pod);
  const bestEffort = (pod.spec.containers ?? []).every((c) => {
    const r = c.resources ?? {};
    return Object.keys(r.requests ?? {}).length === 0 && Object.keys(r.limits ?? {}).length === 0;
  });
  const scalarRequests = Object.entries(request.scalar);
  const requestsNothing = request.milliCpu === 0 && request.memory === 0 && request.ephemeralStorage === 0 && scalarRequests.length === 0;
  return { request, nonZero: podNonZeroRequests(pod), bestEffort, requestsNothing, scalarRequests };
}

export function schedulePod(pod: Pod, nodes: NodeInfo[], rng: Rng, time: number): SchedulingResult {
  const state = cycleState(pod);
  // Per-node details are recorded in flat arrays and turned into NodeSchedulingResult objects only
  // when someone reads result.nodes (the UI's scheduler panel, tests): a cycle over 100 nodes would
  // otherwise build hundreds of objects that the scheduler mostly drops unread.
  const names: string[] = new Array(nodes.length);
  const reasonsOf: (string[] | undefined)[] = new Array(nodes.length);
  const feasible: NodeInfo[] = [];
  const feasibleAt: number[] = [];
  const histogram = new Map<string, number>();
  const preemptionHistogram = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    let failed: { reasons: string[]; unresolvable?: boolean } | undefined;
    for (let j = 0; j < FILTER_PLUGINS.length; j++) {
      failed = FILTER_PLUGINS[j].filter(state, node);
      if (failed) break;
    }
    names[i] = node.node.metadata.name!;
    if (failed) {
      reasonsOf[i] = failed.reasons;
      for (const reason of failed.reasons) histogram.set(reason, (histogram.get(reason) ?? 0) + 1);
      // DefaultPreemption's verdict per node; the engine has no lower-priority victims to offer.
      const verdict = failed.unresolvable ? 'Preemption is not helpful for scheduling' : 'No preemption victims found for incoming pod.';
      preemptionHistogram.set(verdict, (preemptionHistogram.get(verdict) ?? 0) + 1);
    } else {
      feasible.push(node);
      feasibleAt.push(i);
    }
  }
  const perPlugin: { name: string; scores: number[] }[] = [];
  let totals: number[] | undefined;
  const result: SchedulingResult = { pod: pod.metadata.name!, namespace: pod.metadata.namespace ?? 'default', time, nodes: [] };
  const details = () => {
    const out: NodeSchedulingResult[] = names.map((node, i) => ({ node, reasons: reasonsOf[i] ?? [] }));
    if (totals) {
      for (let k = 0; k < feasibleAt.length; k++) {
        const byPlugin: Record<string, number> = {};
        for (const p of perPlugin) byPlugin[p.name] = p.scores[k];
        const r = out[feasibleAt[k]];
        r.scores = byPlugin;
        r.total = totals[k];
      }
    }
    return out;
  };
  // A few nodes are cheaper to describe at once than to set up lazily.
  const finish = (): SchedulingResult => {
    if (nodes.length <= EAGER_DETAILS_MAX_NODES) result.nodes = details();
    else defineLazyNodes(result, details);
    return result;
  };
  if (feasible.length === 0) {
    const n = nodes.length;
    result.message =
      `0/${n} nodes are available: ${sortedHistogram(histogram)}.` +
      (n > 0 ? ` preemption: 0/${n} nodes are available: ${sortedHistogram(preemptionHistogram)}.` : '');
    return finish();
  }
  if (feasible.length === 1) {
    result.selected = feasible[0].node.metadata.name;
    return finish();
  }

  const n = feasible.length;
  totals = new Array<number>(n).fill(0);
  const scores = new Array<number>(n);
  for (const plugin of SCORE_PLUGINS) {
    if (plugin.skip?.(state)) continue;
    for (let i = 0; i < n; i++) scores[i] = plugin.score(state, feasible[i]);
    plugin.normalize?.(scores);
    for (let i = 0; i < n; i++) totals[i] += scores[i] * plugin.weight;
    perPlugin.push({ name: plugin.name, scores: scores.slice() });
  }
  // selectHost: reservoir sampling among the top scores (uniform random tie-break).
  let best = -1;
  let bestIndex = 0;
  let ties = 0;
  for (let i = 0; i < n; i++) {
    const t = totals[i];
    if (t > best) {
      best = t;
      bestIndex = i;
      ties = 1;
    } else if (t === best) {
      ties++;
      if (rng.int(ties) === 0) bestIndex = i;
    }
  }
  result.selected = feasible[bestIndex].node.metadata.name;
  return finish();
}

const EAGER_DETAILS_MAX_NODES = 16;

/** result.nodes as an enumerable property computed on first read (then an ordinary data property). */
function defineLazyNodes(result: SchedulingResult, build: () => NodeSchedulingResult[]): void {
  const settle = (value: NodeSchedulingResult[]) => {
    Object.defineProperty(result, 'nodes', { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(result, 'nodes', {
    enumerable: true,
    configurable: true,
    get: () => settle(build()),
    set: (value: NodeSchedulingResult[]) => settle(value),
  });
}

/** "<count> <reason>" entries sorted as Go's sort.Strings does, joined with ", " (FitError.Error). */
function sortedHistogram(h: Map<string, number>): string {
  const parts = [...h.entries()].map(([reason, count]) => `${count} ${reason}`);
  parts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return parts.join(', ');
}
