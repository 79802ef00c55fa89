import { compactionCommand, delCommand, getCommand, putCommand } from './commands/kv.ts';
import { endpointHealthCommand, endpointStatusCommand, memberListCommand } from './commands/cluster.ts';
import { leaseGrantCommand, leaseKeepAliveCommand, leaseListCommand, leaseRevokeCommand, leaseTimeToLiveCommand } from './commands/lease.ts';
import { snapshotRestoreCommand, snapshotSaveCommand, snapshotStatusCommand } from './commands/snapshot.ts';
import { watchCommand } from './commands/watch.ts';
import { FlagError, parseFlags, type ParsedFlags } from './flags.ts';
import { COMMAND_HELP, GLOBAL_FLAGS } from './helpData.ts';
import { CommandError, EXIT, Session, type GlobalOptions } from './session.ts';
import { inheritedFlags, usageText } from './usage.ts';
import { runV2 } from './v2.ts';
import { ETCDCTL_API_VERSION, ETCDCTL_VERSION } from './version.ts';
import type { CallOutcome, EtcdctlCall, EtcdctlContext, EtcdctlProgram, EtcdctlResult } from './types.ts';

type Cmd = (s: Session, flags: ParsedFlags) => Generator<EtcdctlCall, number, CallOutcome>;

function* versionCommand(s: Session): Generator<EtcdctlCall, number, CallOutcome> {
  s.out(`etcdctl version: ${ETCDCTL_VERSION}\nAPI version: ${ETCDCTL_API_VERSION}\n`);
  return EXIT.success;
}

/** The commands the simulation implements, by command path. */
const IMPLEMENTED: Record<string, Cmd> = {
  get: getCommand,
  put: putCommand,
  del: delCommand,
  compaction: compactionCommand,
  watch: watchCommand,
  version: versionCommand,
  'member list': memberListCommand,
  'endpoint health': endpointHealthCommand,
  'endpoint status': endpointStatusCommand,
  'snapshot save': snapshotSaveCommand,
  'snapshot status': snapshotStatusCommand,
  'snapshot restore': snapshotRestoreCommand,
  'lease grant': leaseGrantCommand,
  'lease revoke': leaseRevokeCommand,
  'lease timetolive': leaseTimeToLiveCommand,
  'lease list': leaseListCommand,
  'lease keep-alive': leaseKeepAliveCommand,
};

/** Every command path of the real etcdctl 3.4 ("member list", "alarm disarm", ...). */
const REAL_PATHS = COMMAND_HELP[''].commands!.map(([name]) => name.split(',')[0].trim());
const ROOT_NAMES = [...new Set(REAL_PATHS.map((p) => p.split(' ')[0]))];
const GROUPS = new Set(REAL_PATHS.filter((p) => p.includes(' ')).map((p) => p.split(' ')[0]));
const VALUE_GLOBALS = new Set(GLOBAL_FLAGS.filter((f) => f.kind !== 'bool').flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]));

const OUTPUT_FORMATS = ['fields', 'json', 'protobuf', 'simple', 'table'];

/**
 * etcdctl as a pure program: parses argv (already split by the shell, without "etcdctl"), yields
 * the requests it needs one at a time and returns what etcdctl prints. The host answers each
 * yielded call with a CallOutcome (see README.md).
 */
export function* etcdctlProgram(argv: string[], ctx: EtcdctlContext = {}): EtcdctlProgram {
  const api = ctx.env?.ETCDCTL_API;
  if (api === '2') return yield* runV2(argv);
  if (api !== undefined && api !== '' && api !== '3') return { stdout: '', stderr: `unsupported API version ${api}\n`, exitCode: 1 };

  const { path, rest, unknown } = findCommand(argv);
  if (unknown !== undefined) return unknownCommand(unknown);

  if (path !== '' && path !== 'help' && !IMPLEMENTED[path] && !COMMAND_HELP[path]) {
    // A real etcdctl command this simulation does not implement (defrag, user, snapshot restore, ...).
    return { stdout: '', stderr: `Error: "etcdctl ${path}" is not available in this simulation\n`, exitCode: EXIT.error };
  }
  const helpPath = path === 'help' ? '' : path;
  const localFlags = COMMAND_HELP[helpPath].flags;
  let flags: ParsedFlags;
  try {
    flags = parseWithEnv(rest, [...inheritedFlags(helpPath), ...localFlags], ctx);
  } catch (err) {
    if (!(err instanceof FlagError)) throw err;
    return { stdout: usageText(helpPath), stderr: `Error: ${err.message}\n\nError: ${err.message}\n`, exitCode: 1 };
  }
  if (flags.values.get('help') === true || path === '' || (GROUPS.has(path) && !IMPLEMENTED[path])) {
    return { stdout: usageText(helpPath), stderr: '', exitCode: 0 };
  }
  if (path === 'help') {
    const target = flags.args.join(' ');
    return { stdout: usageText(COMMAND_HELP[target] ? target : ''), stderr: '', exitCode: 0 };
  }

  const session = new Session(globalOptions(flags), ctx);
  const command = IMPLEMENTED[path];
  try {
    if (path !== 'version') {
      checkOutputFormat(session);
      checkCredentials(session);
    }
    const code = yield* command(session, flags);
    return session.result(code);
  } catch (err) {
    if (!(err instanceof CommandError)) throw err;
    session.err(`Error: ${err.message}\n`);
    return session.result(err.exitCode);
  }
}

