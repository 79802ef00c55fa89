import type { CommandGenerator, CommandIO, Effect, EffectResult } from '../command.ts';
import { parseCommandList, parseCommandListWithWarnings, ShellSyntaxError, type AndOrList, type CommandList, type Pipeline, type SimpleCommand } from '../shell.ts';
import { expandWord, expandWords, type ExpansionContext } from './expand.ts';
import { assignVariable, parameterValue, shellStatus } from './variables.ts';
import { expandAliases } from './aliases.ts';
import { isEngineFault } from '../../kernel/simulationError.ts';
import { normalizePath } from '../files/fileSystem.ts';
import { redirectionProblem } from '../files/redirection.ts';
import { currentHost, isNodePath, shellFiles } from '../nodeSession.ts';

/**
 * Runs a parsed command line the way bash does, as one generator the command runner drives: the
 * entries of a list in order, `&&`/`||` by exit status, a pipeline's commands one after the other
 * with each one's stdout as the next one's stdin (the simulated commands are finite, so this equals
 * running them side by side), the exit status of the last one (no pipefail), `cmd &` as a background
 * job. Command substitutions run before their command, and their output replaces them.
 */

/** Where output shown to the reader goes: the terminal of the line being run. */
export interface Terminal {
  stdout: string[];
  stderr: string[];
}

export interface ShellHost {
  session: Record<string, unknown>;
  /** A fresh CommandIO for one command: its own output buffers, the given stdin, the session's files. */
  newIo(stdin: string | undefined, background: boolean): CommandIO;
  /** The program argv names (a program printing `command not found` if there is none). */
  programFor(argv: string[], env: Record<string, string>, io: CommandIO): CommandGenerator;
  /** The files of the terminal session (redirections write here). */
  files(): Record<string, string>;
  /** The files a command can read: the session's and those given to this exec. */
  readableFiles(): Record<string, string>;
  /** Standard input given to the whole line (cluster.exec(line, { stdin })). */
  stdin: string | undefined;
  /**
   * Starts an and-or list as a background job. `announce` is called with the job's number and pid
   * before the job's first step, so bash's `[1] 4321` comes before anything the job prints.
   */
  startJob(andOr: AndOrList, announce: (jobNumber: number, pid: number) => void): void;
}

interface Context {
  host: ShellHost;
  terminal: () => Terminal;
  background: boolean;
}

type Target = { kind: 'terminal-out' } | { kind: 'terminal-err' } | { kind: 'pipe' } | { kind: 'null' } | { kind: 'file'; name: string } | { kind: 'node-file'; name: string };

class ExpansionError extends Error {}

/** Runs one terminal line; a syntax error prints bash's message and returns 2 without running anything. */
export function* runLine(line: string, host: ShellHost, terminal: () => Terminal): Generator<Effect, number, EffectResult> {
  let list: CommandList;
  try {
    const parsed = parseCommandListWithWarnings(line);
    list = parsed.list;
    for (const warning of parsed.warnings) terminal().stderr.push(`bash: ${warning}\n`);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    terminal().stderr.push(`bash: ${e.message}\n`);
    shellStatus(host.session).lastExit = 2;
    return 2;
  }
  return yield* runList(list, { host, terminal, background: false });
}

/** Runs an and-or list as a background job (called by the host's startJob). */
export function* runJob(andOr: AndOrList, host: ShellHost, terminal: () => Terminal): Generator<Effect, number, EffectResult> {
  return yield* runAndOr(andOr, { host, terminal, background: true });
}

function* runList(list: CommandList, ctx: Context): Generator<Effect, number, EffectResult> {
  const status = shellStatus(ctx.host.session);
  for (const entry of list.entries) {
    if (entry.background) {
      ctx.host.startJob(entry.andOr, (jobNumber, pid) => {
        // bash prints job notices on its stderr; the terminal shows a line's stdout before its
        // stderr, so they go to stdout to keep bash's order on screen.
        ctx.terminal().stdout.push(`[${jobNumber}] ${pid}\n`);
        status.lastBackgroundPid = pid;
      });
      status.lastExit = 0;
      continue;
    }
    status.lastExit = yield* runAndOr(entry.andOr, ctx);
  }
  return status.lastExit;
}

function* runAndOr(andOr: AndOrList, ctx: Context): Generator<Effect, number, EffectResult> {
  let exit = yield* runPipeline(andOr.first, ctx);
  for (const { op, pipeline } of andOr.rest) {
    shellStatus(ctx.host.session).lastExit = exit;
    if ((op === '&&') === (exit === 0)) exit = yield* runPipeline(pipeline, ctx);
  }
  return exit;
}

function* runPipeline(pipeline: Pipeline, ctx: Context): Generator<Effect, number, EffectResult> {
  let stdin = ctx.host.stdin;
  let exit = 0;
  for (let i = 0; i < pipeline.commands.length; i++) {
    const last = i === pipeline.commands.length - 1;
    const pipe: string[] = [];
    exit = yield* runSimple(pipeline.commands[i], ctx, stdin, last ? undefined : pipe, !last && pipeline.stderrPiped[i]);
    stdin = pipe.join('');
  }
  return pipeline.negated ? (exit === 0 ? 1 : 0) : exit;
}

