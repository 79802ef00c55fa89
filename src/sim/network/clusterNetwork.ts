// The simulated network of one cluster: node addresses, pods, the kube-proxy rules of each node and
// the cluster DNS, as seen from inside a pod. Commands run inside pods (kubectl exec ... -- wget)
// find their cluster here.
//
// Bridge: commands only get a CommandIO, which has no handle on the cluster's components. Each
// cluster puts its network into its command session at creation (from the kube-proxy extension),
// where commands find it. (A global list of WeakRefs used to do this, but a WeakRef keeps its target
// alive until the current job ends, so every cluster made in one synchronous run stayed in memory.)
import type { EndpointSlice, KubeObject, Node, Pod, Service } from '../api/types.ts';
import type { ApiServer } from '../apiserver/apiServer.ts';
import type { CommandIO } from '../cli/command.ts';
import type { SimContext } from '../cluster/component.ts';
import type { KubeProxy } from '../node/kube-proxy/kubeProxy.ts';
import { nodeIptables, type NodeIptables } from '../node/kube-proxy/nodeIptables.ts';
import { syncProxyRules } from '../node/kube-proxy/iptablesProxier.ts';
import type { DnsView } from './clusterDns.ts';
import type { NetworkView } from './packetPath.ts';

export interface ClusterNetwork {
  sim: SimContext;
  apiServer: ApiServer;
}

const SESSION_KEY = 'services.clusterNetwork';

export function registerClusterNetwork(network: ClusterNetwork, session: Record<string, unknown>): void {
  session[SESSION_KEY] = network;
}

/** The network of the cluster this command runs in. */
export function networkOf(io: CommandIO): ClusterNetwork | undefined {
  return io.session[SESSION_KEY] as ClusterNetwork | undefined;
}

const list = <T extends KubeObject>(n: ClusterNetwork, resource: string) => n.apiServer.cachedList(resource) as T[];

/** CoreDNS answers from its informer cache of the API: here, the API server's cache. */
export function dnsView(n: ClusterNetwork): DnsView {
  return {
    services: list<Service>(n, 'services'),
    endpointSlices: list<EndpointSlice>(n, 'endpointslices'),
    pods: list<Pod>(n, 'pods'),
    namespaces: list(n, 'namespaces').map((ns) => ns.metadata.name!),
  };
}

export function nodeIPs(n: ClusterNetwork): Record<string, string> {
  const out: Record<string, string> = {};
  for (const node of list<Node>(n, 'nodes')) {
    const ip = node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
    if (ip) out[node.metadata.name!] = ip;
  }
  return out;
}

/** The node carrying the control-plane role (where the learner's shell runs), else the first node. */
export function controlPlaneNode(n: ClusterNetwork): string | undefined {
  const nodes = list<Node>(n, 'nodes');
  const cp = nodes.find((node) => Object.keys(node.metadata.labels ?? {}).includes('node-role.kubernetes.io/control-plane'));
  return (cp ?? nodes[0])?.metadata.name;
}

export function kubeProxyOf(n: ClusterNetwork, node: string): KubeProxy | undefined {
  return n.sim.component(`kube-proxy-${node}`) as KubeProxy | undefined;
}

const EMPTY_TABLES: NodeIptables = nodeIptables(syncProxyRules([]));

export function networkView(n: ClusterNetwork): NetworkView {
  return {
    nodeIPs: nodeIPs(n),
    pods: list<Pod>(n, 'pods'),
    iptables: (node) => kubeProxyOf(n, node)?.tables ?? EMPTY_TABLES,
    recent: (node) => kubeProxyOf(n, node)?.recent,
    now: n.sim.now(),
  };
}
