// The node lifecycle controller as a kube-controller-manager plugin: a monitor pass every
// node-monitor-period, the NoSchedule taint pass on node updates, and the rate-limited NoExecute
// tainting pass every 100 ms while nodes wait for it.
import type { Lease, Node, Pod } from '../../api/types.ts';
import type { TimerHandle } from '../../kernel/kernel.ts';
import type { ControllerHost, ControllerPlugin, InformerEvent } from '../manager/controllerPlugin.ts';
import { NodeLifecycleController } from './nodeLifecycleController.ts';
import { nodeLifecycleDefaults, type NodeLifecycleConfig } from './nodeLifecycleConfig.ts';

/** The --controllers name; its events carry the source component "node-controller". */
const PLUGIN_NAME = 'node-lifecycle-controller';

export function nodeLifecyclePlugin(config: NodeLifecycleConfig = nodeLifecycleDefaults()): ControllerPlugin {
  return {
    name: PLUGIN_NAME,
    resources: ['nodes', 'leases', 'pods'],
    start: (host) => new NodeLifecycleLoop(host, config),
  };
}

class NodeLifecycleLoop {
  private readonly controller: NodeLifecycleController;
  private taintTimer: TimerHandle | undefined;

  constructor(private readonly host: ControllerHost, private readonly config: NodeLifecycleConfig) {
    this.controller = new NodeLifecycleController(config);
  }

  onSynced(): void {
    // The bootstrap state is a cluster that has been running: its nodes were registered long ago.
    this.controller.primeKnownNodes(this.nodes());
    this.monitor();
  }

  onEvent(e: InformerEvent): void {
    if (e.resource !== 'nodes' || e.type === 'delete') return;
    const actions = this.controller.onNodeUpdate(e.object as Node, this.host.nowMs());
    if (actions.length) this.host.execute(PLUGIN_NAME, actions);
  }

  onStop(): void {
    this.taintTimer = undefined;
  }

  private nodes(): Node[] {
    return this.host.informer('nodes').list() as Node[];
  }

  private monitor(): void {
    const actions = this.controller.monitorNodeHealth({
      nodes: this.nodes(),
      leases: this.host.informer('leases').list() as Lease[],
      pods: this.host.informer('pods').list() as Pod[],
      nowMs: this.host.nowMs(),
    });
    if (actions.length) this.host.execute(PLUGIN_NAME, actions);
    this.scheduleTainting();
    this.host.setTimer(this.config.nodeMonitorPeriodMs, { id: 'node-lifecycle.monitor', params: {} }, () => this.monitor(), { background: true });
  }

  private scheduleTainting(): void {
    if (this.taintTimer) return;
    const now = this.host.nowMs();
    const at = this.controller.nextTaintingAt(now);
    if (at === undefined) return;
    // The real pass runs every nodeEvictionPeriod; only the passes that can act are simulated.
    const period = this.config.nodeEvictionPeriodMs;
    const delay = Math.max(period, Math.ceil((at - now) / period) * period);
    this.taintTimer = this.host.setTimer(delay, { id: 'node-lifecycle.no-execute-queue', params: {} }, () => {
      this.taintTimer = undefined;
      const actions = this.controller.doNoExecuteTaintingPass(this.nodes(), this.host.nowMs());
      if (actions.length) this.host.execute(PLUGIN_NAME, actions);
      this.scheduleTainting();
    }, { background: true });
  }
}
