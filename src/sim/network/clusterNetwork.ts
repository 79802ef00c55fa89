// The simulated network of one cluster: node addresses, pods, the kube-proxy rules of each node and
// the cluster DNS, as seen from inside a pod. Commands run inside pods (kubectl exec ... -- wget)
// find their cluster here.
//
// Bridge: commands only get a CommandIO, which has no handle on the cluster's components. Each
// cluster registers itself at creation (from the kube-proxy extension) and a command finds its own
// by object identity: io.peek returns the API server's cached objects themselves. Where the engine
// offers components to commands directly this lookup can go.
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

const clusters: WeakRef<ClusterNetwork>[] = [];
const SESSION_KEY = 'services.clusterNetwork';

export function registerClusterNetwork(network: ClusterNetwork): void {
  for (let i = clusters.length - 1; i >= 0; i--) if (!clusters[i].deref()) clusters.splice(i, 1);
  clusters.push(new WeakRef(network));
}

/** The network of the cluster this command runs in. */
export function networkOf(io: CommandIO): ClusterNetwork | undefined {
  const cached = io.session[SESSION_KEY] as ClusterNetwork | undefined;
  if (cached) return cached;
  const probe = io.peek('namespaces', undefined, 'default');
  if (!probe) return undefined;
  for (const ref of clusters) {
    const n = ref.deref();
    if (n && n.apiServer.cached('namespaces', undefined, 'default') === probe) {
      io.session[SESSION_KEY] = n;
      return n;
    }
  }
  return undefined;
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
