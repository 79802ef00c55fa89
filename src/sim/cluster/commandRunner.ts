import { containerShell, runInContainerShell, runsOnTerminalText } from '../cli/shell/containerShell.ts';
import type { KubeObject } from '../api/types.ts';
import { program, type CommandGenerator, type CommandIO, type Effect, type EffectResult } from '../cli/command.ts';
import type { AndOrList } from '../cli/shell.ts';
import { programFailure, runJob, runLine, type ShellHost, type Terminal } from '../cli/shell/execute.ts';
import { addJob, finishJob, takeJobNotices, type Job } from '../cli/shell/jobs.ts';
import type { Kernel } from '../kernel/kernel.ts';
import { K8S_NAME_ALPHABET } from '../kernel/rng.ts';
import { isEngineFault, simulationErrorNotice } from '../kernel/simulationError.ts';
import type { ClientProcess } from './client.ts';
import { shellFiles } from '../cli/nodeSession.ts';
import type { ExecOptions, ExecResult } from './types.ts';
import type { EditAnswer, EditRequest, Editor } from '../cli/editor/editRequest.ts';

/**
 * Finished lines whose results stay available to result() (submit's callers poll it; exec() takes
 * its result at once). Older ones are released so that a long session's memory stays bounded.
 */
const FINISHED_RESULTS_KEPT = 1_000;

interface Run {
  id: number;
  gen: CommandGenerator;
  /** What the line shows the reader (a background job writes to the current line's terminal). */
  terminal: Terminal;
  /** Set for a background job (`cmd &`). */
  job?: Job;
  /** A killed job: replies still in flight for it are dropped. */
  stopped?: boolean;
  /** Answers the line's editor sessions at once (ExecOptions.editor); without it they wait for answerEdit. */
  editor?: Editor;
}

/**
 * Runs command lines as generator programs on the kernel: each yielded effect becomes a message or
 * a timer, and the program resumes when its reply is delivered. A line is parsed and run by the
 * shell (cli/shell/execute.ts: lists, pipelines, substitutions, redirections); background jobs
 * (`cmd &`) run as runs of their own. A program that throws ends with the error text and exit
 * code 1 (the engine never lets an exception escape to the caller).
 */
export class CommandRunner {
  private readonly kernel: Kernel;
  private readonly kubectl: ClientProcess;
  private readonly etcdctl: ClientProcess;
  private readonly etcdEndpoint: () => string;
  private readonly peek: (resource: string, namespace: string | undefined, name: string) => KubeObject | undefined;
  peekList: (resource: string, namespace?: string) => KubeObject[] = () => [];
  /** Lines still running (a finished one leaves for `finished` at once: its generator and buffers go). */
  private readonly runs = new Map<number, Run>();
  /** Results of the latest finished lines, oldest first (a bounded record: see FINISHED_RESULTS_KEPT). */
  private readonly finished = new Map<number, ExecResult>();
  /** Answers etcdctl calls (set by the cluster, which knows the etcd members). */
  etcdctlPort: ((call: unknown, fromNode: string | undefined, done: (outcome: unknown) => void) => void) | undefined;
  /** Answers crictl's CRI calls (set by the cluster, which knows each node's container runtime). */
  criPort: ((node: string, request: unknown, done: (response: unknown) => void) => void) | undefined;
  /** Per-cluster client state (kubeconfig, the control-plane shell's exported variables). */
  readonly session: Record<string, unknown> = {};
  private nextId = 1;
  /** The line being run: background jobs print into its terminal. */
  private activeLine: Run | undefined;
  /** What background jobs printed while no line was running: shown with the next line. */
  private pendingOutput: Terminal = { stdout: [], stderr: [] };
  /** The latest command lines (a simulation error's reproduction hint), and how many there were. */
  private readonly recentLines: string[] = [];
  private lineCount = 0;
  /** The line whose editor is open, waiting for the reader's answer. */
  private editing: { run: Run; request: EditRequest } | undefined;

