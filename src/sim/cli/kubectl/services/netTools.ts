// Network tools inside pods, answered by the simulated network: `wget`, `curl` and `nslookup`
// (the request really walks the node's kube-proxy rules and lands on one endpoint pod, whose
// reply names it), and `iptables-save` in host-network pods such as kube-proxy's.
//
// Simplifications (stated in the notes): every pod runs a small HTTP server that answers
// "Hello from <pod>" on the ports it serves; timeouts take 10 s of virtual time unless -T/-m says
// otherwise; wget's progress lines are abbreviated.
import type { Narration } from '../../../kernel/log.ts';
import type { PacketClient } from '../../../../i18n/narration/messages.ts';
import { EPOCH_MS } from '../../../api/meta.ts';
import type { Pod } from '../../../api/types.ts';
import { err, registerProgram, type CommandGenerator, type CommandIO, type Effect } from '../../command.ts';
import { createRng } from '../../../kernel/rng.ts';
import { registerExecHandler, type ExecContext } from '../verbs/exec.ts';
import { CLUSTER_DNS_IP, lookupIPv4, nslookup, nslookupLegacy } from '../../../network/clusterDns.ts';
import { controlPlaneNode, dnsView, kubeProxyOf, networkOf, networkView, nodeIPs, type ClusterNetwork } from '../../../network/clusterNetwork.ts';
import { listeningPorts, replyBody, sendPacket, type Delivery, type PathStep } from '../../../network/packetPath.ts';
import { renderIptablesS, type TableName } from '../../../node/kube-proxy/nodeIptables.ts';

const DEFAULT_TIMEOUT_MS = 10_000;

interface Url { host: string; port: number; path: string }

