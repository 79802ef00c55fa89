// A request through the simulated network: the packet enters a node, walks that node's iptables
// nat rules as kube-proxy wrote them (statistic matches draw from the engine's seeded generator
// with the rules' own probabilities), is DNATed to an endpoint and delivered to the pod there.
// Each rule that decides something is recorded, so the log and the UI can show the path.
import type { Pod } from '../api/types.ts';
import type { Rng } from '../kernel/rng.ts';
import { cidrContains } from '../apiserver/registry/serviceAllocators.ts';
import { renderSaveRule, type ParsedRule } from '../node/kube-proxy/iptablesRule.ts';
import type { NodeIptables, TableName } from '../node/kube-proxy/nodeIptables.ts';

export interface Packet {
  src: string;
  dst: string;
  dport: number;
  protocol: 'tcp' | 'udp' | 'sctp';
}

export interface PathStep {
  node: string;
  table: TableName;
  chain: string;
  /** The rule as iptables-save prints it. */
  rule: string;
  /** What happened, in words: "jump to KUBE-SVC-...", "DNAT to 10.244.1.5:80", "random 0.5000000000 not matched". */
  action: string;
  /** The same, as data (for captions in both languages). */
  verdict: { type: 'jump'; target: string } | { type: 'dnat'; to: string } | { type: 'reject' | 'drop' | 'accept' | 'mark' | 'miss' };
  /** The rule's statistic probability, when it has one. */
  probability?: string;
}

export type Delivery =
  | { outcome: 'delivered'; pod: Pod; ip: string; port: number; steps: PathStep[] }
  | { outcome: 'refused'; ip: string; port: number; steps: PathStep[] }
  | { outcome: 'unreachable'; ip: string; port: number; steps: PathStep[] };

/** The kernel's `recent` lists of one node (session affinity): list name -> source IP -> last seen (ms). */
export type RecentLists = Map<string, Map<string, number>>;

export interface NetworkView {
  /** Node name -> its InternalIP. */
  nodeIPs: Record<string, string>;
  pods: Pod[];
  iptables(node: string): NodeIptables;
  /** Session-affinity memory per node; without it every request is a first request. */
  recent?(node: string): RecentLists | undefined;
  /** Virtual now in ms, for the recent lists' --seconds. */
  now?: number;
}

interface WalkState {
  packet: Packet;
  recent?: RecentLists;
  now: number;
  localIPs: string[];
  steps: PathStep[];
  /** Set by KUBE-MARK-MASQ (the 0x4000 mark); read by "-m mark" matches. */
  marked: boolean;
}

const optionValue = (rule: ParsedRule, module: string, name: string) =>
  rule.matches.find((m) => m.module === module)?.options.find((o) => o.name === name);

function matches(rule: ParsedRule, s: WalkState, rng: Rng): { ok: boolean; note?: string } {
  const p = s.packet;
  if (rule.protocol && rule.protocol !== p.protocol) return { ok: false };
  if (rule.destination && cidrContains(withMask(rule.destination.cidr), p.dst) === rule.destination.negated) return { ok: false };
  if (rule.source && cidrContains(withMask(rule.source.cidr), p.src) === rule.source.negated) return { ok: false };
  const dport = optionValue(rule, p.protocol, 'dport');
  if (dport && Number(dport.value) !== p.dport) return { ok: false };
  // Every simulated request opens a new connection: conntrack state NEW.
  const ctstate = optionValue(rule, 'conntrack', 'ctstate');
  if (ctstate && ctstate.value!.split(',').includes('NEW') === !!ctstate.negated) return { ok: false };
  const mark = optionValue(rule, 'mark', 'mark');
  if (mark && s.marked === !!mark.negated) return { ok: false };
  const dstType = optionValue(rule, 'addrtype', 'dst-type');
  if (dstType?.value === 'LOCAL' && s.localIPs.includes(p.dst) === !!dstType.negated) return { ok: false };
  const srcType = optionValue(rule, 'addrtype', 'src-type');
  if (srcType?.value === 'LOCAL' && s.localIPs.includes(p.src) === !!srcType.negated) return { ok: false };
  const recentName = optionValue(rule, 'recent', 'name')?.value;
  if (recentName && optionValue(rule, 'recent', 'rcheck')) {
    const seen = s.recent?.get(recentName)?.get(p.src);
    const seconds = Number(optionValue(rule, 'recent', 'seconds')?.value ?? Infinity);
    if (seen === undefined || s.now - seen > seconds * 1000) return { ok: false };
    return { ok: true, note: `recent ${recentName} matched (session affinity)` };
  }
  const probability = optionValue(rule, 'statistic', 'probability');
  if (probability) {
    // The kernel compares a random 31-bit value with the stored fraction; a uniform draw is the same test.
    const p1 = Number(probability.value);
    const hit = rng.next() < p1;
    return { ok: hit, note: `random ${p1.toFixed(10)} ${hit ? 'matched' : 'not matched'}` };
  }
  return { ok: true };
}

function withMask(cidr: string): string {
  return cidr.includes('/') ? cidr : `${cidr}/32`;
}

/**
 * Walks one chain of one table; returns 'dnat' when the destination was rewritten, 'reject'/'drop'
 * for filter verdicts, or undefined when the chain fell through (or returned).
 */