  constructor(kernel: Kernel, kubectl: ClientProcess, etcdctl: ClientProcess, etcdEndpoint: () => string, peek: CommandRunner['peek']) {
    this.kernel = kernel;
    this.kubectl = kubectl;
    this.etcdctl = etcdctl;
    this.etcdEndpoint = etcdEndpoint;
    this.peek = peek;
  }

  submit(line: string, opts: ExecOptions = {}): { id: number } {
    const id = this.nextId++;
    this.remember(line);
    const terminal: Terminal = { stdout: this.pendingOutput.stdout.splice(0), stderr: this.pendingOutput.stderr.splice(0) };
    const host = this.shellHost(opts);
    const run: Run = { id, gen: runLine(line, host, () => terminal), terminal, editor: opts.editor };
    this.runs.set(id, run);
    this.activeLine = run;
    this.kubectl.setBusy(true);
    this.resume(run, undefined);
    return { id };
  }

  private shellHost(opts: ExecOptions): ShellHost {
    const host: ShellHost = {
      session: this.session,
      newIo: (stdin, background) => this.newIo(opts, stdin, background),
      programFor: (argv, env, io) => this.programFor(argv, env, io),
      files: () => this.savedFiles(),
      readableFiles: () => ({ ...shellFiles(this.session).all(), ...(opts.files ?? {}) }),
      stdin: opts.stdin,
      startJob: (andOr, announce) => this.startJob(andOr, host, announce),
    };
    return host;
  }

  private newIo(opts: ExecOptions, stdin: string | undefined, background: boolean): CommandIO {
    const io: CommandIO = {
      stdout: [],
      stderr: [],
      // Files written by earlier commands (`> pod.yaml`) plus the ones given to this exec.
      files: { ...shellFiles(this.session).all(), ...(opts.files ?? {}) },
      stdin,
      env: {},
      now: () => this.kernel.now(),
      peek: this.peek,
      peekList: (r, ns) => this.peekList(r, ns),
      quiet: () => !this.kernel.hasPending(),
      random: (n) => this.kernel.rng.string(n, K8S_NAME_ALPHABET),
      session: this.session,
      background,
      // A dispatched `name@variant` (etcdctl@etcd-pod) is what the user knows as `name`.
      dispatch: (argv, env) => this.programFor(argv, env, io, argv[0]?.split('@')[0]),
    };
    return io;
  }

  /** `cmd &`: the job runs on its own; its output goes to whichever line is running when it prints. */
  private startJob(andOr: AndOrList, host: ShellHost, announce: (jobNumber: number, pid: number) => void): void {
    const job = addJob(this.session, andOr.text);
    announce(job.number, job.pid);
    const terminal = () => this.activeLine?.terminal ?? this.pendingOutput;
    const run: Run = { id: 0, gen: runJob(andOr, host, terminal), terminal: this.pendingOutput, job };
    job.stop = () => {
      run.stopped = true;
      // A job cannot stop itself while it runs (`kill %1` inside job 1): it ends at its next wait.
      try {
        run.gen.return(0);
      } catch {
        /* the generator is executing: `stopped` drops its next reply */
      }
    };
    this.resume(run, undefined);
  }

  result(id: number): ExecResult | undefined {
    return this.finished.get(id);
  }

  /** The editor session a line is waiting on, if any. */
  pendingEdit(): EditRequest | undefined {
    return this.editing?.request;
  }

  /** Gives the open editor's answer (the saved text, or null to quit without writing); false if none is open. */
  answerEdit(answer: EditAnswer): boolean {
    const editing = this.editing;
    if (!editing) return false;
    this.editing = undefined;
    this.resume(editing.run, typeof answer === 'string' ? answer : null);
    return true;
  }

  /** Forgets a finished line's result (exec() has handed it to its caller). */
  release(id: number): void {
    this.finished.delete(id);
  }

