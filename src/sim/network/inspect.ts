// Read-only views of the networking state for the player's panels (kube-proxy rules per node,
// the service ports kube-proxy knows, a dry run of a request's path). They read component state
// directly, as the inspector does; nothing here changes the simulation.
import { EPOCH_MS } from '../api/meta.ts';
import type { Cluster } from '../cluster/types.ts';
import type { Component } from '../cluster/component.ts';
import type { KubeProxy } from '../node/kube-proxy/kubeProxy.ts';
import type { ProxyServicePort } from '../node/kube-proxy/servicePorts.ts';
import { renderSaveRule } from '../node/kube-proxy/iptablesRule.ts';
import { createRng } from '../kernel/rng.ts';
import { sendPacket, type Delivery } from './packetPath.ts';
import type { Node, Pod } from '../api/types.ts';

export interface KubeProxyView {
  node: string;
  /** Number of times this kube-proxy has rewritten its rules. */
  syncCount: number;
  servicePorts: ProxyServicePort[];
  /** `iptables-save` of the node, as `kubectl exec <kube-proxy pod> -- iptables-save` prints it. */
  iptablesSave: string;
  /** The nat rules kube-proxy owns, one iptables-save line each. */
  natRules: string[];
}

function component(cluster: Cluster, id: string): Component | undefined {
  return (cluster as unknown as { components?: Map<string, Component> }).components?.get(id);
}

export function kubeProxyView(cluster: Cluster, node: string): KubeProxyView | undefined {
  const proxy = component(cluster, `kube-proxy-${node}`) as KubeProxy | undefined;
  if (!proxy) return undefined;
  return {
    node,
    syncCount: proxy.syncCount,
    servicePorts: proxy.servicePorts,
    iptablesSave: proxy.iptablesSave(EPOCH_MS + cluster.now()),
    natRules: proxy.tables.nat.rules.filter((r) => r.chain.startsWith('KUBE-')).map(renderSaveRule),
  };
}

/**
 * Where a request from `node` to ip:port would go right now, without sending it (the UI's "trace"
 * view). `seed` picks among the endpoints the way the statistic rules would.
 */
export function tracePacket(cluster: Cluster, node: string, dst: string, dport: number, seed = 1, fromPodIP?: string): Delivery {
  const nodeIPs: Record<string, string> = {};
  for (const n of cluster.listObjects('nodes') as Node[]) {
    const ip = n.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
    if (ip) nodeIPs[n.metadata.name!] = ip;
  }
  const view = {
    nodeIPs,
    pods: cluster.listObjects('pods') as Pod[],
    iptables: (n: string) => (component(cluster, `kube-proxy-${n}`) as KubeProxy | undefined)?.tables ?? (component(cluster, `kube-proxy-${node}`) as KubeProxy).tables,
  };
  return sendPacket(view, node, { src: fromPodIP ?? nodeIPs[node] ?? '0.0.0.0', dst, dport, protocol: 'tcp' }, createRng(seed), !fromPodIP);
}
