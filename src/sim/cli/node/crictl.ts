import { EPOCH_MS } from '../../api/meta.ts';
import type { CriContainer, CriImage, CriQueryResult, CriRequest, CriResponse, CriSandbox } from '../../node/runtime/cri.ts';
import { err, registerProgram, type CommandIO, type Effect, type EffectResult } from '../command.ts';
import { currentNodeName, nodeAccess } from '../nodeSession.ts';

/**
 * crictl (cri-tools v1.33) on the node the shell is on: every answer comes from that node's
 * container runtime through CRI calls (`cri` effects, answered by the runtime component).
 * `ps [-a] [-q] [--name RE] [--pod ID] [--state S] [--no-trunc] [-o json|yaml|table]`, `pods
 * [--name] [--namespace] [-q]`, `images [-q]`, `logs [--tail N] [-f] ID`, `inspect ID...`,
 * `inspectp ID...`, `version`. Tables as crictl prints them: text/tabwriter with minwidth 20,
 * padding 3 (`newDefaultTableDisplay`), ids truncated to 13 characters, CREATED as go-units'
 * HumanDuration + " ago", newest first. /etc/crictl.yaml points at containerd's socket, so no
 * endpoint warning is printed. `inspect` prints the status and a short `info` (the real one also
 * carries the whole OCI runtime spec).
 */
const SOCKET = 'unix:///run/containerd/containerd.sock';

function* cri(node: string, request: CriRequest): Generator<Effect, CriResponse | undefined, EffectResult> {
  return (yield { type: 'cri', node, request }) as CriResponse | undefined;
}

function fatal(io: CommandIO, message: string): number {
  err(io, `FATA[0000] ${message}`);
  return 1;
}

function unavailable(io: CommandIO): number {
  err(io, `FATA[0002] validate service connection: validate CRI v1 runtime API for endpoint "${SOCKET}": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: no such file or directory"`);
  return 1;
}

/** go-units HumanDuration. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(ms / 60_000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / 3_600_000 / 24 / 365)} years`;
}

/** go-units HumanSizeWithPrecision(size, 3): decimal units, %.3g. */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < units.length - 1) {
    size /= 1000;
    i++;
  }
  return `${Number(size.toPrecision(3))}${units[i]}`;
}

/** text/tabwriter(minwidth 20, tabwidth 1, padding 3, ' '): every column but the last padded to max(width+3, 20). */
export function table(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0].map((_, i) => Math.max(20, ...rows.map((r) => (r[i] ?? '').length + 3)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('')).map((l) => `${l}\n`).join('');
}

