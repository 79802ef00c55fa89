// kube-proxy's iptables mode, reduced to its rule computation: given the service ports (with
// their endpoints) it produces the iptables-restore input a real kube-proxy writes on a full
// sync, line for line (proxier.go syncProxyRules / writeServiceToEndpointRules).
//
// Simplifications (stated for the UI too): no loadBalancerSourceRanges (KUBE-FW), no topology hints, no serving-terminating fallback, no nfacct counters,
// IPv4 only. Traffic policies Local (KUBE-SVL) and ClientIP session affinity (the recent module)
// are written as kube-proxy writes them.
import type { ProxyServicePort } from './servicePorts.ts';

export interface RestoreRule {
  chain: string;
  /** Arguments after "-A <chain>", exactly as kube-proxy writes them (quoted comments keep their quotes). */
  args: string[];
}

export interface RestoreTable {
  name: 'filter' | 'nat';
  chains: string[];
  rules: RestoreRule[];
}

export interface ProxierOptions {
  /** Pod network CIDR used by the ClusterCIDR local-traffic detector (kubeadm: podSubnet). */
  clusterCIDR?: string;
  /** The node this kube-proxy runs on: its endpoints are the "local" ones of the Local policies. */
  nodeName?: string;
  /** --iptables-masquerade-bit, default 14. */
  masqueradeBit?: number;
}

export const KUBE_SERVICES = 'KUBE-SERVICES';
export const KUBE_EXTERNAL_SERVICES = 'KUBE-EXTERNAL-SERVICES';
export const KUBE_FORWARD = 'KUBE-FORWARD';
export const KUBE_NODEPORTS = 'KUBE-NODEPORTS';
export const KUBE_PROXY_FIREWALL = 'KUBE-PROXY-FIREWALL';
export const KUBE_POSTROUTING = 'KUBE-POSTROUTING';
export const KUBE_MARK_MASQ = 'KUBE-MARK-MASQ';
export const KUBE_FIREWALL = 'KUBE-FIREWALL';

/** Above this many endpoints in total kube-proxy drops the per-endpoint comments. */
export const LARGE_CLUSTER_ENDPOINTS_THRESHOLD = 1000;

/** Go's fmt.Sprintf("%0.10f", 1.0/float64(n)). */
export function probability(n: number): string {
  return (1 / n).toFixed(10);
}

const quote = (text: string) => `"${text}"`;

