// Geometry of the cluster diagram, computed from a cluster view. Pure so that it can be tested and
// so the SVG component only draws. Two arrangements: worker nodes side by side (wide) or stacked (narrow).
import type { ClusterViewData, ComponentView, PodView } from './cluster-contract.ts';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ComponentBox extends Box {
  id: string;
  kind: string;
  label: string;
  /** The node a node agent runs on (its accessible name says which). */
  node?: string;
  up: boolean;
  state: string;
}

export interface PodChip extends Box {
  key: string;
  pod: PodView;
}

export interface NodeBox extends Box {
  name: string;
  roles: string;
  ready: string;
  components: ComponentBox[];
  pods: PodChip[];
  hiddenPods: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  user: Box;
  controlPlane: Box;
  controlComponents: ComponentBox[];
  /** Pods not yet bound to a node, in a strip between the control plane and the nodes. */
  pendingBox: Box | undefined;
  pending: PodChip[];
  nodes: NodeBox[];
  /** Every component box by id (control plane and node agents), plus 'kubectl'. */
  anchors: Map<string, Box>;
}

export interface LayoutOptions {
  /** Nodes stacked instead of side by side. */
  narrow: boolean;
  showSystemPods: boolean;
  /** Drawing width (the diagram is drawn at its on-screen size so text stays legible). */
  width?: number;
}

const PAD = 10;
const COMP_H = 30;
const CHIP_H = 20;
const CHIP_GAP = 4;
const NODE_HEAD = 34;

const CONTROL_KINDS = ['etcd', 'kube-apiserver', 'kube-scheduler', 'kube-controller-manager'];
const NODE_KINDS = ['kubelet', 'kube-proxy', 'container-runtime'];
const SHORT: Record<string, string> = {
  'kube-apiserver': 'kube-apiserver',
  'kube-scheduler': 'kube-scheduler',
  'kube-controller-manager': 'controller-manager',
  'container-runtime': 'runtime',
};

function componentLabel(c: ComponentView): string {
  if (c.kind === 'etcd') return c.id.startsWith('etcd') ? c.id : `etcd ${c.id}`;
  return SHORT[c.kind] ?? c.kind;
}

