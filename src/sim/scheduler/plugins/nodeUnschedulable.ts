import type { FilterPlugin } from '../framework.ts';
import { tolerates } from './taintToleration.ts';

/** NodeUnschedulable: cordoned nodes (spec.unschedulable) unless the pod tolerates the unschedulable taint. */
export const nodeUnschedulable: FilterPlugin = {
  name: 'NodeUnschedulable',
  filter(state, node) {
    if (!node.node.spec?.unschedulable) return undefined;
    const taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' as const };
    if ((state.pod.spec.tolerations ?? []).some((t) => tolerates(t, taint))) return undefined;
    return { reasons: ['node(s) were unschedulable'], unresolvable: true };
  },
};