/** cobra's command lookup: the first non-flag words name the command; flags may come anywhere. */
function findCommand(argv: string[]): { path: string; rest: string[]; unknown?: string } {
  const words: number[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a.startsWith('-')) {
      if (!a.includes('=') && VALUE_GLOBALS.has(a)) i++;
      continue;
    }
    if (words.length === 1 && !GROUPS.has(argv[words[0]])) break;
    words.push(i);
  }
  if (words.length === 0) return { path: '', rest: argv };
  const first = argv[words[0]];
  if (!ROOT_NAMES.includes(first)) return { path: '', rest: argv, unknown: first };
  let path = first;
  const consumed = new Set([words[0]]);
  if (GROUPS.has(first) && words.length > 1 && REAL_PATHS.includes(`${first} ${argv[words[1]]}`)) {
    path = `${first} ${argv[words[1]]}`;
    consumed.add(words[1]);
  }
  return { path, rest: argv.filter((_, i) => !consumed.has(i)) };
}

function unknownCommand(name: string): EtcdctlResult {
  const suggestions = ROOT_NAMES.filter((n) => n.startsWith(name.toLowerCase()) || levenshtein(n, name.toLowerCase()) <= 2);
  let message = `unknown command ${JSON.stringify(name)} for "etcdctl"`;
  if (suggestions.length > 0) message += `\n\nDid you mean this?\n${suggestions.map((n) => `\t${n}\n`).join('')}`;
  return { stdout: '', stderr: `Error: ${message}\nRun 'etcdctl --help' for usage.\nError: ${message}\n`, exitCode: 1 };
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

/** Flags not given on the command line fall back to ETCDCTL_<FLAG> environment variables, as in etcdctl 3.4. */
function parseWithEnv(argv: string[], defs: typeof GLOBAL_FLAGS, ctx: EtcdctlContext): ParsedFlags {
  const first = parseFlags(argv, defs);
  const fromEnv: string[] = [];
  for (const d of GLOBAL_FLAGS) {
    const value = ctx.env?.[`ETCDCTL_${d.name.toUpperCase().replace(/-/g, '_')}`];
    if (value !== undefined && !first.changed.has(d.name)) fromEnv.push(`--${d.name}=${value}`);
  }
  return fromEnv.length === 0 ? first : parseFlags([...fromEnv, ...argv], defs);
}

function globalOptions(flags: ParsedFlags): GlobalOptions {
  const str = (name: string): string | undefined => {
    const v = flags.values.get(name) as string;
    return v === '' ? undefined : v;
  };
  return {
    endpoints: flags.values.get('endpoints') as string[],
    writeOut: flags.values.get('write-out') as string,
    hex: flags.values.get('hex') === true,
    commandTimeoutMs: flags.values.get('command-timeout') as number,
    credentials: { cacert: str('cacert'), cert: str('cert'), key: str('key') },
  };
}

function checkOutputFormat(s: Session): void {
  if (!OUTPUT_FORMATS.includes(s.globals.writeOut)) throw new CommandError('unsupported output format', EXIT.badFeature);
  if (s.globals.writeOut === 'protobuf') throw new CommandError('protobuf output is not available in this simulation', EXIT.badFeature);
}

/** etcdctl loads the key pair, then the CA bundle, before it dials (errors exit 128). */
function checkCredentials(s: Session): void {
  const exists = s.ctx.fileExists ?? (() => true);
  const { cacert, cert, key } = s.globals.credentials;
  for (const path of [cert, key, cacert]) {
    if (path !== undefined && !exists(path)) throw new CommandError(`open ${path}: no such file or directory`, EXIT.badArgs);
  }
}