/**
 * The names a process substitution's output is read from, as bash on Linux hands them out: the
 * highest free descriptor first (/dev/fd/63, then 62, ...). They exist while their command runs.
 */
const PROCESS_SUBSTITUTION_FD = 63;

function expansionContext(ctx: Context, substitutionStatus: { exit?: number }, temporaryFiles: string[]): ExpansionContext {
  return {
    processSubstitution: function* (list) {
      const captured: string[] = [];
      yield* runList(list, { ...ctx, terminal: () => ({ stdout: captured, stderr: ctx.terminal().stderr }) });
      const name = `/dev/fd/${PROCESS_SUBSTITUTION_FD - temporaryFiles.length}`;
      ctx.host.files()[name] = captured.join('');
      temporaryFiles.push(name);
      return name;
    },
    parameter: (name) => parameterValue(ctx.host.session, name),
    fileNames: () => Object.keys(ctx.host.readableFiles()),
    substitute: function* (list) {
      const captured: string[] = [];
      // The substitution's stderr still reaches the terminal; only its stdout is captured.
      const exit = yield* runList(list, { ...ctx, terminal: () => ({ stdout: captured, stderr: ctx.terminal().stderr }) });
      substitutionStatus.exit = exit;
      return captured.join('');
    },
  };
}

function* runSimple(cmd: SimpleCommand, ctx: Context, stdin: string | undefined, pipe: string[] | undefined, stderrPiped: boolean): Generator<Effect, number, EffectResult> {
  const temporaryFiles: string[] = [];
  try {
    return yield* runSimpleCommand(cmd, ctx, stdin, pipe, stderrPiped, temporaryFiles);
  } finally {
    for (const name of temporaryFiles) delete ctx.host.files()[name];
  }
}

function* runSimpleCommand(
  original: SimpleCommand,
  ctx: Context,
  stdin: string | undefined,
  pipe: string[] | undefined,
  stderrPiped: boolean,
  temporaryFiles: string[],
): Generator<Effect, number, EffectResult> {
  const { host } = ctx;
  const aliased = expandAliases(original, host.session);
  if ('unsupported' in aliased) {
    ctx.terminal().stderr.push(`bash: ${aliased.unsupported}\n`);
    return 2;
  }
  const cmd = aliased;
  const substitution: { exit?: number } = {};
  const expansion = expansionContext(ctx, substitution, temporaryFiles);
  let argv: string[];
  const env: Record<string, string> = {};
  const fds: Target[] = [{ kind: 'pipe' }, pipe ? { kind: 'pipe' } : { kind: 'terminal-out' }, { kind: 'terminal-err' }];
  try {
    argv = yield* expandWords(cmd.words, expansion);
    for (const a of cmd.assignments) env[a.name] = (yield* expandWord(a.value, expansion, false))[0];
    for (const r of cmd.redirects) {
      const target = (yield* expandWord(r.target, expansion, false))[0];
      if (r.op === '<<') {
        // A here-document's body is expanded as one quoted text (expandWord with split off).
        stdin = target;
      } else if (r.op === '<') {
        const files = host.readableFiles();
        const text = files[target] ?? files[normalizePath(target)];
        if (text === undefined) throw new ExpansionError(`${target}: No such file or directory`);
        stdin = text;
      } else if (r.op === '>&') {
        if (target === '-') fds[r.fd] = { kind: 'null' };
        else if (/^\d+$/.test(target)) {
          const from = fds[Number(target)];
          if (!from || Number(target) === 0) throw new ExpansionError(`${target}: Bad file descriptor`);
          fds[r.fd] = from;
        } else {
          // `>&file` is bash's old spelling of `&>file`.
          fds[1] = fileTarget(host, target, '>');
          fds[2] = fds[1];
        }
      } else {
        if (r.fd !== 1 && r.fd !== 2) throw new ExpansionError(`${r.fd}: redirection of this file descriptor is not simulated`);
        fds[r.fd] = fileTarget(host, target, r.op);
      }
    }
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    ctx.terminal().stderr.push(`bash: ${e.message}\n`);
    return 1;
  }
  if (stderrPiped) fds[2] = fds[1];
  // The terminal is a root shell already: sudo only runs the rest of the line.
  if (argv[0] === 'sudo') argv.shift();
  if (argv.length === 0) {
    for (const [name, value] of Object.entries(env)) assignVariable(host.session, name, value);
    return substitution.exit ?? 0;
  }
  if (argv[0] === 'source' || argv[0] === '.') return yield* source(argv, ctx);
  const io = host.newIo(stdin, ctx.background);
  if (fds[1].kind === 'file') io.stdoutFile = fds[1].name;
  let refused = false;
  const route = (text: string, target: Target) => {
    if (!text) return;
    if (target.kind === 'file' ? host.files()[target.name].length + text.length > MAX_OUTPUT_CHARS : text.length > MAX_OUTPUT_CHARS) {
      // A real file would grow until the disk is full; this terminal keeps text in memory.
      if (!refused) ctx.terminal().stderr.push(`bash: ${argv[0]}: write error: File too large (this simulated shell keeps at most 16 MiB of output)\n`);
      refused = true;
      return;
    }
    if (target.kind === 'terminal-out') ctx.terminal().stdout.push(text);
    else if (target.kind === 'terminal-err') ctx.terminal().stderr.push(text);
    else if (target.kind === 'pipe') pipe?.push(text);
    else if (target.kind === 'file') host.files()[target.name] += text;
    else if (target.kind === 'node-file') shellFiles(host.session).append(target.name, text);
  };
  const flush = (liveOnly: boolean) => {
    for (const [fd, buffer] of [[1, io.stdout], [2, io.stderr]] as const) {
      const target = fds[fd];
      // While the command runs, only what goes to the terminal is passed on (a server's banner).
      if (liveOnly && target.kind !== 'terminal-out' && target.kind !== 'terminal-err') continue;
      route(buffer.splice(0).join(''), target);
    }
  };
  let exit: number;
  try {
    exit = yield* drive(host.programFor(argv, env, io), io, () => flush(true));
  } catch (e) {
    // A JavaScript fault other than the shell's own limits (RangeError) is the simulator's bug: the
    // command runner reports it as a simulation error.
    if (isEngineFault(e) && !(e instanceof RangeError)) throw e;
    io.stderr.push(`${programFailure(argv[0], e)}\n`);
    exit = 1;
  }
  flush(false);
  return exit;
}