function walkChain(tables: NodeIptables, table: TableName, chain: string, node: string, s: WalkState, rng: Rng, depth = 0): 'dnat' | 'reject' | 'drop' | 'accept' | undefined {
  if (depth > 16) return undefined;
  for (const rule of tables[table].rules) {
    if (rule.chain !== chain) continue;
    const m = matches(rule, s, rng);
    const probability = rule.matches.find((x) => x.module === 'statistic')?.options.find((o) => o.name === 'probability')?.value;
    if (!m.ok) {
      if (m.note) s.steps.push({ node, table, chain, rule: renderSaveRule(rule), action: m.note, verdict: { type: 'miss' }, probability });
      continue;
    }
    const target = rule.target;
    if (!target) continue;
    const step = (action: string, verdict: PathStep['verdict']) =>
      s.steps.push({ node, table, chain, rule: renderSaveRule(rule), action: m.note ? `${m.note}, ${action}` : action, verdict, probability });
    if (target === 'DNAT') {
      const remember = optionValue(rule, 'recent', 'name')?.value;
      if (remember && optionValue(rule, 'recent', 'set') && s.recent) {
        if (!s.recent.has(remember)) s.recent.set(remember, new Map());
        s.recent.get(remember)!.set(s.packet.src, s.now);
      }
      const to = rule.targetOptions.find((o) => o.name === 'to-destination')?.value ?? '';
      const [ip, port] = to.split(':');
      s.packet = { ...s.packet, dst: ip, dport: Number(port || s.packet.dport) };
      step(`DNAT to ${to}`, { type: 'dnat', to });
      return 'dnat';
    }
    if (target === 'REJECT') { step('REJECT', { type: 'reject' }); return 'reject'; }
    if (target === 'DROP') { step('DROP', { type: 'drop' }); return 'drop'; }
    if (target === 'ACCEPT') { step('ACCEPT', { type: 'accept' }); return 'accept'; }
    if (target === 'RETURN') return undefined;
    if (target === 'MARK' || target === 'MASQUERADE') continue;
    if (target === 'KUBE-MARK-MASQ') { s.marked = true; step('mark for SNAT', { type: 'mark' }); continue; }
    if (!tables[table].userChains.includes(target)) continue;
    step(`jump to ${target}`, { type: 'jump', target });
    const verdict = walkChain(tables, table, target, node, s, rng, depth + 1);
    if (verdict) return verdict;
  }
  return undefined;
}

/** Ports a container image serves on without declaring them (the images the notes use). */
const IMAGE_DEFAULT_PORTS: Record<string, number[]> = { nginx: [80], httpd: [80], 'hashicorp/http-echo': [5678], redis: [6379], postgres: [5432], mysql: [3306] };

export function listeningPorts(pod: Pod): number[] {
  const ports = new Set<number>();
  for (const c of pod.spec.containers ?? []) {
    for (const p of c.ports ?? []) ports.add(p.containerPort);
    const repo = (c.image ?? '').split('@')[0].replace(/:[^/]*$/, '').replace(/^docker\.io\//, '').replace(/^library\//, '');
    for (const p of IMAGE_DEFAULT_PORTS[repo] ?? []) ports.add(p);
  }
  return [...ports].sort((a, b) => a - b);
}

const isServing = (pod: Pod) => pod.status?.phase === 'Running' && !pod.metadata.deletionTimestamp;

/**
 * Sends a packet that enters `node` (from one of its pods, from the node itself, or from outside
 * to the node's IP) and follows nat PREROUTING/OUTPUT, then the filter table's service chains.
 */
export function sendPacket(view: NetworkView, node: string, packet: Packet, rng: Rng, fromHost = false, hops = 0): Delivery {
  const tables = view.iptables(node);
  const s: WalkState = { packet, localIPs: [view.nodeIPs[node], '127.0.0.1'].filter(Boolean), steps: [], marked: false, recent: view.recent?.(node), now: view.now ?? 0 };
  const entry = fromHost ? 'OUTPUT' : 'PREROUTING';
  const natVerdict = walkChain(tables, 'nat', entry, node, s, rng);
  if (natVerdict !== 'dnat') {
    // Not a service address (or no endpoints): the filter table may reject it.
    const filterChain = fromHost ? 'OUTPUT' : s.localIPs.includes(packet.dst) ? 'INPUT' : 'FORWARD';
    const filterVerdict = walkChain(tables, 'filter', filterChain, node, s, rng);
    if (filterVerdict === 'reject') return { outcome: 'refused', ip: packet.dst, port: packet.dport, steps: s.steps };
    if (filterVerdict === 'drop') return { outcome: 'unreachable', ip: packet.dst, port: packet.dport, steps: s.steps };
  }
  const { dst, dport } = s.packet;
  const pod = view.pods.find((p) => p.status?.podIP === dst && !p.spec.hostNetwork && isServing(p));
  if (!pod) {
    const hostNode = Object.entries(view.nodeIPs).find(([, ip]) => ip === dst);
    // Addressed to another node (its NodePort, say): routed there, where that node's rules apply.
    if (hostNode && hostNode[0] !== node && hops < 2) {
      const next = sendPacket(view, hostNode[0], s.packet, rng, false, hops + 1);
      return { ...next, steps: [...s.steps, ...next.steps] };
    }
    return { outcome: hostNode ? 'refused' : 'unreachable', ip: dst, port: dport, steps: s.steps };
  }
  if (!listeningPorts(pod).includes(dport)) return { outcome: 'refused', ip: dst, port: dport, steps: s.steps };
  return { outcome: 'delivered', pod, ip: dst, port: dport, steps: s.steps };
}

/** What the simulated HTTP server in every pod answers: it names the pod, so load balancing is visible. */
export function replyBody(pod: Pod): string {
  return `Hello from ${pod.metadata.name}\n`;
}
