// A small node world for the node lifecycle tests: kubelets that heartbeat (Ready condition and
// Lease) every 10 s until stopped, the node lifecycle controller's 5 s monitor pass and 100 ms
// tainting pass, and the taint-eviction controller, all on one 100 ms step clock.
import type { Lease, Node, Pod } from '../../../../src/sim/api/types.ts';
import type { ControllerAction } from '../../../../src/sim/controllers/util/actions.ts';
import { NodeLifecycleController } from '../../../../src/sim/controllers/nodelifecycle/nodeLifecycleController.ts';
import { nodeLifecycleDefaults } from '../../../../src/sim/controllers/nodelifecycle/nodeLifecycleConfig.ts';
import { TaintEvictionController } from '../../../../src/sim/controllers/nodelifecycle/taintEvictionController.ts';
import { formatTime } from '../../../../src/sim/controllers/util/time.ts';
import { T0 } from './fakeWorld.ts';

export const DEFAULT_TOLERATIONS = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists' as const, effect: 'NoExecute' as const, tolerationSeconds: 300 },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists' as const, effect: 'NoExecute' as const, tolerationSeconds: 300 },
];

export class NodeWorld {
  now = T0;
  nodes = new Map<string, Node>();
  leases = new Map<string, Lease>();
  pods = new Map<string, Pod>();
  stopped = new Set<string>();
  log: { t: number; what: string }[] = [];
  readonly nlc: NodeLifecycleController;
  readonly tec = new TaintEvictionController();

  constructor(names: string[], minor = 33) {
    this.nlc = new NodeLifecycleController(nodeLifecycleDefaults(minor));
    for (const name of names) {
      this.nodes.set(name, {
        apiVersion: 'v1', kind: 'Node', metadata: { name, uid: `uid-${name}`, creationTimestamp: formatTime(T0) },
        spec: {}, status: { conditions: [
          { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory', lastHeartbeatTime: formatTime(T0), lastTransitionTime: formatTime(T0) },
          { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastHeartbeatTime: formatTime(T0), lastTransitionTime: formatTime(T0) },
        ] },
      });
      this.leases.set(name, { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name, namespace: 'kube-node-lease' }, spec: { renewTime: formatTime(T0) } });
    }
  }

  addPod(name: string, node: string, tolerations = DEFAULT_TOLERATIONS) {
    this.pods.set(name, {
      apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: `uid-${name}` },
      spec: { containers: [{ name: 'c' }], nodeName: node, tolerations },
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
    });
  }

  apply(actions: ControllerAction[]) {
    for (const a of actions) {
      if (a.type === 'event') this.log.push({ t: this.now - T0, what: `event ${a.event.reason}: ${a.event.message}` });
      else if ((a.type === 'update' || a.type === 'updateStatus') && a.object.kind === 'Node') {
        const before = this.nodes.get(a.object.metadata.name!)!;
        this.nodes.set(a.object.metadata.name!, a.object as Node);
        const taints = ((a.object as Node).spec.taints ?? []).map((t) => `${t.key.split('/')[1]}:${t.effect}`).join(',');
        if (a.type === 'update') this.log.push({ t: this.now - T0, what: `taints ${a.object.metadata.name} [${taints}]` });
        else this.log.push({ t: this.now - T0, what: `status ${a.object.metadata.name} Ready=${(a.object as Node).status!.conditions!.find((c) => c.type === 'Ready')!.status}` });
        if (JSON.stringify(before.spec) !== JSON.stringify((a.object as Node).spec) || a.type === 'updateStatus') this.apply(this.nlc.onNodeUpdate(a.object as Node, this.now));
        this.apply(this.tec.reconcileNode(a.object as Node, [...this.pods.values()], this.now));
      } else if (a.type === 'updateStatus' && a.object.kind === 'Pod') {
        this.pods.set(a.object.metadata.name!, a.object as Pod);
        if (a.event && typeof a.event !== 'function') this.log.push({ t: this.now - T0, what: `event ${a.event.reason} ${a.object.metadata.name}: ${a.event.message}` });
      } else if (a.type === 'delete' && a.target.kind === 'Pod') {
        this.pods.delete(a.target.name);
        this.tec.forgetPod(a.target.namespace, a.target.name);
        this.log.push({ t: this.now - T0, what: `delete pod ${a.target.name}` });
      }
    }
  }

  /** Advances in 100 ms steps: kubelet heartbeats every 10 s, monitor every 5 s, tainting every 100 ms. */
  run(untilS: number) {
    while (this.now - T0 < untilS * 1000) {
      this.now += 100;
      const t = this.now - T0;
      if (t % 10_000 === 0) {
        for (const [name, node] of this.nodes) {
          if (this.stopped.has(name)) continue;
          const n: Node = JSON.parse(JSON.stringify(node));
          for (const c of n.status!.conditions!) {
            c.lastHeartbeatTime = formatTime(this.now);
            if (c.type === 'Ready' && c.status !== 'True') {
              Object.assign(c, { status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastTransitionTime: formatTime(this.now) });
            }
          }
          this.nodes.set(name, n);
          this.leases.get(name)!.spec.renewTime = formatTime(this.now);
          this.apply(this.nlc.onNodeUpdate(n, this.now));
        }
      }
      if (t % 5_000 === 0) {
        this.apply(this.nlc.monitorNodeHealth({ nodes: [...this.nodes.values()], leases: [...this.leases.values()], pods: [...this.pods.values()], nowMs: this.now }));
      }
      this.apply(this.nlc.doNoExecuteTaintingPass([...this.nodes.values()], this.now));
      this.apply(this.tec.fireDue([...this.pods.values()], this.now));
    }
  }
}