export function syncProxyRules(ports: ProxyServicePort[], options: ProxierOptions = {}): { filter: RestoreTable; nat: RestoreTable } {
  const mark = `0x${(1 << (options.masqueradeBit ?? 14)).toString(16)}`;
  const filter: RestoreTable = { name: 'filter', chains: [KUBE_SERVICES, KUBE_EXTERNAL_SERVICES, KUBE_FORWARD, KUBE_NODEPORTS, KUBE_PROXY_FIREWALL], rules: [] };
  const nat: RestoreTable = { name: 'nat', chains: [KUBE_SERVICES, KUBE_NODEPORTS, KUBE_POSTROUTING, KUBE_MARK_MASQ], rules: [] };
  const f = (chain: string, ...args: string[]) => filter.rules.push({ chain, args });
  const n = (chain: string, ...args: string[]) => nat.rules.push({ chain, args });

  n(KUBE_POSTROUTING, '-m', 'mark', '!', '--mark', `${mark}/${mark}`, '-j', 'RETURN');
  n(KUBE_POSTROUTING, '-j', 'MARK', '--xor-mark', mark);
  n(KUBE_POSTROUTING, '-m', 'comment', '--comment', quote('kubernetes service traffic requiring SNAT'), '-j', 'MASQUERADE', '--random-fully');
  n(KUBE_MARK_MASQ, '-j', 'MARK', '--or-mark', mark);

  // route_localnet hole mitigation (localhostNodePorts defaults to true for IPv4).
  filter.chains.push(KUBE_FIREWALL);
  f(KUBE_FIREWALL, '-m', 'comment', '--comment', quote('block incoming localnet connections'), '-d', '127.0.0.0/8', '!', '-s', '127.0.0.0/8', '-m', 'conntrack', '!', '--ctstate', 'RELATED,ESTABLISHED,DNAT', '-j', 'DROP');

  const totalEndpoints = ports.reduce((sum, p) => sum + p.endpoints.length, 0);
  const largeCluster = totalEndpoints > LARGE_CLUSTER_ENDPOINTS_THRESHOLD;
  const comment = (text: string) => (largeCluster ? [] : ['-m', 'comment', '--comment', text]);

  for (const sp of ports) {
    const proto = sp.protocol.toLowerCase();
    const dport = (p: number) => ['-m', proto, '-p', proto, '--dport', String(p)];
    const externallyAccessible = sp.nodePort !== 0 || sp.externalIPs.length > 0 || sp.loadBalancerIPs.length > 0;
    const internalLocal = sp.internalTrafficPolicy === 'Local';
    const externalLocal = externallyAccessible && sp.externalTrafficPolicy === 'Local';
    // Which endpoint sets the port uses (pkg/proxy CategorizeEndpoints): external traffic can always
    // be short-circuited to the Cluster chain, so an externally reachable port keeps it.
    const usesCluster = !internalLocal || externallyAccessible;
    const usesLocal = internalLocal || externalLocal;
    const clusterEndpoints = usesCluster ? sp.endpoints : [];
    const localEndpoints = usesLocal ? sp.endpoints.filter((e) => e.nodeName === options.nodeName) : [];
    const reachable = sp.endpoints.filter((e) => clusterEndpoints.includes(e) || localEndpoints.includes(e));
    const hasEndpoints = sp.endpoints.length > 0;
    const hasInternal = hasEndpoints && (!internalLocal || localEndpoints.length > 0);
    const hasExternal = hasEndpoints && (!externalLocal || localEndpoints.length > 0);
    const internalChain = internalLocal ? sp.svlChain : sp.svcChain;
    const externalPolicyChain = externalLocal ? sp.svlChain : sp.svcChain;

    const noEndpoints = quote(`${sp.name} has no endpoints`);
    const noLocal = quote(`${sp.name} has no local endpoints`);
    const internalFilter = !hasEndpoints ? { comment: noEndpoints, target: 'REJECT' } : { comment: noLocal, target: 'DROP' };
    const externalFilter = internalFilter.target === 'REJECT' ? internalFilter : { comment: noLocal, target: 'DROP' };

    if (hasInternal) n(KUBE_SERVICES, '-m', 'comment', '--comment', quote(`${sp.name} cluster IP`), '-m', proto, '-p', proto, '-d', sp.clusterIP, '--dport', String(sp.port), '-j', internalChain);
    else f(KUBE_SERVICES, '-m', 'comment', '--comment', internalFilter.comment, '-m', proto, '-p', proto, '-d', sp.clusterIP, '--dport', String(sp.port), '-j', internalFilter.target);
    for (const ip of sp.externalIPs) {
      if (hasEndpoints) n(KUBE_SERVICES, '-m', 'comment', '--comment', quote(`${sp.name} external IP`), '-m', proto, '-p', proto, '-d', ip, '--dport', String(sp.port), '-j', sp.extChain);
      if (!hasExternal) f(KUBE_EXTERNAL_SERVICES, '-m', 'comment', '--comment', externalFilter.comment, '-m', proto, '-p', proto, '-d', ip, '--dport', String(sp.port), '-j', externalFilter.target);
    }
    for (const ip of sp.loadBalancerIPs) {
      if (hasEndpoints) n(KUBE_SERVICES, '-m', 'comment', '--comment', quote(`${sp.name} loadbalancer IP`), '-m', proto, '-p', proto, '-d', ip, '--dport', String(sp.port), '-j', sp.extChain);
    }
    if (!hasExternal) {
      for (const ip of sp.loadBalancerIPs) f(KUBE_EXTERNAL_SERVICES, '-m', 'comment', '--comment', externalFilter.comment, '-m', proto, '-p', proto, '-d', ip, '--dport', String(sp.port), '-j', externalFilter.target);
    }
    if (sp.nodePort !== 0) {
      if (hasEndpoints) n(KUBE_NODEPORTS, '-m', 'comment', '--comment', sp.name, ...dport(sp.nodePort), '-j', sp.extChain);
      if (!hasExternal) f(KUBE_EXTERNAL_SERVICES, '-m', 'comment', '--comment', externalFilter.comment, '-m', 'addrtype', '--dst-type', 'LOCAL', ...dport(sp.nodePort), '-j', externalFilter.target);
    }
    if (sp.healthCheckNodePort) {
      f(KUBE_NODEPORTS, '-m', 'comment', '--comment', quote(`${sp.name} health check node port`), '-m', 'tcp', '-p', 'tcp', '--dport', String(sp.healthCheckNodePort), '-j', 'ACCEPT');
    }
    if (!hasEndpoints) continue;

    // Off-cluster sources reaching a ClusterIP get masqueraded (ClusterCIDR local detector).
    if (hasInternal && options.clusterCIDR) {
      n(internalChain, '-m', 'comment', '--comment', quote(`${sp.name} cluster IP`), '-m', proto, '-p', proto, '-d', sp.clusterIP, '--dport', String(sp.port), '!', '-s', options.clusterCIDR, '-j', KUBE_MARK_MASQ);
    }
    if (externallyAccessible) {
      nat.chains.push(sp.extChain);
      if (!externalLocal) {
        n(sp.extChain, '-m', 'comment', '--comment', quote(`masquerade traffic for ${sp.name} external destinations`), '-j', KUBE_MARK_MASQ);
      } else {
        // Local policy keeps the client's address; traffic from pods and from the node itself
        // still goes to any endpoint, as if it had left and come back through a load balancer.
        if (options.clusterCIDR) n(sp.extChain, '-m', 'comment', '--comment', quote(`pod traffic for ${sp.name} external destinations`), '-s', options.clusterCIDR, '-j', sp.svcChain);
        n(sp.extChain, '-m', 'comment', '--comment', quote(`masquerade LOCAL traffic for ${sp.name} external destinations`), '-m', 'addrtype', '--src-type', 'LOCAL', '-j', KUBE_MARK_MASQ);
        n(sp.extChain, '-m', 'comment', '--comment', quote(`route LOCAL traffic for ${sp.name} external destinations`), '-m', 'addrtype', '--src-type', 'LOCAL', '-j', sp.svcChain);
      }
      if (hasExternal) n(sp.extChain, '-j', externalPolicyChain);
    }
    const affinity = sp.sessionAffinity === 'ClientIP';
    const toEndpoints = (chain: string, endpoints: typeof sp.endpoints) => {
      nat.chains.push(chain);
      if (affinity) {
        for (const ep of endpoints) {
          n(chain, ...comment(quote(`${sp.name} -> ${ep.hostPort}`)), '-m', 'recent', '--name', ep.chain, '--rcheck', '--seconds', String(sp.stickySeconds), '--reap', '-j', ep.chain);
        }
      }
      endpoints.forEach((ep, i) => {
        const statistic = i < endpoints.length - 1 ? ['-m', 'statistic', '--mode', 'random', '--probability', probability(endpoints.length - i)] : [];
        n(chain, ...comment(quote(`${sp.name} -> ${ep.hostPort}`)), ...statistic, '-j', ep.chain);
      });
    };
    if (clusterEndpoints.length) toEndpoints(sp.svcChain, clusterEndpoints);
    if (localEndpoints.length) toEndpoints(sp.svlChain, localEndpoints);
    for (const ep of reachable) {
      nat.chains.push(ep.chain);
      n(ep.chain, ...comment(sp.name), '-s', ep.ip, '-j', KUBE_MARK_MASQ);
      const remember = affinity ? ['-m', 'recent', '--name', ep.chain, '--set'] : [];
      n(ep.chain, ...comment(sp.name), ...remember, '-m', proto, '-p', proto, '-j', 'DNAT', '--to-destination', ep.hostPort);
    }
  }

  n(KUBE_SERVICES, '-m', 'comment', '--comment', quote('kubernetes service nodeports; NOTE: this must be the last rule in this chain'), '-m', 'addrtype', '--dst-type', 'LOCAL', '-j', KUBE_NODEPORTS);
  f(KUBE_FORWARD, '-m', 'conntrack', '--ctstate', 'INVALID', '-j', 'DROP');
  f(KUBE_FORWARD, '-m', 'comment', '--comment', quote('kubernetes forwarding rules'), '-m', 'mark', '--mark', `${mark}/${mark}`, '-j', 'ACCEPT');
  f(KUBE_FORWARD, '-m', 'comment', '--comment', quote('kubernetes forwarding conntrack rule'), '-m', 'conntrack', '--ctstate', 'RELATED,ESTABLISHED', '-j', 'ACCEPT');
  return { filter, nat };
}

/** The iptables-restore input kube-proxy hands to iptables: "*filter", ":CHAIN - [0:0]", "-A ...", "COMMIT", then "*nat". */
export function renderRestoreInput(tables: { filter: RestoreTable; nat: RestoreTable }): string {
  const lines: string[] = [];
  for (const table of [tables.filter, tables.nat]) {
    lines.push(`*${table.name}`);
    for (const chain of table.chains) lines.push(`:${chain} - [0:0]`);
    for (const rule of table.rules) lines.push(['-A', rule.chain, ...rule.args].join(' '));
    lines.push('COMMIT');
  }
  return lines.join('\n') + '\n';
}
