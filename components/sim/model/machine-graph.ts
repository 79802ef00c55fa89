// Turns an XState machine definition into states and labelled transitions for the inspector's
// diagram (Stately's hosted visualizer needs the network, so we draw it ourselves).
import type { MachineGraphView } from './cluster-contract.ts';

/** The structural part of an XState StateNode this walker reads. */
export interface StateNodeLike {
  id: string;
  key: string;
  states: Record<string, StateNodeLike>;
  transitions?: Map<string, readonly { target?: readonly { id: string }[] | undefined; eventType: string }[]>;
  always?: readonly { target?: readonly { id: string }[] | undefined }[];
}

/** 'xstate.after.1000.kubelet.waiting' -> 'after 1000 ms'. */
export function eventLabel(eventType: string): string {
  const m = eventType.match(/^xstate\.after\.(\d+)\./);
  if (m) return `after ${m[1]} ms`;
  if (eventType.startsWith('xstate.done.')) return 'done';
  if (eventType.startsWith('xstate.error.')) return 'error';
  return eventType;
}

export function machineGraph(root: StateNodeLike, current: string): MachineGraphView {
  const nodes: MachineGraphView['nodes'] = [];
  const edges: MachineGraphView['edges'] = [];
  const walk = (node: StateNodeLike, isRoot: boolean) => {
    const children = Object.values(node.states ?? {});
    // Only atomic states are drawn as boxes; compound parents would overlap their children.
    if (!isRoot && children.length === 0) nodes.push({ id: node.id, label: node.key });
    for (const [eventType, defs] of node.transitions ?? new Map()) {
      for (const def of defs) {
        for (const target of def.target ?? []) edges.push({ source: node.id, target: target.id, label: eventLabel(eventType) });
      }
    }
    for (const def of node.always ?? []) {
      for (const target of def.target ?? []) edges.push({ source: node.id, target: target.id, label: 'always' });
    }
    for (const child of children) walk(child, false);
  };
  walk(root, true);
  // Edges leaving or entering a compound state are drawn from/to its first atomic descendant.
  const atomic = new Set(nodes.map((n) => n.id));
  const resolve = (id: string) => (atomic.has(id) ? id : nodes.find((n) => n.id.startsWith(id + '.'))?.id);
  const resolved = edges
    .map((e) => ({ ...e, source: resolve(e.source) ?? '', target: resolve(e.target) ?? '' }))
    .filter((e) => e.source && e.target);
  return { nodes, edges: resolved, current };
}
