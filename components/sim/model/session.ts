// A reader's run of a scenario, steppable in both directions. The engine is deterministic, so the
// state at any step is rebuilt by replaying the recorded inputs from a fresh cluster (the robust way
// to step back: XState cannot restore pending timers from a persisted snapshot). Acting while in
// the past discards the recorded future after that point and starts a new one, as RaftScope does.
import type { EditRequestView, ExecResultView, LogEntryView, PlayerCluster } from './cluster-contract.ts';
import { filesForCommand } from './files.ts';
import { isValidFaultTarget } from './names.ts';

export type FaultKind = 'stopKubelet' | 'startKubelet' | 'stopEtcdMember' | 'startEtcdMember' | 'deletePod';

/** A reader's action, stamped with the step position it was taken at. */
export type Input =
  | { at: number; cmd: string; files?: Record<string, string> }
  | { at: number; fault: FaultKind; target: string }
  /** The editor's answer to the line waiting on it: the saved text, or null (quit without writing). */
  | { at: number; edit: string | null };

export type Action = { cmd: string; files?: Record<string, string> } | { fault: FaultKind; target: string } | { edit: string | null };

export interface TranscriptEntry {
  line: string;
  /** Step position at which the command was issued. */
  at: number;
  /** True for the scenario's own start commands. */
  scripted: boolean;
  /** Engine command id (submit) or, when the engine only offers exec, the finished result. */
  id?: number | string;
  done?: ExecResultView;
}

export interface SessionConfig<C extends PlayerCluster> {
  create: () => C;
  setup?: readonly string[];
  start?: readonly string[];
  /** Files the setup and start commands may read (the scenario's own, never the page's: replays must not depend on it). */
  files?: Readonly<Record<string, string>>;
  /** The terminal session's files at the start (the note's titled blocks, files kept from a visit): `ls` lists them. */
  initialFiles?: Readonly<Record<string, string>>;
}

/** Steps a single command may take before the player gives up waiting for its result. */
export const MAX_COMMAND_STEPS = 5_000;

export class Session<C extends PlayerCluster> {
  cluster!: C;
  /** Steps delivered since the scenario's start. */
  position = 0;
  inputs: Input[] = [];
  /** Furthest position of the current future (known without re-running). */
  horizon = 0;
  /**
   * Log of the run that reached the horizon (the engine's window: horizonLog[i] is the entry at
   * absolute index i + horizonLogStart) and its marks (absolute indices).
   */
  horizonLog: readonly LogEntryView[] = [];
  horizonMarks: number[] = [];
  private horizonCluster: C | undefined;
  /** Log length before step 0 (setup events are not stepped through). */
  base = 0;
  /** marks[p] = log length once position p (and its inputs) was reached. */
  marks: number[] = [];
  transcript: TranscriptEntry[] = [];
  /** Set when the last action discarded a recorded future. */
  forked = false;

  private readonly config: SessionConfig<C>;

  constructor(config: SessionConfig<C>) {
    this.config = config;
    this.rebuild(0);
    this.trackHorizon();
  }

  /** Restores a recorded run: replays inputs (keeping those after `position` as the future). */
  restore(inputs: Input[], position: number): void {
    this.inputs = inputs
      .filter((i) => Number.isInteger(i.at) && i.at >= 0)
      .sort((a, b) => a.at - b.at);
    const furthest = Math.max(position, ...this.inputs.map((i) => i.at));
    this.horizon = 0;
    this.rebuild(furthest);
    this.trackHorizon();
    if (this.position > position) this.rebuild(position);
  }

  /** Fresh start: no inputs, position 0. */
  reset(): void {
    this.inputs = [];
    this.horizon = 0;
    this.forked = false;
    this.rebuild(0);
    this.trackHorizon();
  }

  forward(): LogEntryView | undefined {
    const entry = this.stepOnce();
    this.trackHorizon();
    return entry;
  }

  back(): void {
    if (this.position > 0) this.rebuild(this.position - 1);
  }

