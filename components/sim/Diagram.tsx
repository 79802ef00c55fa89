/** @jsxImportSource preact */
// The cluster diagram: control plane, nodes with their agents and pod chips. The component acting in
// the current step is highlighted (outline, marker and text, not colour alone), and the step's message
// travels along an arrow from sender to receiver (a static arrow under prefers-reduced-motion).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../src/sim/scenarios/types.ts';
import type { SimStrings } from '../../src/i18n/sim.ts';
import { fmt } from './format.ts';
import type { ClusterViewData, LogEntryView } from './model/cluster-contract.ts';
import { anchorFor, arrowBetween, layoutCluster, type ComponentBox, type PodChip } from './model/layout.ts';
import { CHAR_W, fitEnd as fit, fitMiddle, labelWithText } from './model/fit-text.ts';

export type Selection =
  | { type: 'pod'; namespace: string; name: string }
  | { type: 'node'; name: string }
  | { type: 'component'; id: string }
  | { type: 'object'; resource: string; namespace?: string; name: string };

interface Props {
  t: SimStrings;
  lang: Lang;
  view: ClusterViewData;
  current: LogEntryView | undefined;
  focus: string[];
  /** Mark each etcd member's Raft role and term (where the note is about them). */
  showEtcdRoles?: boolean;
  selection: Selection | undefined;
  showSystemPods: boolean;
  onShowSystemPods(show: boolean): void;
  onSelect(selection: Selection): void;
}

const NARROW_BELOW = 560;
const MIN_WIDTH = 300;
const MAX_WIDTH = 960;
/** SMIL attributes of the travelling dot (fill=freeze keeps it at the receiver); Preact's SVG types lack them. */
const motion = (path: string) => ({ dur: '0.6s', path, fill: 'freeze' }) as Record<string, string>;

/** The diagram's on-screen width, so it is drawn 1:1 (legible text at any size from 360 px up). */
function useWidth(ref: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(760);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = Math.round(entries[0].contentRect.width);
      if (w > 0) setWidth(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w)));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return width;
}

function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const mq = matchMedia('(prefers-reduced-motion: reduce)');
    setReduced(mq.matches);
    const on = () => setReduced(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return reduced;
}

/** The diagram's boxes that act as buttons, in reading order. */
const BOX = '[data-sim-box]';

/**
 * Keyboard for the boxes: Enter or Space inspects, arrow keys move to the next or previous box (so
 * they do not step the player while a box has focus). SVG elements take focus through the `tabindex`
 * attribute: Preact sets SVG props as attributes, and an SVG attribute named `tabIndex` does nothing.
 */
function boxKeys(handler: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      handler();
      return;
    }
    const delta = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!delta || e.altKey || e.ctrlKey || e.metaKey) return;
    const here = e.currentTarget as SVGElement;
    const boxes = Array.from(here.ownerSVGElement?.querySelectorAll<SVGElement>(BOX) ?? []);
    const next = boxes[boxes.indexOf(here) + delta];
    e.preventDefault();
    e.stopPropagation();
    next?.focus();
  };
}

/** Attributes every box shares: focusable, a button, named, pressed when selected. */
function boxProps(label: string, selected: boolean, select: () => void) {
  return {
    'data-sim-box': '',
    role: 'button',
    tabindex: 0,
    'aria-label': label,
    'aria-pressed': selected,
    onClick: select,
    onKeyDown: boxKeys(select),
  } as Record<string, unknown>;
}

export function statusClass(status: string): string {
  if (/^Running$/.test(status)) return 'is-running';
  if (/Completed|Succeeded/.test(status)) return 'is-done';
  if (/Err|BackOff|Failed|Error|Unknown|Evicted/.test(status)) return 'is-bad';
  if (/Terminating/.test(status)) return 'is-leaving';
  return 'is-waiting';
}

