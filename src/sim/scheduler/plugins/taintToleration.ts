import type { Taint, Toleration } from '../../api/types.ts';
import { defaultNormalizeScore, type FilterPlugin, type ScorePlugin } from '../framework.ts';

/** v1.Toleration.ToleratesTaint. */
export function tolerates(t: Toleration, taint: Pick<Taint, 'key' | 'value' | 'effect'>): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  if (!t.key && t.operator !== 'Exists') return false;
  if (t.operator === 'Exists') return true;
  return (t.value ?? '') === (taint.value ?? '');
}

/** TaintToleration filter: NoSchedule and NoExecute taints must be tolerated. */
export const taintTolerationFilter: FilterPlugin = {
  name: 'TaintToleration',
  filter(state, node) {
    const tolerations = state.pod.spec.tolerations ?? [];
    for (const taint of node.node.spec?.taints ?? []) {
      if (taint.effect !== 'NoSchedule' && taint.effect !== 'NoExecute') continue;
      if (!tolerations.some((t) => tolerates(t, taint))) {
        return { reasons: [`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`], unresolvable: true };
      }
    }
    return undefined;
  },
};

/** TaintToleration score: fewer intolerable PreferNoSchedule taints is better (normalized, reversed). */
export const taintTolerationScore: ScorePlugin = {
  name: 'TaintToleration',
  weight: 3,
  score(state, node) {
    const taints = node.node.spec?.taints;
    if (!taints || taints.length === 0) return 0;
    const tolerations = (state.pod.spec.tolerations ?? []).filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
    let count = 0;
    for (const taint of taints) {
      if (taint.effect === 'PreferNoSchedule' && !tolerations.some((t) => tolerates(t, taint))) count++;
    }
    return count;
  },
  normalize: (scores) => defaultNormalizeScore(scores, true),
};
