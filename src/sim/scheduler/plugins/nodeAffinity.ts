import type { Labels, Node } from '../../api/types.ts';
import { defaultNormalizeScore, type FilterPlugin, type ScorePlugin } from '../framework.ts';

interface NodeSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';
  values?: string[];
}
interface NodeSelectorTerm {
  matchExpressions?: NodeSelectorRequirement[];
  /** Requirements on node fields; the only field supported is metadata.name (DaemonSet pods use it). */
  matchFields?: NodeSelectorRequirement[];
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

/** A term matches when all its requirements do; a term without any matches no node. */
function matchTerm(term: NodeSelectorTerm, labels: Labels, nodeName: string): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  return exprs.every((e) => matchRequirement(e, labels)) && fields.every((f) => f.key === 'metadata.name' && matchRequirement(f, { 'metadata.name': nodeName }));
}

/** spec.nodeSelector and the required node affinity of a pod against a node (the NodeAffinity filter's test). */
export function matchesNodeAffinity(selector: Labels | undefined, affinity: unknown, node: Node): boolean {
  const terms = (affinity as Affinity | undefined)?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (!selector && !(terms && terms.length)) return true;
  const labels = node.metadata.labels ?? {};
  for (const k in selector) if (labels[k] !== selector[k]) return false;
  return !(terms && terms.length) || terms.some((t) => matchTerm(t, labels, node.metadata.name ?? ''));
}

/** NodeAffinity filter: spec.nodeSelector and required node affinity (terms ORed, expressions ANDed). */
export const nodeAffinityFilter: FilterPlugin = {
  name: 'NodeAffinity',
  filter(state, node) {
    return matchesNodeAffinity(state.pod.spec.nodeSelector, state.pod.spec.affinity, node.node)
      ? undefined
      : { reasons: ["node(s) didn't match Pod's node affinity/selector"], unresolvable: true };
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
    for (const p of prefs) if (matchTerm(p.preference, labels, node.node.metadata.name ?? '')) sum += p.weight;
    return sum;
  },
  normalize: (scores) => defaultNormalizeScore(scores, false),
};
