/** @jsxImportSource preact */
// A component's state machine as a small SVG: states on a circle, transitions as arrows with their
// event names; the current state is filled and marked with text (not colour alone).
import type { SimStrings } from '../../src/i18n/sim.ts';
import { fmt } from './format.ts';
import type { MachineGraphView } from './model/cluster-contract.ts';

interface Props {
  t: SimStrings;
  id: string;
  machine: MachineGraphView;
}

const W = 520;
const BOX_W = 120;
const BOX_H = 28;

/** The readable part of a state id ('kubelet.pod.running' -> 'running'). */
export function stateLabel(id: string, label?: string): string {
  if (label) return label;
  const parts = id.split(/[.#/]/).filter(Boolean);
  return parts[parts.length - 1] ?? id;
}

export function isCurrentState(nodeId: string, current: string): boolean {
  if (!current) return false;
  return nodeId === current || nodeId.endsWith('.' + current) || nodeId.endsWith('#' + current) || stateLabel(nodeId) === current;
}

export function MachineDiagram({ t, id, machine }: Props) {
  const n = machine.nodes.length;
  const r = Math.max(80, Math.min(180, n * 28));
  const H = 2 * r + BOX_H + 40;
  const cx = W / 2;
  const cy = H / 2;
  const pos = new Map<string, { x: number; y: number }>();
  machine.nodes.forEach((node, i) => {
    const a = (2 * Math.PI * i) / Math.max(n, 1) - Math.PI / 2;
    pos.set(node.id, { x: cx + r * 1.25 * Math.cos(a), y: cy + r * Math.sin(a) });
  });
  return (
    <svg class="sim-machine" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={fmt(t.inspector.machineAlt, { id })}>
      <defs>
        <marker id="sim-machine-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" class="sim-arrowhead" />
        </marker>
      </defs>
      {machine.edges.map((e) => {
        const a = pos.get(e.source);
        const b = pos.get(e.target);
        if (!a || !b) return null;
        if (a === b) return null;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const len = Math.hypot(dx, dy) || 1;
        // Stop short of the box so the arrowhead stays visible; bend slightly to separate back-and-forth edges.
        const ex = b.x - (dx / len) * (BOX_H * 0.9);
        const ey = b.y - (dy / len) * (BOX_H * 0.9);
        const mx = (a.x + ex) / 2 - (dy / len) * 14;
        const my = (a.y + ey) / 2 + (dx / len) * 14;
        return (
          <g class="sim-machine-edge">
            <path d={`M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`} marker-end="url(#sim-machine-arrow)" />
            {e.label && (
              <text x={mx} y={my} text-anchor="middle">
                {e.label.length > 22 ? e.label.slice(0, 21) + '…' : e.label}
              </text>
            )}
          </g>
        );
      })}
      {machine.nodes.map((node) => {
        const p = pos.get(node.id);
        if (!p) return null;
        const on = isCurrentState(node.id, machine.current);
        return (
          <g class={`sim-machine-state${on ? ' is-current' : ''}`}>
            <rect x={p.x - BOX_W / 2} y={p.y - BOX_H / 2} width={BOX_W} height={BOX_H} rx={14} />
            <text x={p.x} y={p.y + 4} text-anchor="middle">
              {on ? '● ' : ''}
              {stateLabel(node.id, node.label)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
