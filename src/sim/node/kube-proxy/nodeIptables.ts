// The iptables state of one node as `iptables-save` shows it: the jump rules kube-proxy and the
// kubelet install once in the built-in chains, plus the tables kube-proxy restores on each sync.
//
// Simplification: only rules made by Kubernetes components appear (a real node also carries the
// CNI plugin's and the container runtime's rules); chain counters are always [0:0].
import { parseRule, renderSaveRule, type ParsedRule } from './iptablesRule.ts';
import {
  KUBE_EXTERNAL_SERVICES, KUBE_FIREWALL, KUBE_FORWARD, KUBE_NODEPORTS, KUBE_POSTROUTING, KUBE_PROXY_FIREWALL,
  KUBE_SERVICES, type RestoreTable,
} from './iptablesProxier.ts';

export type TableName = 'mangle' | 'filter' | 'nat';

export interface IptablesTable {
  name: TableName;
  builtinChains: string[];
  userChains: string[];
  rules: ParsedRule[];
}

export type NodeIptables = Record<TableName, IptablesTable>;

const BUILTIN: Record<TableName, string[]> = {
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
};

const CANARIES = ['KUBE-KUBELET-CANARY', 'KUBE-PROXY-CANARY'];
const NEW_ONLY = ['-m', 'conntrack', '--ctstate', 'NEW'];
const comment = (text: string) => ['-m', 'comment', '--comment', `"${text}"`];

/**
 * Jump rules from the built-in chains, in the order they end up in: kube-proxy prepends each of
 * them, so within one built-in chain they appear in reverse of kube-proxy's list; the kubelet's
 * KUBE-FIREWALL jump existed before kube-proxy started and so stays last.
 */
const JUMPS: Record<TableName, [string, string[]][]> = {
  mangle: [],
  filter: [
    ['INPUT', [...NEW_ONLY, ...comment('kubernetes load balancer firewall'), '-j', KUBE_PROXY_FIREWALL]],
    ['INPUT', [...comment('kubernetes health check service ports'), '-j', KUBE_NODEPORTS]],
    ['INPUT', [...NEW_ONLY, ...comment('kubernetes externally-visible service portals'), '-j', KUBE_EXTERNAL_SERVICES]],
    ['INPUT', ['-j', KUBE_FIREWALL]],
    ['FORWARD', [...NEW_ONLY, ...comment('kubernetes load balancer firewall'), '-j', KUBE_PROXY_FIREWALL]],
    ['FORWARD', [...comment('kubernetes forwarding rules'), '-j', KUBE_FORWARD]],
    ['FORWARD', [...NEW_ONLY, ...comment('kubernetes service portals'), '-j', KUBE_SERVICES]],
    ['FORWARD', [...NEW_ONLY, ...comment('kubernetes externally-visible service portals'), '-j', KUBE_EXTERNAL_SERVICES]],
    ['OUTPUT', [...NEW_ONLY, ...comment('kubernetes load balancer firewall'), '-j', KUBE_PROXY_FIREWALL]],
    ['OUTPUT', [...NEW_ONLY, ...comment('kubernetes service portals'), '-j', KUBE_SERVICES]],
    ['OUTPUT', ['-j', KUBE_FIREWALL]],
  ],
  nat: [
    ['PREROUTING', [...comment('kubernetes service portals'), '-j', KUBE_SERVICES]],
    ['OUTPUT', [...comment('kubernetes service portals'), '-j', KUBE_SERVICES]],
    ['POSTROUTING', [...comment('kubernetes postrouting rules'), '-j', KUBE_POSTROUTING]],
  ],
};

/** Combines the fixed jump rules with the tables kube-proxy restored (which replace its own chains wholesale). */
export function nodeIptables(restored: { filter: RestoreTable; nat: RestoreTable }): NodeIptables {
  const build = (name: TableName, restoredTable?: RestoreTable): IptablesTable => {
    const chains = new Set<string>(CANARIES);
    if (name === 'mangle') chains.add('KUBE-IPTABLES-HINT');
    const rules: ParsedRule[] = JUMPS[name].map(([chain, args]) => parseRule(chain, args));
    for (const [, args] of JUMPS[name]) chains.add(args[args.length - 1]);
    for (const chain of restoredTable?.chains ?? []) chains.add(chain);
    for (const r of restoredTable?.rules ?? []) rules.push(parseRule(r.chain, r.args));
    return { name, builtinChains: BUILTIN[name], userChains: [...chains].sort(), rules };
  };
  return { mangle: build('mangle'), filter: build('filter', restored.filter), nat: build('nat', restored.nat) };
}

/** ctime-style timestamp ("Mon Nov 23 07:30:39 2026") from virtual epoch milliseconds, in UTC. */
export function ctime(epochMs: number): string {
  const d = new Date(epochMs);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/** iptables version shown in the header; the kube-proxy image ships the nf_tables backend of iptables 1.8. */
export const IPTABLES_SAVE_VERSION = 'v1.8.9 (nf_tables)';

/**
 * `iptables-save` output: per table, built-in chain policies, user chains (sorted, as iptables
 * lists them), then the rules chain by chain in that same order.
 */
export function renderIptablesSave(tables: NodeIptables, epochMs: number, onlyTable?: TableName): string {
  const stamp = ctime(epochMs);
  const lines: string[] = [];
  for (const table of [tables.mangle, tables.filter, tables.nat]) {
    if (onlyTable && table.name !== onlyTable) continue;
    lines.push(`# Generated by iptables-save ${IPTABLES_SAVE_VERSION} on ${stamp}`);
    lines.push(`*${table.name}`);
    for (const chain of table.builtinChains) lines.push(`:${chain} ACCEPT [0:0]`);
    for (const chain of table.userChains) lines.push(`:${chain} - [0:0]`);
    for (const chain of [...table.builtinChains, ...table.userChains]) {
      for (const rule of table.rules) if (rule.chain === chain) lines.push(renderSaveRule(rule));
    }
    lines.push('COMMIT');
    lines.push(`# Completed on ${stamp}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * `iptables -t <table> -S [chain]`: policies (-P) of the built-in chains, -N for user chains, then
 * the rules; with a chain, only that chain (its -P or -N line, then its rules).
 */
export function renderIptablesS(tables: NodeIptables, table: TableName, chain?: string): string | undefined {
  const t = tables[table];
  if (chain && !t.builtinChains.includes(chain) && !t.userChains.includes(chain)) return undefined;
  const lines: string[] = [];
  for (const c of t.builtinChains) if (!chain || c === chain) lines.push(`-P ${c} ACCEPT`);
  for (const c of t.userChains) if (!chain || c === chain) lines.push(`-N ${c}`);
  for (const c of [...t.builtinChains, ...t.userChains]) {
    if (chain && c !== chain) continue;
    for (const rule of t.rules) if (rule.chain === c) lines.push(renderSaveRule(rule));
  }
  return lines.join('\n') + '\n';
}