export function layoutCluster(view: ClusterViewData, opts: LayoutOptions): DiagramLayout {
  const width = Math.round(opts.width ?? (opts.narrow ? 360 : 760));
  const anchors = new Map<string, Box>();
  const user: Box = { x: PAD, y: PAD, w: 90, h: COMP_H };
  anchors.set('kubectl', user);

  // Control plane as a hub: etcd members stacked on the left, kube-apiserver in the middle spanning
  // every row, the other control plane components stacked on the right. Every arrow to or from
  // kube-apiserver then runs straight to a neighbouring box.
  const control = view.components.filter((c) => CONTROL_KINDS.includes(c.kind));
  const byId = (a: ComponentView, b: ComponentView) => a.id.localeCompare(b.id, 'en', { numeric: true });
  const etcds = control.filter((c) => c.kind === 'etcd').sort(byId);
  const hubs = control.filter((c) => c.kind === 'kube-apiserver').sort(byId);
  const others = control
    .filter((c) => c.kind !== 'etcd' && c.kind !== 'kube-apiserver')
    .sort((a, b) => CONTROL_KINDS.indexOf(a.kind) - CONTROL_KINDS.indexOf(b.kind) || byId(a, b));
  const cpTop = PAD + COMP_H + 16;
  const gap = 8;
  const colW = (width - 4 * PAD - 2 * gap) / 3;
  const rows = Math.max(etcds.length, others.length, hubs.length, 1);
  const rowsTop = cpTop + 24;
  const place = (c: ComponentView, col: number, row: number, h = COMP_H): ComponentBox => {
    const box: ComponentBox = {
      id: c.id,
      kind: c.kind,
      label: componentLabel(c),
      up: c.up,
      state: c.state,
      x: 2 * PAD + col * (colW + gap),
      y: rowsTop + row * (COMP_H + gap),
      w: colW,
      h,
    };
    anchors.set(c.id, box);
    return box;
  };
  const spanH = rows * COMP_H + (rows - 1) * gap;
  const hubH = hubs.length ? (spanH - (hubs.length - 1) * gap) / hubs.length : COMP_H;
  // Narrow screens: the same hub turned on its side (etcd members in a row above kube-apiserver,
  // the other components in a row below), so labels keep enough width.
  const inRow = (list: ComponentView[], row: number): ComponentBox[] => {
    const w = (width - 4 * PAD - gap * (list.length - 1)) / Math.max(list.length, 1);
    return list.map((c, i) => {
      const box: ComponentBox = {
        id: c.id,
        kind: c.kind,
        label: componentLabel(c),
        node: c.node,
        up: c.up,
        state: c.state,
        x: 2 * PAD + i * (w + gap),
        y: rowsTop + row * (COMP_H + gap),
        w,
        h: COMP_H,
      };
      anchors.set(c.id, box);
      return box;
    });
  };
  const narrowRows = [etcds, hubs, others].filter((l) => l.length > 0);
  const controlComponents: ComponentBox[] = opts.narrow
    ? narrowRows.flatMap((list, row) => inRow(list, row))
    : [
        ...etcds.map((c, i) => place(c, 0, i)),
        ...hubs.map((c, i) => ({ ...place(c, 1, 0, hubH), y: rowsTop + i * (hubH + gap) })),
        ...others.map((c, i) => place(c, 2, i)),
      ];
  for (const box of controlComponents) anchors.set(box.id, box);
  const usedRows = opts.narrow ? Math.max(narrowRows.length, 1) : rows;
  const controlPlane: Box = { x: PAD, y: cpTop, w: width - 2 * PAD, h: 24 + usedRows * (COMP_H + gap) + PAD };

  // Pods waiting for the scheduler.
  const waiting = (view.pendingPods ?? []).filter((p) => opts.showSystemPods || p.namespace !== 'kube-system');
  const pendingCols = opts.narrow ? 2 : 4;
  const pendingRows = Math.ceil(waiting.length / pendingCols);
  const pendingTop = controlPlane.y + controlPlane.h + 12;
  const pendingBox: Box | undefined = waiting.length
    ? { x: PAD, y: pendingTop, w: width - 2 * PAD, h: 24 + pendingRows * (CHIP_H + CHIP_GAP) + 4 }
    : undefined;
  const chipW = (width - 4 * PAD - gap * (pendingCols - 1)) / pendingCols;
  const pending: PodChip[] = waiting.map((pod, j) => ({
    key: `${pod.namespace}/${pod.name}`,
    pod,
    x: 2 * PAD + (j % pendingCols) * (chipW + gap),
    y: pendingTop + 22 + Math.floor(j / pendingCols) * (CHIP_H + CHIP_GAP),
    w: chipW,
    h: CHIP_H,
  }));

  // Nodes: one box each with its agents and pod chips.
  const nodesTop = (pendingBox ? pendingBox.y + pendingBox.h : controlPlane.y + controlPlane.h) + 20;
  const cols = opts.narrow ? 1 : Math.max(1, view.nodes.length);
  const nodeW = (width - 2 * PAD - gap * (cols - 1)) / cols;
  const agentsOf = (node: string) =>
    view.components
      .filter((c) => c.node === node && NODE_KINDS.includes(c.kind))
      .sort((a, b) => NODE_KINDS.indexOf(a.kind) - NODE_KINDS.indexOf(b.kind));
  const podsOf = (pods: PodView[]) => pods.filter((p) => opts.showSystemPods || p.namespace !== 'kube-system');
  const agentRows = (agents: number) => (opts.narrow ? Math.min(agents, 1) : agents);
  const nodeHeight = (pods: number, agents: number) =>
    NODE_HEAD + agentRows(agents) * (COMP_H + 4) + 4 + Math.max(pods, 1) * (CHIP_H + CHIP_GAP) + PAD;
  const rowHeight = opts.narrow
    ? 0
    : Math.max(...view.nodes.map((n) => nodeHeight(podsOf(n.pods).length, agentsOf(n.name).length)), 0);

  let y = nodesTop;
  const nodes: NodeBox[] = view.nodes.map((n, i) => {
    const agents = agentsOf(n.name);
    const shown = podsOf(n.pods);
    const h = opts.narrow ? nodeHeight(shown.length, agents.length) : rowHeight;
    const x = opts.narrow ? PAD : PAD + i * (nodeW + gap);
    const top = opts.narrow ? y : nodesTop;
    if (opts.narrow) y += h + gap;
    const agentW = opts.narrow ? (nodeW - 2 * PAD - 4 * (agents.length - 1)) / Math.max(agents.length, 1) : nodeW - 2 * PAD;
    const components = agents.map((c, j) => {
      const box: ComponentBox = {
        id: c.id,
        kind: c.kind,
        label: componentLabel(c),
        node: c.node,
        up: c.up,
        state: c.state,
        x: x + PAD + (opts.narrow ? j * (agentW + 4) : 0),
        y: top + NODE_HEAD + (opts.narrow ? 0 : j * (COMP_H + 4)),
        w: agentW,
        h: COMP_H,
      };
      anchors.set(c.id, box);
      return box;
    });
    const chipTop = top + NODE_HEAD + agentRows(agents.length) * (COMP_H + 4) + 4;
    const pods = shown.map((pod, j) => ({
      key: `${pod.namespace}/${pod.name}`,
      pod,
      x: x + PAD,
      y: chipTop + j * (CHIP_H + CHIP_GAP),
      w: nodeW - 2 * PAD,
      h: CHIP_H,
    }));
    return { name: n.name, roles: n.roles, ready: n.ready, x, y: top, w: nodeW, h, components, pods, hiddenPods: n.pods.length - shown.length };
  });
  const bottom = opts.narrow ? y : nodesTop + rowHeight + gap;
  return { width, height: Math.max(bottom + PAD, nodesTop + 40), user, controlPlane, controlComponents, pendingBox, pending, nodes, anchors };
}

