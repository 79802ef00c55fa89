// kube-proxy, one per node (the kube-proxy DaemonSet's pod, host network): watches Services and
// EndpointSlices through kube-apiserver and rewrites its node's iptables rules after changes. Real
// kube-proxy batches changes with a bounded-frequency runner (--iptables-min-sync-period, 1s by
// default): a change right after a sync waits until a second has passed since it.
import { setup } from 'xstate';
import type { EndpointSlice, Service } from '../../api/types.ts';
import type { Informer } from '../../apiserver/client.ts';
import { Component, type SimContext } from '../../cluster/component.ts';
import type { TimerHandle } from '../../kernel/kernel.ts';
import { syncProxyRules, type RestoreTable } from './iptablesProxier.ts';
import { nodeIptables, renderIptablesSave, type NodeIptables, type TableName } from './nodeIptables.ts';
import { buildServicePorts, type ProxyServicePort } from './servicePorts.ts';
import type { RecentLists } from '../../network/packetPath.ts';

export const MIN_SYNC_PERIOD_MS = 1000;

export const kubeProxyMachine = setup({}).createMachine({
  id: 'kube-proxy',
  initial: 'waitingForCaches',
  states: {
    waitingForCaches: { on: { SYNCED: 'idle', STOP: 'stopped' } },
    idle: { on: { CHANGE: 'syncPending', STOP: 'stopped' } },
    syncPending: { on: { SYNC: 'idle', STOP: 'stopped' } },
    stopped: { on: { START: 'waitingForCaches' } },
  },
});

export interface KubeProxyOptions {
  nodeName: string;
  /** kube-proxy's --cluster-cidr (kubeadm sets the pod subnet), for the local-traffic detector. */
  clusterCIDR?: string;
}

export class KubeProxy extends Component {
  readonly nodeName: string;
  readonly clusterCIDR: string;
  private services: Informer | undefined;
  private slices: Informer | undefined;
  private pending: TimerHandle | undefined;
  private lastSync = -Infinity;
  private restored: { filter: RestoreTable; nat: RestoreTable } = syncProxyRules([]);
  /** The node's rules as last written; readable by the UI and by `iptables-save`. */
  tables: NodeIptables = nodeIptables(this.restored);
  servicePorts: ProxyServicePort[] = [];
  syncCount = 0;
  /** The node kernel's `recent` lists (ClientIP session affinity), filled as requests pass. */
  readonly recent: RecentLists = new Map();

  constructor(sim: SimContext, options: KubeProxyOptions) {
    super(`kube-proxy-${options.nodeName}`, 'kube-proxy', sim, options.nodeName);
    this.nodeName = options.nodeName;
    this.clusterCIDR = options.clusterCIDR ?? '10.244.0.0/16';
    this.startActor(kubeProxyMachine);
    this.watchApi();
  }

  private watchApi(): void {
    let synced = 0;
    const onSynced = () => {
      synced += 1;
      if (synced === 2) {
        this.actor?.send({ type: 'SYNCED' });
        this.sync();
      }
    };
    const changed = () => this.requestSync();
    const handlers = { add: changed, update: changed, delete: changed, synced: onSynced };
    // The initial list arrives through add(); syncing waits for both caches (OnServiceSynced/OnEndpointSlicesSynced).
    this.services = this.api.informer('services', {}, { ...handlers, add: () => synced === 2 && changed() });
    this.slices = this.api.informer('endpointslices', {}, { ...handlers, add: () => synced === 2 && changed() });
  }

  private requestSync(): void {
    if (!this.up || this.pending) return;
    this.actor?.send({ type: 'CHANGE' });
    const wait = Math.max(1, this.lastSync + MIN_SYNC_PERIOD_MS - this.sim.now());
    this.pending = this.setTimer(wait, { id: 'kube-proxy.sync', params: { node: this.nodeName } }, () => {
      this.pending = undefined;
      this.sync();
    }, { kind: 'sync' });
  }

  /** syncProxyRules: recompute everything from the caches and replace the node's kube-proxy chains. */
  private sync(): void {
    const services = (this.services?.list() ?? []) as Service[];
    const slices = (this.slices?.list() ?? []) as EndpointSlice[];
    this.servicePorts = buildServicePorts(services, slices);
    this.restored = syncProxyRules(this.servicePorts, { clusterCIDR: this.clusterCIDR, nodeName: this.nodeName });
    this.tables = nodeIptables(this.restored);
    this.lastSync = this.sim.now();
    this.syncCount += 1;
    this.actor?.send({ type: 'SYNC' });
  }

  /** What `iptables-save` prints on this node (`-t <table>` limits it to one table). */
  iptablesSave(epochMs: number, table?: TableName): string {
    return renderIptablesSave(this.tables, epochMs, table);
  }

  protected override onStop(): void {
    this.pending = undefined;
  }

  protected override onStart(): void {
    // A restarted kube-proxy lists and watches again, then does a full sync; the kernel kept the old rules meanwhile.
    this.lastSync = -Infinity;
    this.watchApi();
  }
}