export function Diagram(p: Props) {
  const { t, view, current } = p;
  const wrap = useRef<HTMLDivElement>(null);
  const width = useWidth(wrap);
  const narrow = width < NARROW_BELOW;
  const reducedMotion = useReducedMotion();
  const layout = layoutCluster(view, { narrow, width, showSystemPods: p.showSystemPods });
  const from = current ? anchorFor(layout, view, current.from) : undefined;
  const to = current ? anchorFor(layout, view, current.to) : undefined;
  const hiddenPods = layout.nodes.reduce((n, node) => n + node.hiddenPods, 0);

  const isSelected = (sel: Selection) =>
    p.selection !== undefined && JSON.stringify(p.selection) === JSON.stringify(sel);

  const drawComponent = (c: ComponentBox) => {
    const acting = to !== undefined && to === layout.anchors.get(c.id);
    const sending = !acting && from !== undefined && from === layout.anchors.get(c.id);
    const sel: Selection = { type: 'component', id: c.id };
    const classes = [
      'sim-comp',
      `kind-${c.kind}`,
      c.up ? '' : 'is-down',
      acting ? 'is-acting' : '',
      sending ? 'is-sending' : '',
      p.focus.includes(c.kind) ? 'is-focus' : '',
      isSelected(sel) ? 'is-selected' : '',
    ].join(' ');
    const member = c.kind === 'etcd' && p.showEtcdRoles ? view.etcd.members.find((m) => m.name === c.id || m.id === c.id || `etcd-${m.name}` === c.id) : undefined;
    const raft = member && member.up ? fmt(member.role === 'leader' ? t.diagram.etcdLeader : t.diagram.etcdTerm, { term: member.term }) : '';
    const side = c.up ? raft : t.diagram.stopped;
    const shown = fit(c.label, c.w - 16 - (side ? side.length * CHAR_W + 8 : 0));
    const label = labelWithText(
      side ? `${shown} ${side}` : shown,
      fmt(t.diagram.component, { label: c.node ? `${c.label} (${c.node})` : c.label, status: c.up ? t.diagram.running : t.diagram.stopped }) +
        (c.state ? fmt(t.diagram.componentState, { state: c.state }) : '') +
        (raft ? `, ${raft}` : '') +
        (acting ? `, ${t.diagram.acting}` : ''),
    );
    return (
      <g class={classes} key={c.id} {...boxProps(label, isSelected(sel), () => p.onSelect(sel))}>
        <title>{c.id}</title>
        <rect x={c.x} y={c.y} width={c.w} height={c.h} rx={5} />
        {/* One text, with a space before the side note, so the visible text reads as the accessible name starts. */}
        <text y={c.y + c.h / 2 + 4}>
          <tspan x={c.x + 8}>
            {acting ? '▶ ' : ''}
            {shown}
          </tspan>
          {!c.up && (
            <>
              {' '}
              <tspan x={c.x + c.w - 6} text-anchor="end" class="sim-down-label">
                {t.diagram.stopped}
              </tspan>
            </>
          )}
          {raft && (
            <>
              {' '}
              <tspan x={c.x + c.w - 6} text-anchor="end" class={member?.role === 'leader' ? 'sim-raft-role is-leader' : 'sim-raft-role'}>
                {member?.role === 'leader' ? '★ ' : ''}
                {raft}
              </tspan>
            </>
          )}
        </text>
      </g>
    );
  };

  const drawPod = (chip: PodChip) => {
    const psel: Selection = { type: 'pod', namespace: chip.pod.namespace, name: chip.pod.name };
    const status = chip.pod.status;
    // The status matters more than the name: it gets the room it needs (up to two thirds).
    const statusW = Math.min(status.length * CHAR_W + 4, chip.w * 0.66);
    const nameW = chip.w - statusW - 24;
    // The name keeps its end (ReplicaSet hash and pod suffix) so old and new ReplicaSets' pods differ.
    const shownName = fitMiddle(chip.pod.name, nameW);
    const shownStatus = fit(status, statusW);
    const description = fmt(t.diagram.pod, { name: chip.pod.name, ns: chip.pod.namespace, status, ready: chip.pod.ready, restarts: chip.pod.restarts });
    // The accessible name starts with what the chip shows (WCAG 2.5.3), then says it in full.
    const label = labelWithText(`${shownName} ${shownStatus}`, description);
    return (
      <g
        class={`sim-pod ${statusClass(status)}${isSelected(psel) ? ' is-selected' : ''}`}
        key={chip.key}
        {...boxProps(label, isSelected(psel), () => p.onSelect(psel))}
      >
        <title>{`${chip.pod.namespace}/${chip.pod.name}: ${status}`}</title>
        <rect x={chip.x} y={chip.y} width={chip.w} height={chip.h} rx={10} />
        {/* One text with a real space between name and status, so the visible text reads "name status" (as the accessible name does). */}
        <text y={chip.y + 14}>
          <tspan x={chip.x + 8}>{shownName}</tspan>{' '}
          <tspan x={chip.x + chip.w - 8} text-anchor="end" class="sim-pod-status">
            {shownStatus}
          </tspan>
        </text>
      </g>
    );
  };

  let message = null;
  if (current && from && to && from !== to) {
    const { x1, y1, x2, y2 } = arrowBetween(from, to);
    const path = `M${x1},${y1} L${x2},${y2}`;
    message = (
      <g class="sim-message" key={current.seq} aria-hidden="true">
        <path d={path} marker-end="url(#sim-arrow)" />
        {reducedMotion ? (
          <circle cx={x2} cy={y2} r={5} />
        ) : (
          <circle r={5}>
            <animateMotion {...motion(path)} />
          </circle>
        )}
      </g>
    );
  }

  return (
    <div class="sim-diagram" ref={wrap}>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={t.diagramAlt}
        class={narrow ? 'is-narrow' : ''}
      >
        <defs>
          <marker id="sim-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" class="sim-arrowhead" />
          </marker>
        </defs>
        <g class={`sim-user${to === layout.user ? ' is-acting' : ''}`}>
          <rect x={layout.user.x} y={layout.user.y} width={layout.user.w} height={layout.user.h} rx={5} />
          <text x={layout.user.x + 8} y={layout.user.y + 19}>
            {to === layout.user ? '▶ ' : ''}kubectl
          </text>
        </g>
        <g class="sim-plane">
          <rect x={layout.controlPlane.x} y={layout.controlPlane.y} width={layout.controlPlane.w} height={layout.controlPlane.h} rx={8} />
          <text x={layout.controlPlane.x + 10} y={layout.controlPlane.y + 16} class="sim-group-label">
            {t.diagram.controlPlane}
          </text>
        </g>
        {layout.controlComponents.map(drawComponent)}
        {layout.pendingBox && (
          <g class="sim-pending">
            <rect x={layout.pendingBox.x} y={layout.pendingBox.y} width={layout.pendingBox.w} height={layout.pendingBox.h} rx={8} />
            <text x={layout.pendingBox.x + 10} y={layout.pendingBox.y + 15} class="sim-group-label">
              {t.diagram.unscheduled}
            </text>
          </g>
        )}
        {layout.pending.map(drawPod)}
        {layout.nodes.map((node) => {
          const sel: Selection = { type: 'node', name: node.name };
          const notReady = node.ready !== 'Ready';
          const shown = fit(`${node.name} · ${node.ready}`, node.w - 20);
          const label = labelWithText(
            shown,
            fmt(t.diagram.node, { name: node.name, ready: node.ready }) +
              (node.roles && node.roles !== '<none>' ? fmt(t.diagram.nodeRoles, { roles: node.roles }) : ''),
          );
          return (
            <g class={`sim-node${notReady ? ' is-notready' : ''}`} key={node.name}>
              <g class={`sim-node-head${isSelected(sel) ? ' is-selected' : ''}`} {...boxProps(label, isSelected(sel), () => p.onSelect(sel))}>
                <rect x={node.x} y={node.y} width={node.w} height={node.h} rx={8} class="sim-node-box" />
                <text x={node.x + 10} y={node.y + 20} class="sim-group-label">
                  {shown}
                </text>
              </g>
              {node.components.map(drawComponent)}
              {node.pods.map(drawPod)}
            </g>
          );
        })}
        {message}
      </svg>
      <div class="sim-diagram-footer">
        <label class="sim-check">
          <input
            type="checkbox"
            checked={p.showSystemPods}
            onChange={(e) => p.onShowSystemPods((e.target as HTMLInputElement).checked)}
          />
          {t.diagram.showSystemPods}
        </label>
        {!p.showSystemPods && hiddenPods > 0 && <span class="sim-hint">{fmt(t.diagram.hiddenPods, { n: hiddenPods })}</span>}
      </div>
    </div>
  );
}
