import type { FilterPlugin } from '../framework.ts';

/** NodeName: a pod that names a node (spec.nodeName set before scheduling) fits only there. */
export const nodeName: FilterPlugin = {
  name: 'NodeName',
  filter(state, node) {
    const wanted = state.pod.spec.nodeName;
    if (!wanted || wanted === node.node.metadata.name) return undefined;
    return { reasons: ["node(s) didn't match the requested node name"], unresolvable: true };
  },
};
