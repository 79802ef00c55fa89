import type { KubeObject } from '../api/types.ts';
import { program, type CommandGenerator, type CommandIO, type Effect, type EffectResult } from '../cli/command.ts';
import { parseLine, ShellSyntaxError } from '../cli/shell.ts';
import type { Kernel } from '../kernel/kernel.ts';
import { K8S_NAME_ALPHABET } from '../kernel/rng.ts';
import type { ClientProcess } from './client.ts';
import type { ExecOptions, ExecResult } from './types.ts';

interface Run {
  id: number;
  gen: CommandGenerator;
  io: CommandIO;
  result?: ExecResult;
  redirect?: { stdoutTo?: { file: string; append: boolean }; stderr?: 'discard' | 'merge' };
}

/**
 * Runs command lines as generator programs on the kernel: each yielded effect becomes a message or
 * a timer, and the program resumes when its reply is delivered. A program that throws ends with the
 * error text and exit code 1 (the engine never lets an exception escape to the caller).
 */
export class CommandRunner {
  private readonly kernel: Kernel;
  private readonly kubectl: ClientProcess;
  private readonly etcdctl: ClientProcess;
  private readonly etcdEndpoint: () => string;
  private readonly peek: (resource: string, namespace: string | undefined, name: string) => KubeObject | undefined;
  peekList: (resource: string, namespace?: string) => KubeObject[] = () => [];
  private readonly runs = new Map<number, Run>();
  /** Answers etcdctl calls (set by the cluster, which knows the etcd members). */
  etcdctlPort: ((call: unknown, fromNode: string | undefined, done: (outcome: unknown) => void) => void) | undefined;
  /** Per-cluster client state (kubeconfig, the control-plane shell's exported variables). */
  readonly session: Record<string, unknown> = {};
  private nextId = 1;

  constructor(kernel: Kernel, kubectl: ClientProcess, etcdctl: ClientProcess, etcdEndpoint: () => string, peek: CommandRunner['peek']) {
    this.kernel = kernel;
    this.kubectl = kubectl;
    this.etcdctl = etcdctl;
    this.etcdEndpoint = etcdEndpoint;
    this.peek = peek;
  }

  submit(line: string, opts: ExecOptions = {}): { id: number } {
    const id = this.nextId++;
    const io: CommandIO = {
      stdout: [],
      stderr: [],
      // Files written by earlier commands (`> pod.yaml`) plus the ones given to this exec.
      files: { ...this.savedFiles(), ...(opts.files ?? {}) },
      stdin: opts.stdin,
      env: {},
      now: () => this.kernel.now(),
      peek: this.peek,
      peekList: (r, ns) => this.peekList(r, ns),
      quiet: () => !this.kernel.hasPending(),
      random: (n) => this.kernel.rng.string(n, K8S_NAME_ALPHABET),
      session: this.session,
      // A dispatched `name@variant` (etcdctl@etcd-pod) is what the user knows as `name`.
      dispatch: (argv, env) => this.programFor(argv, env, io, argv[0]?.split('@')[0]),
    };
    let gen: CommandGenerator;
    let redirect: Run['redirect'];
    try {
      const parsed = parseLine(line);
      io.env = parsed.env;
      redirect = { stdoutTo: parsed.stdoutTo, stderr: parsed.stderr };
      gen = this.programFor(parsed.argv, parsed.env, io);
    } catch (e) {
      const message = e instanceof ShellSyntaxError ? `bash: ${e.message}` : `bash: ${String(e)}`;
      gen = (function* () {
        io.stderr.push(`${message}\n`);
        return 2;
      })();
    }
    const run: Run = { id, gen, io, redirect };
    this.runs.set(id, run);
    this.kubectl.setBusy(true);
    this.resume(run, undefined);
    return { id };
  }

  result(id: number): ExecResult | undefined {
    return this.runs.get(id)?.result;
  }

  private programFor(argv: string[], env: Record<string, string>, io: CommandIO, shownName = argv[0]): CommandGenerator {
    if (argv.length === 0) return (function* () { return 0; })();
    const prog = program(argv[0]);
    if (!prog) {
      return (function* () {
        io.stderr.push(`${shownName}: command not found\n`);
        return 127;
      })();
    }
    return prog(argv.slice(1), argv[0].includes('@') ? { ...io, env: { ...env } } : (() => {
      io.env = { ...io.env, ...env };
      return io;
    })());
  }

  private resume(run: Run, value: EffectResult): void {
    let step: IteratorResult<Effect, number>;
    try {
      step = run.gen.next(value);
    } catch (e) {
      run.io.stderr.push(`error: ${e instanceof Error ? e.message : String(e)}\n`);
      return this.finish(run, 1);
    }
    if (step.done) return this.finish(run, step.value);
    this.perform(run, step.value);
  }

  /** Files the terminal session has written (redirections, etcdctl snapshot save). */
  savedFiles(): Record<string, string> {
    return ((this.session.files as Record<string, string> | undefined) ??= {}) as Record<string, string>;
  }

  private finish(run: Run, exitCode: number): void {
    let stdout = run.io.stdout.join('');
    let stderr = run.io.stderr.join('');
    const r = run.redirect;
    if (r?.stderr === 'discard') stderr = '';
    if (r?.stderr === 'merge') {
      stdout += stderr;
      stderr = '';
    }
    if (r?.stdoutTo) {
      const files = this.savedFiles();
      files[r.stdoutTo.file] = (r.stdoutTo.append ? files[r.stdoutTo.file] ?? '' : '') + stdout;
      stdout = '';
    }
    run.result = { stdout, stderr, exitCode };
    this.kubectl.setBusy(false);
  }

  private perform(run: Run, effect: Effect): void {
    switch (effect.type) {
      case 'api': {
        const io = run.io;
        const request = io.user || io.token ? { ...effect.request, user: effect.request.user ?? io.user, token: effect.request.token ?? io.token } : effect.request;
        return this.kubectl.api.request(request, (r) => this.resume(run, r));
      }
      case 'sleep':
        this.kubectl.setTimer(effect.ms, { ko: 'kubectl이 기다린다', en: 'kubectl waits' }, () => this.resume(run, undefined));
        return;
      case 'etcd': {
        const member = effect.member ?? this.etcdEndpoint();
        this.etcdctl.etcdRequest(member, effect.request, { ko: `etcdctl이 ${member}에 요청을 보낸다`, en: `etcdctl sends a request to ${member}` }, (r) => this.resume(run, r));
        return;
      }
      case 'etcdctl-call': {
        if (!this.etcdctlPort) return this.resume(run, { kind: 'unreachable', reason: 'refused' });
        this.etcdctlPort(effect.call, effect.fromNode, (outcome) => this.resume(run, outcome));
        return;
      }
      case 'waitFor': {
        if (effect.predicate()) return this.resume(run, true);
        let done = false;
        const timer = this.kubectl.setTimer(effect.timeoutMs, { ko: 'kubectl의 대기 시간이 끝난다', en: 'kubectl stops waiting (timeout)' }, () => {
          if (done) return;
          done = true;
          unsubscribe();
          this.resume(run, false);
        }, { background: effect.background });
        const unsubscribe = this.kernel.onDeliver(() => {
          if (done || !effect.predicate()) return;
          done = true;
          unsubscribe();
          this.kubectl.clearTimer(timer);
          this.resume(run, true);
        });
        return;
      }
    }
  }
}