  private programFor(argv: string[], env: Record<string, string>, io: CommandIO, shownName = argv[0]): CommandGenerator {
    if (argv.length === 0) return (function* () { return 0; })();
    // Inside `kubectl exec -it POD -- sh`, commands run in the container until `exit`.
    const inContainer = containerShell(this.session);
    if (inContainer && !argv[0].includes('@') && !runsOnTerminalText(argv)) return runInContainerShell(argv, io, inContainer);
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
    if (run.stopped) return;
    let step: IteratorResult<Effect, number>;
    try {
      step = run.gen.next(value);
    } catch (e) {
      // A JavaScript fault is a bug of the simulator: reported as a simulation error (finish()
      // prints it), never as the JavaScript text. The shell's own limits keep their bash wording.
      if (isEngineFault(e) && !(e instanceof RangeError)) this.kernel.recordSimulationError('kubectl', 'command', e);
      else run.terminal.stderr.push(`${programFailure(undefined, e)}\n`);
      return this.finish(run, 1);
    }
    if (step.done) return this.finish(run, step.value);
    this.perform(run, step.value);
  }

  private remember(line: string): void {
    this.lineCount++;
    this.recentLines.push(line);
    if (this.recentLines.length > 5) this.recentLines.shift();
  }

  /** The commands typed so far, as the reproduction hint shows them (the count and the last few). */
  private history(): { count: number; recent: readonly string[] } {
    return { count: this.lineCount, recent: this.recentLines };
  }

  /** Files the terminal session has written (redirections, etcdctl snapshot save). */
  savedFiles(): Record<string, string> {
    return ((this.session.files as Record<string, string> | undefined) ??= {}) as Record<string, string>;
  }

  private finish(run: Run, exitCode: number): void {
    if (run.job) {
      finishJob(run.job, exitCode);
      return;
    }
    // Before the next prompt bash reports the jobs that ended (`[1]+  Done  ...`).
    run.terminal.stdout.push(takeJobNotices(this.session));
    for (const error of this.kernel.takeUnreportedErrors()) run.terminal.stderr.push(simulationErrorNotice(error, this.history()));
    this.finished.set(run.id, { stdout: run.terminal.stdout.join(''), stderr: run.terminal.stderr.join(''), exitCode });
    if (this.finished.size > FINISHED_RESULTS_KEPT) this.finished.delete(this.finished.keys().next().value!);
    this.runs.delete(run.id);
    if (this.activeLine === run) this.activeLine = undefined;
    this.kubectl.setBusy(false);
  }

  private perform(run: Run, effect: Effect): void {
    switch (effect.type) {
      case 'api':
        // The shell has already added the command's identity (--as, --token) to the request.
        return this.kubectl.api.request(effect.request, (r) => this.resume(run, r));
      case 'park':
        // Only a background job can wait forever; in the foreground the program just goes on.
        if (run.job) run.job.serving = true;
        else this.resume(run, undefined);
        return;
      case 'edit':
        // A background job cannot read the terminal (bash would stop it): its editor quits at once.
        if (run.job) return this.resume(run, null);
        if (run.editor) return this.resume(run, run.editor(effect.request));
        this.editing = { run, request: effect.request };
        return;
      case 'sleep':
        this.kubectl.setTimer(effect.ms, { id: 'kubectl.wait', params: {} }, () => this.resume(run, undefined));
        return;
      case 'etcd': {
        const member = effect.member ?? this.etcdEndpoint();
        this.etcdctl.etcdRequest(member, effect.request, { id: 'etcdctl.send', params: { member } }, (r) => this.resume(run, r));
        return;
      }
      case 'cri': {
        if (!this.criPort) return this.resume(run, undefined);
        this.criPort(effect.node, effect.request, (r) => this.resume(run, r));
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
        const timer = this.kubectl.setTimer(effect.timeoutMs, { id: 'kubectl.wait-timeout', params: {} }, () => {
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