const trunc = (id: string, noTrunc: boolean) => (noTrunc ? id : id.replace(/^sha256:/, '').slice(0, 13));
const stateName = (s: CriContainer['state']) => ({ CONTAINER_RUNNING: 'Running', CONTAINER_EXITED: 'Exited', CONTAINER_CREATED: 'Created' })[s];
const rfc3339 = (ms: number | undefined) => (ms === undefined ? '0001-01-01T00:00:00Z' : new Date(EPOCH_MS + ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z'));

interface Options {
  all: boolean;
  quiet: boolean;
  noTrunc: boolean;
  output: string;
  name?: string;
  pod?: string;
  namespace?: string;
  state?: string;
  tail?: number;
  follow: boolean;
  args: string[];
}

function parseOptions(argv: string[]): Options | string {
  const o: Options = { all: false, quiet: false, noTrunc: false, output: 'table', follow: false, args: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = () => (a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : argv[++i]);
    switch (flag) {
      case '-a': case '--all': o.all = true; break;
      case '-q': case '--quiet': o.quiet = true; break;
      case '--no-trunc': o.noTrunc = true; break;
      case '-o': case '--output': o.output = value() ?? ''; break;
      case '--name': o.name = value(); break;
      case '-p': case '--pod': o.pod = value(); break;
      case '--namespace': o.namespace = value(); break;
      case '-s': case '--state': o.state = value(); break;
      case '--tail': o.tail = Number(value()); break;
      case '-f': case '--follow': o.follow = true; break;
      case '-v': case '--verbose': break;
      default:
        if (a === '-aq' || a === '-qa') { o.all = true; o.quiet = true; break; }
        if (a.startsWith('-') && a !== '-') return `flag provided but not defined: ${a}`;
        o.args.push(a);
    }
  }
  return o;
}

/** Go's regexp syntax is close enough to JavaScript's for names; an invalid one is refused, not thrown. */
function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function containerStatusJson(c: CriContainer): Record<string, unknown> {
  return {
    status: {
      id: c.id,
      metadata: { attempt: c.attempt, name: c.name },
      state: c.state,
      createdAt: rfc3339(c.createdAt),
      startedAt: rfc3339(c.startedAt),
      finishedAt: rfc3339(c.finishedAt),
      exitCode: c.exitCode ?? 0,
      image: { annotations: {}, image: c.image, runtimeHandler: '', userSpecifiedImage: '' },
      imageRef: c.imageRef,
      reason: c.state === 'CONTAINER_EXITED' ? (c.exitCode === 0 ? 'Completed' : 'Error') : '',
      message: '',
      labels: { 'io.kubernetes.container.name': c.name, 'io.kubernetes.pod.name': c.podName, 'io.kubernetes.pod.namespace': c.namespace, 'io.kubernetes.pod.uid': c.podUid },
      annotations: { 'io.kubernetes.container.restartCount': String(c.attempt), 'io.kubernetes.container.terminationMessagePath': '/dev/termination-log', 'io.kubernetes.container.terminationMessagePolicy': 'File' },
      mounts: [],
      logPath: `/var/log/pods/${c.namespace}_${c.podName}_${c.podUid}/${c.name}/${c.attempt}.log`,
      resources: null,
    },
    info: { sandboxID: c.podSandboxId, pid: c.pid ?? 0, config: { metadata: { name: c.name, attempt: c.attempt }, image: { image: c.image }, command: c.argv } },
  };
}

function sandboxStatusJson(s: CriSandbox): Record<string, unknown> {
  return {
    status: {
      id: s.id,
      metadata: { attempt: s.attempt, name: s.name, namespace: s.namespace, uid: s.uid },
      state: s.state,
      createdAt: rfc3339(s.createdAt),
      network: { additionalIps: [], ip: '' },
      linux: { namespaces: { options: { ipc: 'POD', network: 'POD', pid: 'CONTAINER', targetId: '', usernsOptions: null } } },
      labels: { 'io.kubernetes.pod.name': s.name, 'io.kubernetes.pod.namespace': s.namespace, 'io.kubernetes.pod.uid': s.uid },
      annotations: {},
      runtimeHandler: '',
    },
    info: { pid: 0, runtimeHandler: '', runtimeType: 'io.containerd.runc.v2' },
  };
}

function* query(io: CommandIO, request: CriRequest): Generator<Effect, CriQueryResult | number, EffectResult> {
  const r = yield* cri(currentNodeName(io.session), request);
  if (!r) return unavailable(io);
  if (!r.ok || !r.query) return fatal(io, `rpc error: code = Unknown desc = ${r.ok ? 'no answer' : r.error}`);
  return r.query;
}

function* psCommand(io: CommandIO, o: Options): Generator<Effect, number, EffectResult> {
  const q = yield* query(io, { op: 'ListContainers', all: o.all || (o.state !== undefined && o.state.toLowerCase() !== 'running') });
  if (typeof q === 'number') return q;
  if (!('containers' in q)) return 1;
  let list = [...q.containers].sort((a, b) => b.createdAt - a.createdAt);
  if (o.name) {
    const re = safeRegExp(o.name);
    if (!re) return fatal(io, `error parsing regexp: ${o.name}`);
    list = list.filter((c) => re.test(c.name));
  }
  if (o.pod) list = list.filter((c) => c.podSandboxId.startsWith(o.pod!));
  if (o.state) list = list.filter((c) => stateName(c.state).toLowerCase() === o.state!.toLowerCase());
  if (o.quiet) {
    for (const c of list) io.stdout.push(`${c.id}\n`);
    return 0;
  }
  if (o.output === 'json' || o.output === 'yaml') {
    const items = list.map((c) => {
      const status = containerStatusJson(c).status as { labels: unknown; annotations: unknown };
      return { id: c.id, podSandboxId: c.podSandboxId, metadata: { name: c.name, attempt: c.attempt }, image: { image: c.imageId }, imageRef: c.imageRef, state: c.state, createdAt: String((EPOCH_MS + c.createdAt) * 1_000_000), labels: status.labels, annotations: status.annotations };
    });
    io.stdout.push(json({ containers: items }));
    return 0;
  }
  if (o.output !== 'table') return fatal(io, `unsupported output format "${o.output}"`);
  const now = io.now();
  const rows = [['CONTAINER', 'IMAGE', 'CREATED', 'STATE', 'NAME', 'ATTEMPT', 'POD ID', 'POD', 'NAMESPACE']];
  for (const c of list) rows.push([trunc(c.id, o.noTrunc), trunc(c.imageId, o.noTrunc), `${humanDuration(now - c.createdAt)} ago`, stateName(c.state), c.name, String(c.attempt), trunc(c.podSandboxId, o.noTrunc), c.podName, c.namespace]);
  io.stdout.push(table(rows));
  return 0;
}

function* podsCommand(io: CommandIO, o: Options): Generator<Effect, number, EffectResult> {
  const q = yield* query(io, { op: 'ListPodSandbox' });
  if (typeof q === 'number') return q;
  if (!('sandboxes' in q)) return 1;
  let list = [...q.sandboxes].sort((a, b) => b.createdAt - a.createdAt);
  for (const [pattern, field] of [[o.name, 'name'], [o.namespace, 'namespace']] as const) {
    if (pattern === undefined) continue;
    const re = safeRegExp(pattern);
    if (!re) return fatal(io, `error parsing regexp: ${pattern}`);
    list = list.filter((s) => re.test(s[field]));
  }
  if (o.state) list = list.filter((s) => (s.state === 'SANDBOX_READY' ? 'ready' : 'notready') === o.state!.toLowerCase());
  if (o.quiet) {
    for (const s of list) io.stdout.push(`${s.id}\n`);
    return 0;
  }
  const now = io.now();
  const rows = [['POD ID', 'CREATED', 'STATE', 'NAME', 'NAMESPACE', 'ATTEMPT', 'RUNTIME']];
  for (const s of list) rows.push([trunc(s.id, o.noTrunc), `${humanDuration(now - s.createdAt)} ago`, s.state === 'SANDBOX_READY' ? 'Ready' : 'NotReady', s.name, s.namespace, String(s.attempt), '(default)']);
  io.stdout.push(table(rows));
  return 0;
}

function* imagesCommand(io: CommandIO, o: Options): Generator<Effect, number, EffectResult> {
  const q = yield* query(io, { op: 'ListImages' });
  if (typeof q === 'number') return q;
  if (!('images' in q)) return 1;
  const images: CriImage[] = q.images;
  if (o.quiet) {
    for (const i of images) io.stdout.push(`${i.id}\n`);
    return 0;
  }
  const rows = [['IMAGE', 'TAG', 'IMAGE ID', 'SIZE']];
  for (const i of images) {
    const tag = i.repoTags[0] ?? '<none>:<none>';
    const colon = tag.lastIndexOf(':');
    rows.push([tag.slice(0, colon), tag.slice(colon + 1), trunc(i.id, o.noTrunc), humanSize(i.size)]);
  }
  io.stdout.push(table(rows));
  return 0;
}

function notFound(io: CommandIO, id: string, what: 'container' | 'sandbox'): number {
  return fatal(io, `getting the status of the ${what} "${id}": rpc error: code = NotFound desc = an error occurred when try to find ${what} "${id}": not found`);
}

function* logsCommand(io: CommandIO, o: Options): Generator<Effect, number, EffectResult> {
  const id = o.args[0];
  if (!id) return fatal(io, 'ID cannot be empty');
  const q = yield* query(io, { op: 'ReadLogs', containerId: id });
  if (typeof q === 'number') return q;
  if ('notFound' in q) return fatal(io, `rpc error: code = NotFound desc = an error occurred when try to find container "${id}": not found`);
  if (!('logs' in q)) return 1;
  let lines = q.logs ? q.logs.replace(/\n$/, '').split('\n') : [];
  if (o.tail !== undefined && Number.isFinite(o.tail) && o.tail >= 0) lines = lines.slice(Math.max(0, lines.length - o.tail));
  if (lines.length) io.stdout.push(`${lines.join('\n')}\n`);
  return 0;
}

function* inspectCommand(io: CommandIO, o: Options, sandbox: boolean): Generator<Effect, number, EffectResult> {
  if (o.args.length === 0) return fatal(io, `ID cannot be empty`);
  const docs: unknown[] = [];
  for (const id of o.args) {
    const q = yield* query(io, sandbox ? { op: 'PodSandboxStatus', podSandboxId: id } : { op: 'ContainerStatus', containerId: id });
    if (typeof q === 'number') return q;
    if ('notFound' in q) return notFound(io, id, sandbox ? 'sandbox' : 'container');
    if ('container' in q) docs.push(containerStatusJson(q.container));
    if ('sandbox' in q) docs.push(sandboxStatusJson(q.sandbox));
  }
  for (const d of docs) io.stdout.push(json(d));
  return 0;
}

const SUBCOMMANDS = ['ps', 'pods', 'images', 'img', 'logs', 'inspect', 'inspectp', 'version'];

registerProgram('crictl', function* (argv, io) {
  if (!nodeAccess(io.session)) return fatal(io, 'no container runtime on this host');
  const [sub, ...rest] = argv.filter((a, i) => !(i === 0 && a.startsWith('--runtime-endpoint')));
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout.push(`NAME:\n   crictl - client for CRI\n\nUSAGE:\n   crictl [global options] command [command options]\n\nCOMMANDS (simulated here):\n   ${SUBCOMMANDS.filter((s) => s !== 'img').join(', ')}\n`);
    return 0;
  }
  if (!SUBCOMMANDS.includes(sub)) {
    // A real crictl command the simulation does not implement (exec, pull, rm, stop, ...).
    err(io, `crictl: "crictl ${sub}" is not available in this simulation`);
    return 1;
  }
  const o = parseOptions(rest);
  if (typeof o === 'string') {
    err(io, `Incorrect Usage: ${o}\n`);
    return fatal(io, o);
  }
  switch (sub) {
    case 'ps': return yield* psCommand(io, o);
    case 'pods': return yield* podsCommand(io, o);
    case 'images': case 'img': return yield* imagesCommand(io, o);
    case 'logs': return yield* logsCommand(io, o);
    case 'inspect': return yield* inspectCommand(io, o, false);
    case 'inspectp': return yield* inspectCommand(io, o, true);
    default: {
      const r = yield* cri(currentNodeName(io.session), { op: 'ListImages' });
      if (!r) return unavailable(io);
      io.stdout.push('Version:  0.1.0\nRuntimeName:  containerd\nRuntimeVersion:  v1.7.27\nRuntimeApiVersion:  v1\n');
      return 0;
    }
  }
});
