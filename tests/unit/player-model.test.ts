import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { matchesEntry, reachedStep } from '../../components/sim/model/guided.ts';
import { anchorFor, arrowBetween, borderPoint, layoutCluster, type Box } from '../../components/sim/model/layout.ts';
import { eventLabel, machineGraph, type StateNodeLike } from '../../components/sim/model/machine-graph.ts';
import { schematicView } from '../../components/sim/StaticFallback.tsx';
import type { ClusterViewData, LogEntryView } from '../../components/sim/model/cluster-contract.ts';
import type { GuidedStep } from '../../src/sim/scenarios/types.ts';
import { pods } from '../../src/sim/scenarios/pods.ts';
import { noteHref, withBase } from '../../components/sim/links.ts';
import { isBackground } from '../../components/sim/model/background.ts';
import { etcd } from '../../src/sim/scenarios/etcd.ts';

const entry = (from: string, to: string, kind = 'request'): LogEntryView => ({
  seq: 0,
  time: 0,
  from,
  to,
  kind,
  narration: { id: 'timer.fired', params: { component: from } },
});

describe('guided steps', () => {
  const steps: GuidedStep[] = [
    { caption: { ko: '1', en: '1' }, match: { from: 'kubectl', to: 'apiserver' } },
    { caption: { ko: '2', en: '2' }, match: { from: 'apiserver', to: 'etcd' } },
    { caption: { ko: '3', en: '3' }, command: 'kubectl get pods' },
    { caption: { ko: '4', en: '4' }, match: { from: 'scheduler', to: 'apiserver', kind: 'bind' } },
  ];

  it('matches entries field by field, case-insensitively', () => {
    expect(matchesEntry({ from: 'kubectl', to: 'apiserver' }, entry('kubectl', 'kube-apiserver'))).toBe(true);
    expect(matchesEntry({ from: 'KUBECTL' }, entry('kubectl', 'x'))).toBe(true);
    expect(matchesEntry({ from: 'kubectl', kind: 'watch' }, entry('kubectl', 'x'))).toBe(false);
    expect(matchesEntry({ object: 'pods/' }, { ...entry('a', 'b'), object: 'pods/default/nginx' })).toBe(true);
  });

  it('counts a command step as reached once the reader ran its command', () => {
    expect(reachedStep(steps, [], ['kubectl  get pods'])).toBe(2);
    expect(reachedStep(steps, [entry('kubectl', 'kube-apiserver')], ['kubectl get nodes'])).toBe(0);
    expect(reachedStep(steps, [entry('kube-scheduler', 'kube-apiserver', 'bind')], ['kubectl get pods'])).toBe(3);
  });

  it('advances in order and skips steps the engine never signals', () => {
    expect(reachedStep(steps, [])).toBe(-1);
    expect(reachedStep(steps, [entry('kubectl', 'kube-apiserver')])).toBe(0);
    expect(reachedStep(steps, [entry('kubectl', 'kube-apiserver'), entry('kube-apiserver', 'etcd')])).toBe(1);
    // An early etcd write does not jump past step 1; a bind after step 1 skips the command step.
    expect(reachedStep(steps, [entry('kube-apiserver', 'etcd')])).toBe(1);
    expect(reachedStep(steps, [entry('kubectl', 'kube-apiserver'), entry('kube-scheduler', 'kube-apiserver', 'bind')])).toBe(3);
    expect(reachedStep(steps, [entry('kube-scheduler', 'kube-apiserver', 'bind'), entry('kubectl', 'kube-apiserver')])).toBe(3);
  });
});

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function viewWithPods(): ClusterViewData {
  const view = schematicView(pods);
  view.nodes[1].pods = [
    { namespace: 'default', name: 'nginx', phase: 'Running', status: 'Running', ready: '1/1', restarts: 0 },
    { namespace: 'kube-system', name: 'kube-proxy-abcde', phase: 'Running', status: 'Running', ready: '1/1', restarts: 0 },
  ];
  view.pendingPods = [{ namespace: 'default', name: 'big', phase: 'Pending', status: 'Pending', ready: '0/1', restarts: 0 }];
  return view;
}

