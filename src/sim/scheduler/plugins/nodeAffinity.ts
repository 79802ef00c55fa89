import type { Labels } from '../../api/types.ts';
import { defaultNormalizeScore, type FilterPlugin, type ScorePlugin } from '../framework.ts';

interface NodeSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';
  values?: string[];
}
interface NodeSelectorTerm {
  matchExpressions?: NodeSelectorRequirement[];
}
interface Affinity {
  nodeAffinity?: {
    requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: NodeSelectorTerm[] };
    preferredDuringSchedulingIgnoredDuringExecution?: { weight: number; preference: NodeSelectorTerm }[];
  };
}

function matchRequirement(r: NodeSelectorRequirement, labels: Labels): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const v = labels[r.key];
  switch (r.operator) {
    case 'In':
      return has && (r.values ?? []).includes(v);
    case 'NotIn':
      return !has || !(r.values ?? []).includes(v);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'Gt':
      return has && Number(v) > Number(r.values?.[0]);
    case 'Lt':
      return has && Number(v) < Number(r.values?.[0]);
  }
  return false;
}

function matchTerm(term: NodeSelectorTerm, labels: Labels): boolean {
  const exprs = term.matchExpressions ?? [];
  return exprs.length > 0 && exprs.every((e) => matchRequirement(e, labels));
}

/** NodeAffinity filter: spec.nodeSelector and required node affinity (terms ORed, expressions ANDed). */
export const nodeAffinityFilter: FilterPlugin = {
  name: 'NodeAffinity',
  filter(state, node) {
    const selector = state.pod.spec.nodeSelector;
    const terms = (state.pod.spec.affinity as Affinity | undefined)?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
    // Most pods have neither: skip the per-node work (this runs for every node of every cycle).
    if (!selector && !(terms && terms.length)) return undefined;
    const labels = node.node.metadata.labels ?? {};
    let ok = true;
    for (const k in selector) {
      if (labels[k] !== selector[k]) {
        ok = false;
        break;
      }
    }
    if (ok && terms && terms.length) ok = terms.some((t) => matchTerm(t, labels));
    return ok ? undefined : { reasons: ["node(s) didn't match Pod's node affinity/selector"], unresolvable: true };
  },
};

/** NodeAffinity score: sum of weights of matching preferred terms, normalized. */
export const nodeAffinityScore: ScorePlugin = {
  name: 'NodeAffinity',
  weight: 2,
  score(state, node) {
    const prefs = (state.pod.spec.affinity as Affinity | undefined)?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution;
    if (!prefs) return 0;
    const labels = node.node.metadata.labels ?? {};
    let sum = 0;
    for (const p of prefs) if (matchTerm(p.preference, labels)) sum += p.weight;
    return sum;
  },
  normalize: (scores) => defaultNormalizeScore(scores, false),
};