  /** Steps until an entry `shown` accepts is delivered (others are delivered and recorded on the way). */
  forwardTo(shown: (entry: LogEntryView) => boolean, maxSteps = MAX_COMMAND_STEPS): LogEntryView | undefined {
    let entry: LogEntryView | undefined;
    for (let steps = 0; steps < maxSteps; steps++) {
      entry = this.stepOnce();
      if (!entry || shown(entry)) break;
    }
    this.trackHorizon();
    return entry;
  }

  /** Goes back to the latest earlier step whose entry `shown` accepts (step 0 if there is none). */
  backTo(shown: (entry: LogEntryView) => boolean): void {
    if (this.position === 0) return;
    let p = this.position - 1;
    while (p > 0) {
      const entry = this.entryAt(p);
      if (entry && shown(entry)) break;
      p--;
    }
    this.rebuild(p);
  }

  /** The entry delivered by step p (p <= position); undefined once the engine released it. */
  entryAt(p: number): LogEntryView | undefined {
    if (p < 1 || p > this.position) return undefined;
    return this.logAt(this.marks[p - 1]);
  }

  /** Absolute index of the horizon log's first kept entry. */
  get horizonLogStart(): number {
    return this.horizonCluster?.logStart ?? 0;
  }

  /** Absolute index of the current cluster's first kept log entry. */
  get logStart(): number {
    return this.cluster.logStart ?? 0;
  }

  /** Absolute length of the current cluster's log (entries released included). */
  logLength(): number {
    return this.logStart + this.cluster.log.length;
  }

  /** The current cluster's log entry at absolute index `index` (undefined if released). */
  logAt(index: number): LogEntryView | undefined {
    const i = index - this.logStart;
    return i >= 0 ? this.cluster.log[i] : undefined;
  }

  /** Moves to any position: backwards by replay, forwards by stepping (stops early if nothing is pending). */
  jump(target: number): void {
    const to = Math.max(0, Math.floor(target));
    if (to < this.position) this.rebuild(to);
    while (this.position < to && this.stepOnce()) {
      /* stepping */
    }
    this.trackHorizon();
  }

  /**
   * Steps until the virtual clock has moved `ms` past its current time (the event that crosses the
   * mark is delivered too), or the step budget runs out. Every step is recorded like any other.
   */
  advanceTime(ms: number, maxSteps = MAX_COMMAND_STEPS): void {
    this.advanceTo(this.cluster.now() + ms, maxSteps);
  }

  /** Steps until the virtual clock reaches `target` (the event that crosses it is delivered too); live mode's tick. */
  advanceTo(target: number, maxSteps = MAX_COMMAND_STEPS): void {
    let steps = 0;
    while (this.cluster.now() < target && steps < maxSteps && this.stepOnce()) steps++;
    this.trackHorizon();
  }

  /** Applies a reader action at the current position; in the past this forks a new future. */
  act(action: Action): TranscriptEntry | undefined {
    this.forked = false;
    if (this.position < this.horizon) {
      this.inputs = this.inputs.filter((i) => i.at <= this.position);
      this.forked = true;
    }
    const input = { ...action, at: this.position } as Input;
    this.inputs.push(input);
    const entry = this.apply(input);
    this.marks[this.position] = this.logLength();
    this.horizon = this.position;
    this.trackHorizon();
    return entry;
  }

  /** Steps until the command finishes, waits on the reader's editor, or the step budget runs out; returns its result. */
  runUntilDone(entry: TranscriptEntry, maxSteps = MAX_COMMAND_STEPS): ExecResultView | undefined {
    let steps = 0;
    while (!this.resultOf(entry) && !this.pendingEdit() && steps < maxSteps && this.stepOnce()) steps++;
    this.trackHorizon();
    return this.resultOf(entry);
  }

  /** The editor the current line waits on, if any (the player shows it in place of the terminal). */
  pendingEdit(): EditRequestView | undefined {
    return this.cluster.pendingEdit?.();
  }