describe('diagram layout', () => {
  for (const narrow of [false, true]) {
    it(`places every component without overlaps (${narrow ? 'narrow' : 'wide'})`, () => {
      const view = viewWithPods();
      const layout = layoutCluster(view, { narrow, showSystemPods: false });
      expect(layout.width).toBe(narrow ? 360 : 760);
      for (const c of view.components) expect(layout.anchors.has(c.id)).toBe(true);
      const boxes: Box[] = [
        layout.user,
        ...layout.controlComponents,
        ...layout.pending,
        ...layout.nodes.flatMap((n) => [...n.components, ...n.pods]),
      ];
      for (let i = 0; i < boxes.length; i++) {
        const b = boxes[i];
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
        expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(b, boxes[j])).toBe(false);
      }
      // Children sit inside their node.
      for (const n of layout.nodes) {
        for (const c of [...n.components, ...n.pods]) {
          expect(c.x >= n.x && c.x + c.w <= n.x + n.w && c.y >= n.y && c.y + c.h <= n.y + n.h).toBe(true);
        }
      }
      expect(layout.nodes[1].pods.map((p) => p.pod.name)).toEqual(['nginx']);
      expect(layout.nodes[1].hiddenPods).toBe(1);
      expect(layout.pending.map((p) => p.pod.name)).toEqual(['big']);
    });
  }

  it('shows kube-system pods on request', () => {
    const layout = layoutCluster(viewWithPods(), { narrow: false, showSystemPods: true });
    expect(layout.nodes[1].pods).toHaveLength(2);
  });

  it('resolves log endpoints to boxes', () => {
    const view = schematicView(etcd);
    const layout = layoutCluster(view, { narrow: false, showSystemPods: false });
    expect(anchorFor(layout, view, 'kube-apiserver')).toBe(layout.anchors.get('kube-apiserver'));
    expect(anchorFor(layout, view, 'kubelet-node01')).toBe(layout.anchors.get('kubelet-node01'));
    expect(anchorFor(layout, view, 'kubectl')).toBe(layout.user);
    expect(anchorFor(layout, view, 'etcd')).toBe(layout.anchors.get('etcd-1'));
    expect(anchorFor(layout, view, 'nobody')).toBeUndefined();
  });
});

describe('message arrows', () => {
  it('run from border to border', () => {
    const a: Box = { x: 0, y: 0, w: 100, h: 30 };
    const b: Box = { x: 200, y: 0, w: 100, h: 30 };
    expect(arrowBetween(a, b)).toEqual({ x1: 100, y1: 15, x2: 200, y2: 15 });
    const below: Box = { x: 0, y: 100, w: 100, h: 30 };
    expect(arrowBetween(a, below)).toEqual({ x1: 50, y1: 30, x2: 50, y2: 100 });
    const p = borderPoint(a, { x: 150, y: 115 });
    expect(p.x === 100 || p.y === 30).toBe(true);
    expect(borderPoint(a, { x: 50, y: 15 })).toEqual({ x: 50, y: 15 });
  });
});

describe('state machine graph', () => {
  it('draws atomic states and labelled transitions, including delayed ones', () => {
    const machine = createMachine({
      id: 'kubelet',
      initial: 'registering',
      states: {
        registering: { on: { REGISTERED: 'running' } },
        running: {
          initial: 'idle',
          on: { STOP: 'stopped' },
          states: { idle: { after: { 10000: 'heartbeat' } }, heartbeat: { on: { DONE: 'idle' } } },
        },
        stopped: { on: { START: 'registering' } },
      },
    });
    const graph = machineGraph(machine.root as unknown as StateNodeLike, 'running.idle');
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(
      ['kubelet.registering', 'kubelet.running.idle', 'kubelet.running.heartbeat', 'kubelet.stopped'].sort(),
    );
    expect(graph.edges).toContainEqual({ source: 'kubelet.registering', target: 'kubelet.running.idle', label: 'REGISTERED' });
    expect(graph.edges).toContainEqual({ source: 'kubelet.running.idle', target: 'kubelet.running.heartbeat', label: 'after 10000 ms' });
    // The compound state's STOP leaves from its first atomic child.
    expect(graph.edges).toContainEqual({ source: 'kubelet.running.idle', target: 'kubelet.stopped', label: 'STOP' });
    expect(eventLabel('xstate.done.actor.x')).toBe('done');
  });
});


describe('links from the player', () => {
  it('respect the base path', () => {
    expect(noteHref('kubelet', 'ko', '/k8s-notes/')).toBe('/k8s-notes/kubelet/');
    expect(noteHref('kube-scheduler', 'en', '/k8s-notes')).toBe('/k8s-notes/en/kube-scheduler/');
    expect(noteHref('etcd', 'ko', '/')).toBe('/etcd/');
    expect(noteHref('client', 'ko', '/')).toBeUndefined();
    expect(withBase('/a/', '/b/')).toBe('/a/b/');
  });
});

describe('background events', () => {
  it('follow the engine flag when present, else the periodic kinds', () => {
    expect(isBackground({ ...entry('etcd-1', 'etcd-2', 'raft'), background: true })).toBe(true);
    expect(isBackground({ ...entry('kubelet-node01', 'kubelet-node01', 'heartbeat'), background: false })).toBe(false);
    expect(isBackground(entry('etcd-1', 'etcd-1', 'raft-tick'))).toBe(true);
    expect(isBackground(entry('kubelet-node01', 'kubelet-node01', 'heartbeat'))).toBe(true);
    expect(isBackground({ ...entry('kubelet-node01', 'kube-apiserver'), object: 'leases/kube-node-lease/node01' })).toBe(true);
    expect(isBackground(entry('kubectl', 'kube-apiserver', 'request'))).toBe(false);
  });
});
