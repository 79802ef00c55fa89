// Which pods a ReplicaSet deletes first when it scales down: controller.ActivePodsWithRanks.Less
// (pkg/controller/controller_utils.go) with the PodDeletionCost and LogarithmicScaleDown features on,
// as in every current release. The first pod in the sorted list is deleted first.
import type { Pod, PodPhase } from '../../api/types.ts';
import { getPodReadyCondition, isPodActive, isPodReady, maxContainerRestarts } from '../util/podUtil.ts';
import { parseTime } from '../util/time.ts';

const POD_DELETION_COST_ANNOTATION = 'controller.kubernetes.io/pod-deletion-cost';

const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

function phaseOrdinal(phase: PodPhase | undefined): number {
  // Go indexes a map with the phase; a missing key (e.g. an empty phase) yields 0.
  return PHASE_ORDINAL[phase ?? ''] ?? 0;
}

function deletionCost(pod: Pod): number {
  const text = pod.metadata.annotations?.[POD_DELETION_COST_ANNOTATION];
  if (text === undefined) return 0;
  // Invalid values count as 0 (GetDeletionCostFromPodAnnotations returns 0 with an error).
  return /^[+-]?\d+$/.test(text) ? Number(text) : 0;
}

function readyTime(pod: Pod): number | undefined {
  if (!isPodReady(pod)) return undefined;
  return parseTime(getPodReadyCondition(pod)?.lastTransitionTime);
}

/** afterOrZero: an empty time sorts first, otherwise the later time first. */
function afterOrZero(t1: number | undefined, t2: number | undefined): boolean {
  if (t1 === undefined || t2 === undefined) return t1 === undefined;
  return t1 > t2;
}

/**
 * logarithmicRankDiff: floor(log2(age in nanoseconds)) of both ages compared, so pods of similar
 * age land in the same bucket and the tie is broken by UID (a pseudo-random choice).
 */
export function logarithmicRankDiff(t1: number, t2: number, nowMs: number): number {
  const d1 = (nowMs - t1) * 1e6;
  const d2 = (nowMs - t2) * 1e6;
  const r1 = d1 > 0 ? Math.floor(Math.log2(d1)) : -1;
  const r2 = d2 > 0 ? Math.floor(Math.log2(d2)) : -1;
  return r1 - r2;
}

export interface RankedPod {
  pod: Pod;
  /** Number of active related pods on the same node ("doubled up" pods go first). */
  rank: number;
}

/** ActivePodsWithRanks.Less(i, j): true when a should be deleted before b. */
export function deleteBefore(a: RankedPod, b: RankedPod, nowMs: number): boolean {
  const pa = a.pod;
  const pb = b.pod;
  const na = pa.spec.nodeName ?? '';
  const nb = pb.spec.nodeName ?? '';
  // 1. Unassigned before assigned.
  if (na !== nb && (na === '' || nb === '')) return na === '';
  // 2. Pending before Unknown before Running.
  const oa = phaseOrdinal(pa.status?.phase);
  const ob = phaseOrdinal(pb.status?.phase);
  if (oa !== ob) return oa < ob;
  // 3. Not ready before ready.
  const ra = isPodReady(pa);
  const rb = isPodReady(pb);
  if (ra !== rb) return !ra;
  // 4. Lower pod-deletion-cost first.
  const ca = deletionCost(pa);
  const cb = deletionCost(pb);
  if (ca !== cb) return ca < cb;
  // 5. More related pods on the same node first.
  if (a.rank !== b.rank) return a.rank > b.rank;
  // 6. Ready for a shorter time first, on a logarithmic scale.
  if (ra && rb) {
    const ta = readyTime(pa);
    const tb = readyTime(pb);
    if (ta !== tb) {
      if (ta === undefined || tb === undefined) return afterOrZero(ta, tb);
      const diff = logarithmicRankDiff(ta, tb, nowMs);
      if (diff === 0) return (pa.metadata.uid ?? '') < (pb.metadata.uid ?? '');
      return diff < 0;
    }
  }
  // 7. More container restarts first.
  const xa = maxContainerRestarts(pa);
  const xb = maxContainerRestarts(pb);
  if (xa !== xb) return xa > xb;
  // 8. Newer first, on a logarithmic scale.
  const cta = parseTime(pa.metadata.creationTimestamp);
  const ctb = parseTime(pb.metadata.creationTimestamp);
  if (cta !== ctb) {
    if (cta === undefined || ctb === undefined) return afterOrZero(cta, ctb);
    const diff = logarithmicRankDiff(cta, ctb, nowMs);
    if (diff === 0) return (pa.metadata.uid ?? '') < (pb.metadata.uid ?? '');
    return diff < 0;
  }
  return false;
}

/** getPodsRankedByRelatedPodsOnSameNode. */
export function rankPodsByRelatedPodsOnSameNode(podsToRank: Pod[], relatedPods: Pod[]): RankedPod[] {
  const podsOnNode = new Map<string, number>();
  for (const p of relatedPods) {
    if (!isPodActive(p)) continue;
    const node = p.spec.nodeName ?? '';
    podsOnNode.set(node, (podsOnNode.get(node) ?? 0) + 1);
  }
  return podsToRank.map((pod) => ({ pod, rank: podsOnNode.get(pod.spec.nodeName ?? '') ?? 0 }));
}

/**
 * getPodsToDelete: the first `diff` pods in deletion order. Kubernetes sorts with Go's sort.Sort,
 * which is an insertion sort (stable) for up to 12 elements and pdqsort (unstable) above; we use a
 * stable sort throughout, so only ties between otherwise identical pods in lists of more than 12
 * could be ordered differently from a real cluster.
 */
export function getPodsToDelete(filteredPods: Pod[], relatedPods: Pod[], diff: number, nowMs: number): Pod[] {
  if (diff >= filteredPods.length) return filteredPods.slice(0, diff);
  const ranked = rankPodsByRelatedPodsOnSameNode(filteredPods, relatedPods);
  const sorted = stableSort(ranked, (a, b) => deleteBefore(a, b, nowMs));
  return sorted.slice(0, diff).map((r) => r.pod);
}

function stableSort<T>(items: T[], less: (a: T, b: T) => boolean): T[] {
  const indexed = items.map((item, index) => ({ item, index }));
  indexed.sort((x, y) => (less(x.item, y.item) ? -1 : less(y.item, x.item) ? 1 : x.index - y.index));
  return indexed.map((x) => x.item);
}