/**
 * Finds the box of a component named in a log entry: exact id first, then kind, then the id or kind
 * the name starts with (e.g. 'kubelet-node01' -> the kubelet on node01, 'etcd' -> the first etcd member).
 */
export function anchorFor(layout: DiagramLayout, view: ClusterViewData, name: string): Box | undefined {
  const exact = layout.anchors.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  const byKind = view.components.find((c) => c.kind === lower);
  if (byKind) return layout.anchors.get(byKind.id);
  for (const c of view.components) {
    const nodeSuffixed = c.node ? `${c.kind}-${c.node}` : undefined;
    if (nodeSuffixed === lower || (c.node && lower === `${c.kind}/${c.node}`)) return layout.anchors.get(c.id);
  }
  const prefix = view.components.find((c) => lower.startsWith(c.kind) || c.kind.startsWith(lower));
  return prefix ? layout.anchors.get(prefix.id) : undefined;
}

/** Where the line from the centre of `box` towards `target` leaves the box's border. */
export function borderPoint(box: Box, target: { x: number; y: number }): { x: number; y: number } {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const dx = target.x - cx;
  const dy = target.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const sx = dx === 0 ? Infinity : box.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : box.h / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: cx + dx * s, y: cy + dy * s };
}

/** The arrow between two boxes, from border to border (so it never covers their labels). */
export function arrowBetween(from: Box, to: Box): { x1: number; y1: number; x2: number; y2: number } {
  const a = { x: from.x + from.w / 2, y: from.y + from.h / 2 };
  const b = { x: to.x + to.w / 2, y: to.y + to.h / 2 };
  const start = borderPoint(from, b);
  const end = borderPoint(to, a);
  return { x1: start.x, y1: start.y, x2: end.x, y2: end.y };
}
