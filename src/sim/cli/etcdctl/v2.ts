import { V2_DISABLED_ERROR } from '../../etcd/server/etcdMember.ts';
import type { ClientRequest, ClientResponse } from '../../etcd/server/requests.ts';
import type { V2NodeView, V2Write } from '../../etcd/v2store/v2Store.ts';
import { V2_HELP } from './v2Help.ts';
import { ETCDCTL_VERSION } from './version.ts';
import type { CallOutcome, EtcdctlCall, EtcdctlResult } from './types.ts';

/** v2 global flags that take a value (urfave/cli): `--endpoints x` or `--endpoints=x`. */
const VALUE_FLAGS = new Set(['output', 'o', 'discovery-srv', 'D', 'peers', 'C', 'endpoint', 'endpoints', 'cert-file', 'key-file', 'ca-file', 'username', 'u', 'timeout', 'total-timeout']);
const BOOL_FLAGS = new Set(['debug', 'no-sync', 'insecure-discovery', 'help', 'h', 'version', 'v']);
const KEY_COMMANDS = new Set(['mk', 'mkdir', 'rm', 'rmdir', 'get', 'ls', 'set', 'setdir', 'update', 'updatedir', 'watch', 'exec-watch']);
const COMMANDS = new Set([...KEY_COMMANDS, 'backup', 'cluster-health', 'member', 'user', 'role', 'auth', 'help', 'h']);
/** Command flags that take a value (the rest are booleans). */
const COMMAND_VALUE_FLAGS = new Set(['ttl', 'swap-with-value', 'swap-with-index', 'with-value', 'with-index', 'after-index']);

const INVALID_JSON = 'Error:  client: response is invalid json. The endpoint is probably not valid etcd cluster endpoint\n';

type V2Program = Generator<EtcdctlCall, EtcdctlResult, CallOutcome>;

/**
 * `ETCDCTL_API=2 etcdctl` (urfave/cli, etcdctl 3.4's ctlv2). Against a member without
 * `--enable-v2` (etcd 3.4's default, and kubeadm's), the v2 API answers a non-JSON 404 and every
 * command fails as recorded from the real tools (tests/golden/etcd/v2-disabled.txt); with v2
 * enabled, the key commands work on the v2 store (v2-enabled.txt). v3 keys (what the API server
 * writes) are never visible through v2.
 */
export function* runV2(argv: string[]): V2Program {
  let endpoint = 'http://127.0.0.1:2379';
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-')) break;
    const name = a.replace(/^--?/, '').split('=')[0];
    if (BOOL_FLAGS.has(name)) {
      if (name === 'version' || name === 'v') return ok(`etcdctl version: ${ETCDCTL_VERSION}\nAPI version: 2\n`);
      if (name === 'help' || name === 'h') return ok(V2_HELP);
      continue;
    }
    if (VALUE_FLAGS.has(name)) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (value === undefined) return fail(`Incorrect Usage. flag needs an argument: -${name}\n\n${V2_HELP}`, `flag needs an argument: -${name}\n`, 1);
      if (name === 'endpoints' || name === 'endpoint' || name === 'peers' || name === 'C') endpoint = value.split(',')[0];
      continue;
    }
    // urfave/cli names flags with one dash in its messages.
    const shown = `-${name}`;
    return fail(`Incorrect Usage. flag provided but not defined: ${shown}\n\n${V2_HELP}`, `flag provided but not defined: ${shown}\n`, 1);
  }
  const command = argv[i];
  if (command === undefined) return ok(V2_HELP);
  if (!COMMANDS.has(command)) return fail('', `No help topic for '${command}'\n`, 3);
  const { flags, args } = commandArgs(argv.slice(i + 1));

  if (KEY_COMMANDS.has(command)) {
    if (command !== 'ls' && args.length === 0) return fail('', 'Error:  key required\n', 1);
    if ((command === 'set' || command === 'mk' || command === 'update') && args.length < 2) return fail('', 'Error:  value required\n', 1);
    if (command === 'watch' || command === 'exec-watch') return fail('', `Error: "etcdctl ${command}" (v2) is not available in this simulation\n`, 1);
    return yield* keyCommand(endpoint, command, args, flags);
  }
  if (command === 'member' || command === 'cluster-health') return yield* membersCommand(endpoint, command, args);
  return fail('', `Error: "etcdctl ${command}" (v2) is not available in this simulation\n`, 1);
}

function commandArgs(rest: string[]): { flags: Set<string>; args: string[] } {
  const flags = new Set<string>();
  let j = 0;
  for (; j < rest.length && rest[j].startsWith('-'); j++) {
    const name = rest[j].replace(/^--?/, '').split('=')[0];
    flags.add(name);
    if (COMMAND_VALUE_FLAGS.has(name) && !rest[j].includes('=')) j++;
  }
  return { flags, args: rest.slice(j) };
}

function* call(endpoint: string, request: ClientRequest): Generator<EtcdctlCall, ClientResponse | 'unreachable', CallOutcome> {
  const outcome = yield { kind: 'unary', endpoint, request, timeoutMs: 5000, credentials: {} };
  return outcome.kind === 'response' ? outcome.response : 'unreachable';
}