  resultOf(entry: TranscriptEntry): ExecResultView | undefined {
    if (entry.done) return entry.done;
    // The engine keeps only recent results of finished commands: keep this one with the transcript.
    const result = entry.id === undefined ? undefined : this.cluster.result(entry.id);
    if (result) entry.done = result;
    return result;
  }

  /** The log entry delivered by the latest step, if any. */
  currentEntry(): LogEntryView | undefined {
    if (this.position === 0) return undefined;
    const end = this.marks[this.position] ?? this.logLength();
    return end > this.base ? this.logAt(end - 1) : undefined;
  }

  /** Position at which the horizon log entry with absolute index `index` is delivered. */
  positionOfEntry(index: number): number {
    const marks = this.horizonMarks;
    let lo = 0;
    let hi = marks.length - 1;
    if (hi < 0 || index >= marks[hi]) return Math.max(0, hi);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid] > index) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private rebuild(target: number): void {
    const cluster = this.config.create();
    this.cluster = cluster;
    if (this.config.initialFiles) cluster.writeFiles?.({ ...this.config.initialFiles });
    for (const line of this.config.setup ?? []) {
      const files = filesForCommand(line, this.config.files ?? {});
      cluster.exec(line, files ? { files } : undefined);
    }
    cluster.settle();
    this.base = this.logLength();
    this.position = 0;
    this.transcript = [];
    this.marks = [];
    for (const line of this.config.start ?? []) this.startCommand(line, 0, true, filesForCommand(line, this.config.files ?? {}));
    this.applyInputsAt(0);
    this.marks[0] = this.logLength();
    while (this.position < target && this.stepOnce()) {
      /* replaying */
    }
  }

  private stepOnce(): LogEntryView | undefined {
    const entry = this.cluster.step();
    if (!entry) return undefined;
    this.position++;
    this.applyInputsAt(this.position);
    this.marks[this.position] = this.logLength();
    return entry;
  }

  private applyInputsAt(position: number): void {
    for (const input of this.inputs) if (input.at === position) this.apply(input);
  }

  private apply(input: Input): TranscriptEntry | undefined {
    if ('cmd' in input) return this.startCommand(input.cmd, input.at, false, input.files);
    if ('edit' in input) {
      // The line the editor belonged to goes on: its transcript entry is the one still running.
      const waiting = [...this.transcript].reverse().find((t) => !this.resultOf(t));
      return this.cluster.answerEdit?.(input.edit) ? waiting : undefined;
    }
    // A target that is not a plain name is ignored: it may only ever name an object.
    if (!isValidFaultTarget(input.fault, input.target)) return undefined;
    const c = this.cluster;
    switch (input.fault) {
      case 'stopKubelet':
        c.stopKubelet(input.target);
        break;
      case 'startKubelet':
        c.startKubelet(input.target);
        break;
      case 'stopEtcdMember':
        c.stopEtcdMember(input.target);
        break;
      case 'startEtcdMember':
        c.startEtcdMember(input.target);
        break;
      case 'deletePod': {
        const slash = input.target.indexOf('/');
        c.deletePod(input.target.slice(0, slash), input.target.slice(slash + 1));
        break;
      }
    }
    return undefined;
  }

  private startCommand(line: string, at: number, scripted: boolean, files?: Record<string, string>): TranscriptEntry {
    const opts = files ? { files } : undefined;
    const entry: TranscriptEntry = { line, at, scripted };
    if (typeof this.cluster.submit === 'function') entry.id = this.cluster.submit(line, opts).id;
    else entry.done = this.cluster.exec(line, opts);
    this.transcript.push(entry);
    return entry;
  }

  private trackHorizon(): void {
    if (this.position >= this.horizon) {
      this.horizon = this.position;
      this.horizonLog = this.cluster.log;
      this.horizonCluster = this.cluster;
      this.horizonMarks = this.marks;
    }
  }
}