export function parseUrl(text: string): Url | undefined {
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?(\/[^?#]*)?/.exec(text);
  if (!m) return undefined;
  return { host: m[2], port: m[3] ? Number(m[3]) : m[1] === 'https' ? 443 : 80, path: m[4] ?? '/' };
}

/** A number drawn from the kernel's seeded generator (through io.random), to seed this request's draws. */
function requestSeed(io: CommandIO): number {
  let n = 0;
  for (const ch of io.random(6)) n = n * 31 + ch.charCodeAt(0);
  return n >>> 0;
}

const podRef = (p: Pod) => `pods/${p.metadata.namespace}/${p.metadata.name}`;

/** Where a request starts: a pod, or a node's own network (the learner's shell on the control plane). */
interface Client {
  ref: string;
  /** Who sends the request, for the log. */
  label: PacketClient;
  node: string;
  namespace: string;
  hostNetwork: boolean;
  /** Resolves Service names (ClusterFirst DNS); a host resolves only node names and IPs. */
  clusterDns: boolean;
}

function podClient(pod: Pod): Client {
  return {
    ref: podRef(pod),
    label: { pod: pod.metadata.name ?? '' },
    node: pod.spec.nodeName ?? '',
    namespace: pod.metadata.namespace ?? 'default',
    hostNetwork: !!pod.spec.hostNetwork,
    clusterDns: !pod.spec.hostNetwork || pod.spec.dnsPolicy === 'ClusterFirstWithHostNet',
  };
}

/** Records the request's path in the log (one entry per hop), so the player can step through it. */
function logPath(net: ClusterNetwork, client: Client, url: Url, ip: string, d: Delivery): number {
  let delay = 0;
  const send = (from: string, to: string, narration: Narration, object?: string) => {
    delay += 1;
    net.sim.send({ from, to, kind: 'packet', payload: undefined, narration, object, delayMs: delay });
  };
  const node = client.node;
  send(client.ref, node, { id: 'packet.send', params: { client: client.label, ip, port: url.port } }, client.ref);
  for (const s of d.steps) {
    const n = stepNarration(s);
    if (n) send(s.node, s.node, n, client.ref);
  }
  if (d.outcome === 'delivered') {
    const pod = d.pod.metadata.name ?? '';
    send(node, podRef(d.pod), { id: 'packet.arrive', params: { pod, ip: d.ip, port: d.port, node: d.pod.spec.nodeName ?? '' } }, podRef(d.pod));
    send(podRef(d.pod), client.ref, { id: 'packet.answer', params: { pod } }, podRef(d.pod));
  }
  return delay;
}

/** The log's narration of the rule decisions worth a line: service/endpoint chains, DNAT, rejection. */
export function stepNarration(s: PathStep): Narration | undefined {
  const where = { node: s.node, table: s.table, chain: s.chain };
  const v = s.verdict;
  if (v.type === 'jump' && /^KUBE-(SVC|SEP|EXT|NODEPORTS)/.test(v.target)) {
    return { id: 'packet.jump', params: { ...where, target: v.target, probability: s.probability } };
  }
  if (v.type === 'dnat') return { id: 'packet.dnat', params: { ...where, to: v.to } };
  if (v.type === 'reject') return { id: 'packet.reject', params: where };
  return undefined;
}

type Outcome = { kind: 'ok'; body: string; ip: string } | { kind: 'resolve' } | { kind: 'refused'; ip: string } | { kind: 'timeout'; ip: string };

function resolveHost(net: ClusterNetwork, client: Client, host: string): string | undefined {
  if (host === 'localhost') return '127.0.0.1';
  if (/^\d+(\.\d+){3}$/.test(host)) return host;
  if (client.clusterDns) return lookupIPv4(host, client.namespace, dnsView(net));
  // A node's /etc/hosts knows the cluster's nodes (kubeadm labs set them up that way).
  return nodeIPs(net)[host];
}

/**
 * Ports kubeadm's node daemons listen on at 127.0.0.1 (kube-apiserver 6443, etcd 2379/2381, kubelet
 * 10248/10250, kube-proxy 10249/10256, controller-manager 10257, scheduler 10259). The simulation does
 * not serve them over loopback, but it must not claim they refuse either.
 */
const NODE_LOOPBACK_PORTS = new Set([2379, 2381, 6443, 10248, 10249, 10250, 10256, 10257, 10259]);

function* request(io: CommandIO, client: Client, url: Url): Generator<Effect, Outcome, unknown> {
  const net = networkOf(io);
  if (!net) return { kind: 'resolve' };
  const ip = resolveHost(net, client, url.host);
  if (!ip) return { kind: 'resolve' };
  const view = networkView(net);
  const pod = client.hostNetwork ? undefined : view.pods.find((p) => podRef(p) === client.ref);
  const src = pod?.status?.podIP ?? view.nodeIPs[client.node] ?? '0.0.0.0';
  // Inside a pod, localhost and the pod's own IP are the pod itself: no node rules are involved.
  if (pod && (ip === '127.0.0.1' || ip === src)) {
    yield { type: 'sleep', ms: 1 };
    if (listeningPorts(pod).includes(url.port)) return { kind: 'ok', body: replyBody(pod), ip };
    return { kind: 'refused', ip };
  }
  const d = sendPacket(view, client.node, { src, dst: ip, dport: url.port, protocol: 'tcp' }, createRng(requestSeed(io)), client.hostNetwork);
  const hops = logPath(net, client, url, ip, d);
  yield { type: 'sleep', ms: hops + 1 };
  if (d.outcome === 'delivered') return { kind: 'ok', body: replyBody(d.pod), ip };
  if (d.outcome === 'refused') return { kind: 'refused', ip };
  // On a node, loopback that no kube-proxy rule (NodePort) takes reaches the node's own sockets: a port
  // none of its daemons listens on refuses at once instead of timing out.
  if (!pod && ip === '127.0.0.1' && !NODE_LOOPBACK_PORTS.has(url.port)) return { kind: 'refused', ip };
  return { kind: 'timeout', ip };
}

function* wget(io: CommandIO, client: Client, argv: string[]): CommandGenerator {
  const args = argv.slice(1);
  let quiet = false;
  let output: string | undefined;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  let target: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-q') quiet = true;
    else if (a === '-qO-' || a === '-qO' ) { quiet = true; output = a === '-qO-' ? '-' : args[++i]; }
    else if (a === '-O-') output = '-';
    else if (a === '-O') output = args[++i];
    else if (a.startsWith('-O')) output = a.slice(2);
    else if (a === '-T') timeoutMs = Number(args[++i]) * 1000;
    else if (a.startsWith('--timeout=')) timeoutMs = Number(a.slice(10)) * 1000;
    else if (a.startsWith('-') && a !== '-') continue;
    else target = a;
  }
  const url = target ? parseUrl(target) : undefined;
  if (!url) {
    err(io, 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...');
    return 1;
  }
  const r = yield* request(io, client, url);
  if (r.kind === 'resolve') { err(io, `wget: bad address '${url.host}'`); return 1; }
  if (!quiet) err(io, `Connecting to ${url.host}${url.port === 80 ? '' : `:${url.port}`} (${r.ip}:${url.port})`);
  if (r.kind === 'refused') { err(io, `wget: can't connect to remote host (${r.ip}): Connection refused`); return 1; }
  if (r.kind === 'timeout') {
    yield { type: 'sleep', ms: timeoutMs };
    err(io, 'wget: download timed out');
    return 1;
  }
  const file = output ?? (url.path === '/' ? 'index.html' : url.path.split('/').pop() || 'index.html');
  if (file === '-') {
    if (!quiet) err(io, 'writing to stdout');
    io.stdout.push(r.body);
    if (!quiet) err(io, 'written to stdout');
  } else if (!quiet) {
    err(io, `saving to '${file}'\n'${file}' saved`);
  }
  return 0;
}

function* curl(io: CommandIO, client: Client, argv: string[]): CommandGenerator {
  const args = argv.slice(1);
  let silent = false;
  let showError = false;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  let target: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-m' || a === '--max-time' || a === '--connect-timeout') timeoutMs = Number(args[++i]) * 1000;
    else if (/^-[a-zA-Z]+$/.test(a)) { if (a.includes('s')) silent = true; if (a.includes('S')) showError = true; }
    else if (a === '--silent') silent = true;
    else if (a === '--show-error') showError = true;
    else if (!a.startsWith('-')) target = a;
  }
  const url = target ? parseUrl(target) : undefined;
  if (!url) {
    err(io, "curl: try 'curl --help' or 'curl --manual' for more information");
    return 2;
  }
  const r = yield* request(io, client, url);
  const fail = (code: number, text: string) => {
    if (!silent || showError) err(io, `curl: (${code}) ${text}`);
    return code;
  };
  if (r.kind === 'resolve') return fail(6, `Could not resolve host: ${url.host}`);
  if (r.kind === 'refused') return fail(7, `Failed to connect to ${url.host} port ${url.port} after 0 ms: Couldn't connect to server`);
  if (r.kind === 'timeout') {
    yield { type: 'sleep', ms: timeoutMs };
    return fail(28, `Connection timed out after ${timeoutMs + 1} milliseconds`);
  }
  io.stdout.push(r.body);
  return 0;
}

function* nslookupTool(ctx: ExecContext): CommandGenerator {
  const [, name, server] = ctx.argv;
  if (!name) {
    err(ctx.io, 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST');
    return 1;
  }
  const net = networkOf(ctx.io);
  if (!net) return 1;
  const ns = ctx.pod.metadata.namespace ?? 'default';
  const client = ctx.pod;
  net.sim.send({ from: podRef(client), to: 'kube-dns', kind: 'dns', payload: undefined, object: podRef(client), narration: { id: 'dns.query', params: { pod: client.metadata.name ?? '', server: CLUSTER_DNS_IP, name } } });
  yield { type: 'sleep', ms: 2 };
  const image = ctx.pod.spec.containers.find((c) => c.name === ctx.container)?.image ?? '';
  if (isLegacyBusybox(image)) {
    const r = nslookupLegacy(name, ns, dnsView(net), server ?? CLUSTER_DNS_IP);
    ctx.io.stdout.push(r.stdout);
    if (r.stderr) ctx.io.stderr.push(r.stderr);
    return r.exitCode;
  }
  const r = nslookup(name, ns, dnsView(net), server ?? CLUSTER_DNS_IP);
  ctx.io.stdout.push(r.stdout);
  return r.exitCode;
}

/** busybox images up to 1.28 ship the old libc-based nslookup (different output, search path applied). */
export function isLegacyBusybox(image: string): boolean {
  const m = /(?:^|\/)busybox:(\d+)\.(\d+)/.exec(image);
  return !!m && (Number(m[1]) < 1 || (Number(m[1]) === 1 && Number(m[2]) <= 28));
}

function* iptablesSave(ctx: ExecContext): CommandGenerator {
  const net = networkOf(ctx.io);
  const node = ctx.pod.spec.nodeName ?? '';
  const proxy = net && kubeProxyOf(net, node);
  const t = ctx.argv.indexOf('-t');
  const table = (t >= 0 ? ctx.argv[t + 1] : ctx.argv.find((a) => a.startsWith('--table='))?.slice(8)) as TableName | undefined;
  if (table && !['mangle', 'filter', 'nat'].includes(table)) {
    err(ctx.io, `iptables-save v1.8.9 (nf_tables): table '${table}' does not exist\nPerhaps iptables or your kernel needs to be upgraded.`);
    return 1;
  }
  if (!proxy) return 0;
  ctx.io.stdout.push(proxy.iptablesSave(EPOCH_MS + ctx.io.now(), table));
  return 0;
}

/** `iptables [-t table] -S [chain]` (the rule listing kube-proxy's chains are usually read with). */
function* iptablesList(ctx: ExecContext): CommandGenerator {
  const net = networkOf(ctx.io);
  const proxy = net && kubeProxyOf(net, ctx.pod.spec.nodeName ?? '');
  const args = ctx.argv.slice(1);
  let table: string = 'filter';
  let list = false;
  let chain: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-t' || a === '--table') table = args[++i] ?? '';
    else if (a.startsWith('--table=')) table = a.slice(8);
    else if (a === '-S' || a === '--list-rules') {
      list = true;
      if (args[i + 1] && !args[i + 1].startsWith('-')) chain = args[++i];
    } else if (a === '-n' || a === '-v' || a === '--numeric') continue;
    else {
      err(ctx.io, `iptables v1.8.9 (nf_tables): this simulation answers only "iptables [-t TABLE] -S [CHAIN]"\nTry \`iptables -h' or 'iptables --help' for more information.`);
      return 2;
    }
  }
  if (!['mangle', 'filter', 'nat'].includes(table)) {
    err(ctx.io, `iptables v1.8.9 (nf_tables): table '${table}' does not exist\nPerhaps iptables or your kernel needs to be upgraded.`);
    return 3;
  }
  if (!list || !proxy) return list ? 0 : 2;
  const text = renderIptablesS(proxy.tables, table as TableName, chain);
  if (text === undefined) {
    err(ctx.io, 'iptables: No chain/target/match by that name.');
    return 1;
  }
  ctx.io.stdout.push(text);
  return 0;
}

const is = (name: string) => (ctx: ExecContext) => ctx.argv[0] === name || ctx.argv[0].endsWith(`/${name}`);

registerExecHandler({ name: 'wget', match: is('wget'), run: (ctx) => wget(ctx.io, podClient(ctx.pod), ctx.argv) });
registerExecHandler({ name: 'curl', match: is('curl'), run: (ctx) => curl(ctx.io, podClient(ctx.pod), ctx.argv) });

/**
 * The learner's shell runs on the control-plane node, outside every pod: `curl http://node01:30080`
 * from there reaches a NodePort the way a client outside the cluster would.
 */
function hostClient(io: CommandIO): Client {
  const net = networkOf(io);
  const node = (net && controlPlaneNode(net)) ?? '';
  return { ref: node, label: { hostShell: node }, node, namespace: 'default', hostNetwork: true, clusterDns: false };
}

registerProgram('curl', (argv, io) => curl(io, hostClient(io), ['curl', ...argv]));
registerProgram('wget', (argv, io) => wget(io, hostClient(io), ['wget', ...argv]));
registerExecHandler({ name: 'nslookup', match: is('nslookup'), run: nslookupTool });
registerExecHandler({ name: 'iptables-save', match: (ctx) => is('iptables-save')(ctx) && !!ctx.pod.spec.hostNetwork, run: iptablesSave });
registerExecHandler({ name: 'iptables', match: (ctx) => is('iptables')(ctx) && !!ctx.pod.spec.hostNetwork, run: iptablesList });