/**
 * `source FILE` (or `. FILE`): runs the file's lines in this shell, so its aliases, variables and
 * completions stay (`source ~/.bashrc`, `source <(kubectl completion bash)`). Runs in the calling
 * shell, which is why it is here and not a program.
 */
function* source(argv: string[], ctx: Context): Generator<Effect, number, EffectResult> {
  const name = argv[1];
  if (name === undefined) {
    ctx.terminal().stderr.push(`bash: ${argv[0]}: filename argument required\n${argv[0]}: usage: ${argv[0]} filename [arguments]\n`);
    return 2;
  }
  const files = ctx.host.readableFiles();
  const text = files[name] ?? files[name.replace(/^\.\//, '')];
  if (text === undefined) {
    ctx.terminal().stderr.push(`bash: ${name}: No such file or directory\n`);
    return 1;
  }
  let list: CommandList;
  try {
    list = parseCommandList(text);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    ctx.terminal().stderr.push(`bash: ${name}: ${e.message}\n`);
    return 2;
  }
  return yield* runList(list, ctx);
}

/** Output one command may write to a file, a pipe or the terminal (characters). */
export const MAX_OUTPUT_CHARS = 16 * 1024 * 1024;

function fileTarget(host: ShellHost, name: string, op: '>' | '>>'): Target {
  if (name === '/dev/null') return { kind: 'null' };
  if (name === '/dev/stdout') return { kind: 'terminal-out' };
  if (name === '/dev/stderr') return { kind: 'terminal-err' };
  // A path on the node's own disk (/etc/kubernetes/manifests/...): written there, where the kubelet sees it.
  if (isNodePath(name) && currentHost(host.session)) {
    const files = shellFiles(host.session);
    if (op === '>' || files.read(name) === undefined) files.write(name, '');
    return { kind: 'node-file', name };
  }
  const files = host.files();
  const problem = redirectionProblem(host.session, name);
  if (problem) throw new ExpansionError(`${name}: ${problem}`);
  const key = files[name] !== undefined ? name : normalizePath(name);
  // `>` truncates when the file is opened, even if the command then fails.
  if (op === '>' || files[key] === undefined) files[key] = '';
  return { kind: 'file', name: key };
}

/**
 * Passes a program's effects to the runner, adding the identity the command chose (kubectl --as,
 * --token) to its API requests, and passing on its terminal output before every wait.
 */
function* drive(gen: CommandGenerator, io: CommandIO, beforeWait: () => void): Generator<Effect, number, EffectResult> {
  let input: EffectResult;
  let done = false;
  try {
    for (;;) {
      const step = gen.next(input);
      if (step.done) {
        done = true;
        return step.value;
      }
      let effect = step.value;
      if (effect.type === 'api' && (io.user || io.token || io.groups)) {
        effect = { ...effect, request: { ...effect.request, user: effect.request.user ?? io.user, groups: effect.request.groups ?? io.groups, token: effect.request.token ?? io.token } };
      }
      beforeWait();
      input = yield effect;
    }
  } finally {
    // A job stopped with kill: let the program clean up (a proxy stops serving).
    if (!done) gen.return(0);
  }
}

/**
 * The text for an exception that escaped a program: the engine's own limits in bash's words, never a
 * JavaScript message about the stack or string sizes.
 */
export function programFailure(name: string | undefined, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError) {
    if (/call stack/i.test(message)) return `bash: ${name ?? 'bash'}: maximum nesting level exceeded in this simulated shell`;
    return `bash: ${name ?? 'bash'}: xrealloc: cannot allocate memory (the output is too large for this simulated shell)`;
  }
  return `error: ${message}`;
}