function unreachable(endpoint: string): EtcdctlResult {
  const hostPort = endpoint.replace(/^[a-z]+:\/\//, '');
  return fail('', `Error:  client: etcd cluster is unavailable or misconfigured; error #0: dial tcp ${hostPort}: connect: connection refused\n\n`, 4);
}

function* keyCommand(endpoint: string, command: string, args: string[], flags: Set<string>): V2Program {
  const [key, value] = args;
  const recursive = flags.has('recursive') || flags.has('r');
  let request: ClientRequest;
  if (command === 'get' || command === 'ls') {
    request = { type: 'v2Get', key: key ?? '/', recursive: command === 'ls' && recursive };
  } else {
    const writes: Record<string, V2Write> = {
      set: { op: 'set', key, value },
      mk: { op: 'create', key, value },
      update: { op: 'update', key, value },
      mkdir: { op: 'mkdir', key },
      setdir: { op: 'setdir', key },
      updatedir: { op: 'setdir', key },
      rm: { op: 'delete', key, dir: flags.has('dir'), recursive },
      rmdir: { op: 'delete', key, dir: true },
    };
    request = { type: 'v2Write', write: writes[command] };
  }
  const response = yield* call(endpoint, request);
  if (response === 'unreachable') return unreachable(endpoint);
  if (!response.ok) return fail('', response.error === V2_DISABLED_ERROR ? INVALID_JSON : `Error:  ${response.error}\n`, 4);
  if (response.result.type !== 'v2') return fail('', 'Error:  unexpected response\n', 4);
  const { node, prevNode } = response.result;
  switch (command) {
    case 'get':
      if (node.dir) return fail('', `${node.key}: is a directory\n`, 1);
      return ok(`${node.value}\n`);
    case 'ls':
      return ok(listing(node, recursive, flags.has('p')));
    case 'set':
    case 'mk':
    case 'update':
      return ok(`${node.value}\n`);
    case 'rm':
      return ok(prevNode && !prevNode.dir ? `PrevNode.Value: ${prevNode.value}\n` : '');
    default:
      return ok('');
  }
}

/** `ls`: a key lists itself; a directory lists its children (depth-first with -r; -p marks directories). */
function listing(node: V2NodeView, recursive: boolean, markDirs: boolean): string {
  if (!node.dir) return `${node.key}\n`;
  let out = '';
  const walk = (n: V2NodeView): void => {
    for (const child of n.nodes ?? []) {
      out += `${child.key}${markDirs && child.dir ? '/' : ''}\n`;
      if (recursive && child.dir) walk(child);
    }
  };
  walk(node);
  return out;
}

function* membersCommand(endpoint: string, command: string, args: string[]): V2Program {
  // The v2 members API is part of the v2 HTTP API: probe it the way the client would.
  const probe = yield* call(endpoint, { type: 'v2Get', key: '/' });
  if (probe === 'unreachable') return unreachable(endpoint);
  if (!probe.ok && probe.error === V2_DISABLED_ERROR) {
    return command === 'member' ? fail('', 'unexpected status code 404\n', 1) : fail('cluster may be unhealthy: failed to list members\n', 'Error:  unexpected status code 404\n', 4);
  }
  if (command === 'member' && args[0] !== 'list') return fail('', `Error: "etcdctl member ${args[0] ?? ''}" (v2) is not available in this simulation\n`, 1);
  const list = yield* call(endpoint, { type: 'memberList' });
  const status = yield* call(endpoint, { type: 'status' });
  if (list === 'unreachable' || status === 'unreachable' || !list.ok || !status.ok) return unreachable(endpoint);
  if (list.result.type !== 'memberList' || status.result.type !== 'status') return fail('', 'Error:  unexpected response\n', 4);
  const leader = status.result.leader;
  const shortId = (id: string): string => BigInt('0x' + id).toString(16);
  if (command === 'member') {
    return ok(
      list.result.members
        .map((m) => `${shortId(m.id)}: name=${m.name} peerURLs=${m.peerURLs.join(',')} clientURLs=${m.clientURLs.join(',')} isLeader=${m.id === leader}\n`)
        .join(''),
    );
  }
  // cluster-health: each member's own /health (simplified: healthy while a leader is known).
  let out = '';
  let healthy = 0;
  for (const m of list.result.members) {
    const st = yield* call(m.clientURLs[0], { type: 'status' });
    const good = st !== 'unreachable' && st.ok && st.result.type === 'status' && st.result.leader !== '0';
    if (good) healthy++;
    out += good ? `member ${shortId(m.id)} is healthy: got healthy result from ${m.clientURLs[0]}\n` : `member ${shortId(m.id)} is unreachable: [${m.clientURLs.join(' ')}] are all unreachable\n`;
  }
  const members = list.result.members.length;
  if (healthy === members) return ok(`${out}cluster is healthy\n`);
  return fail(`${out}cluster is ${healthy >= Math.floor(members / 2) + 1 ? 'degraded' : 'unavailable'}\n`, '', 5);
}

function ok(stdout: string): EtcdctlResult {
  return { stdout, stderr: '', exitCode: 0 };
}

function fail(stdout: string, stderr: string, exitCode: number): EtcdctlResult {
  return { stdout, stderr, exitCode };
}
