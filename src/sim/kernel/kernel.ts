import { EventQueue } from './eventQueue.ts';
import type { LogEntry, Narration } from './log.ts';
import { createRng, type Rng } from './rng.ts';
import { errorDetail, notifySimulationError, simulationErrorNarration, type SimulationError } from './simulationError.ts';

/**
 * The discrete-event kernel: one queue of timed events on a virtual clock. Every message between
 * components and every timer is an event; step() delivers the earliest one and records it in the log.
 * Nothing here knows about Kubernetes.
 */
export interface EventSpec {
  from: string;
  to: string;
  kind: string;
  object?: string;
  narration: Narration;
  /** Background events (heartbeats, lease renewals, back-off retries, periodic resyncs) do not keep settle() running. */
  background?: boolean;
  /** Called at delivery; without it the kernel hands the event to its router (a message). */
  deliver?: () => void;
  /** Message payload (for routed events). */
  payload?: unknown;
}

interface QueuedEvent extends EventSpec {
  time: number;
  seq: number;
  cancelled: boolean;
  delivered: boolean;
}

/** Opaque handle of a scheduled event (the event itself: cancelling just marks it). */
export interface TimerHandle {
  readonly seq: number;
}

/** Upper bounds that keep settle() finite even if components keep talking (e.g. a controller hot loop). */
const SETTLE_MAX_STEPS = 2_000_000;
const SETTLE_MAX_VIRTUAL_MS = 30 * 60 * 1000;

/** Simulation errors kept for inspection (the count goes on; older records are dropped). */
const SIMULATION_ERRORS_KEPT = 100;
/**
 * Log entries kept by default. The log is a window: once it holds twice this many entries the older
 * half is released (a long session would otherwise keep every event, and what their narrations
 * hold, for ever). Nothing in the engine reads old entries; the player replays from step 0 to step
 * back, so it needs only the recent window (see components/sim/README.md).
 */
export const DEFAULT_LOG_WINDOW = 10_000;

/** Cancelled events tolerated in the heap before a sweep (see Kernel.cancel). */
const CANCELLED_SWEEP_MIN = 1024;

export class Kernel {
  readonly rng: Rng;
  readonly seed: number;
  /** The latest simulation errors (a component threw while handling an event): see simulationError.ts. */
  readonly simulationErrors: SimulationError[] = [];
  /** How many simulation errors happened in this kernel's life. */
  simulationErrorCount = 0;
  /** Simulation errors the terminal has not yet told the reader about. */
  private unreportedErrors: SimulationError[] = [];
  /** The latest delivered events (a window: log[0] is the event with seq `logStart`). */
  readonly log: LogEntry[] = [];
  /** Absolute position (seq) of log[0]: how many older entries were released. */
  logStart = 0;
  /** Entries the window keeps at least (it is trimmed back to this size when it reaches twice as many). */
  logWindow = DEFAULT_LOG_WINDOW;
  private readonly queue = new EventQueue<QueuedEvent>();
  private clock = 0;
  private seqCounter = 0;
  private foregroundPending = 0;
  /** Cancelled events still in the heap (they are dropped when they reach its top, or swept). */
  private cancelledQueued = 0;
  /** Observers (the player, tests) notified after each delivery. */
  private readonly listeners: ((entry: LogEntry) => void)[] = [];
  /** When false, log entries are not kept (benchmarks of pure throughput may switch this off). */
  keepLog = true;
  /** Delivers events scheduled without their own deliver function (messages between components). */
  router: ((event: { from: string; to: string; kind: string; payload?: unknown }) => void) | undefined;

  constructor(seed: number) {
    this.seed = seed;
    this.rng = createRng(seed);
  }

  /**
   * Records that `component` threw while handling one event (the safety net of step() and of the
   * command runner): a 'simulation-error' log entry, observers notified, the terminal told later.
   */
  recordSimulationError(component: string, during: string, thrown: unknown): SimulationError {
    const error: SimulationError = { time: this.clock, component, during, detail: errorDetail(thrown), seed: this.seed };
    this.simulationErrorCount++;
    this.simulationErrors.push(error);
    if (this.simulationErrors.length > SIMULATION_ERRORS_KEPT) this.simulationErrors.shift();
    if (this.unreportedErrors.length < SIMULATION_ERRORS_KEPT) this.unreportedErrors.push(error);
    const entry: LogEntry = { seq: this.logStart + this.log.length, time: this.clock, from: component, to: component, kind: 'simulation-error', narration: simulationErrorNarration(component, during) };
    if (this.keepLog) this.log.push(entry);
    notifySimulationError(error);
    return error;
  }

  /** Simulation errors not yet reported to the reader (emptied by the call). */
  takeUnreportedErrors(): SimulationError[] {
    return this.unreportedErrors.splice(0);
  }

  now(): number {
    return this.clock;
  }

  /** Schedules an event delayMs from now. Returns a handle that cancel() accepts. */
  schedule(delayMs: number, spec: EventSpec): TimerHandle {
    return this.post(delayMs, spec.from, spec.to, spec.kind, spec.object, spec.narration, spec.background, spec.deliver, spec.payload);
  }

  /** schedule() with the fields as arguments: the hot paths (messages, timers) build one object, not two. */
  post(
    delayMs: number, from: string, to: string, kind: string, object: string | undefined, narration: Narration,
    background: boolean | undefined, deliver: (() => void) | undefined, payload: unknown,
  ): TimerHandle {
    const seq = this.seqCounter++;
    const event: QueuedEvent = {
      from,
      to,
      kind,
      object,
      narration,
      background,
      deliver,
      payload,
      time: this.clock + (delayMs > 0 ? delayMs : 0),
      seq,
      cancelled: false,
      delivered: false,
    };
    if (!event.background) this.foregroundPending++;
    this.queue.push(event);
    return event;
  }

  cancel(handle: TimerHandle | undefined): void {
    if (!handle) return;
    const event = handle as QueuedEvent;
    if (event.cancelled || event.delivered) return;
    event.cancelled = true;
    if (!event.background) this.foregroundPending--;
    // A cancelled event stays in the heap until its time comes (it is dropped then, never delivered
    // or logged): let go of what it would have run, which can hold large object graphs until then.
    event.deliver = undefined;
    event.payload = undefined;
    // Most cancelled events are request timeouts that would sit in the heap for seconds of virtual
    // time (every etcd request has one): sweep them out once they are the bulk of the heap, so pushes
    // and pops stay cheap. The order of the remaining events does not change.
    if (++this.cancelledQueued > CANCELLED_SWEEP_MIN && this.cancelledQueued * 2 > this.queue.size) {
      this.queue.removeWhere((e) => e.cancelled);
      this.cancelledQueued = 0;
    }
  }

  /** Cancels every pending event addressed to or owned by a component (used when it stops). */
  cancelWhere(match: (e: { from: string; to: string; kind: string }) => boolean): void {
    for (const event of this.queue.items()) {
      if (!event.cancelled && match(event)) this.cancel(event);
    }
  }

  hasPending(): boolean {
    return this.foregroundPending > 0;
  }

  pendingCount(): number {
    return this.foregroundPending;
  }

  nextTime(): number | undefined {
    this.dropCancelledHead();
    return this.queue.peek()?.time;
  }

  /** Delivers the next event (background or not); undefined when the queue is empty. */
  step(): LogEntry | undefined {
    this.dropCancelledHead();
    const event = this.queue.pop();
    if (!event) return undefined;
    event.delivered = true;
    if (!event.background) this.foregroundPending--;
    this.clock = event.time;
    const { time, from, to, kind, object, narration } = event;
    const seq = this.logStart + this.log.length;
    const entry: LogEntry = object === undefined ? { seq, time, from, to, kind, narration } : { seq, time, from, to, kind, object, narration };
    if (event.background) entry.background = true;
    if (this.keepLog) {
      this.log.push(entry);
      if (this.log.length >= 2 * this.logWindow) this.releaseOldEntries();
    }
    // The component boundary: a handler that throws is a bug of the simulation. Report it and go
    // on with the next event instead of letting the exception end the caller's step/settle/exec.
    try {
      if (event.deliver) event.deliver();
      else this.router?.(event);
    } catch (thrown) {
      this.recordSimulationError(event.to, event.kind, thrown);
    }
    if (this.listeners.length) {
      for (const listener of this.listeners.slice()) {
        try {
          listener(entry);
        } catch (thrown) {
          this.recordSimulationError('observer', event.kind, thrown);
        }
      }
    }
    return entry;
  }

  /** Empties the log and starts its positions at 0 again (once, when a new cluster's clock starts). */
  clearLog(): void {
    this.log.length = 0;
    this.logStart = 0;
  }

  private releaseOldEntries(): void {
    const drop = this.log.length - this.logWindow;
    this.log.splice(0, drop);
    this.logStart += drop;
  }

  /** Delivers everything due within the next ms of virtual time, then moves the clock to now+ms. */
  advance(ms: number): number {
    const target = this.clock + Math.max(0, ms);
    let delivered = 0;
    for (;;) {
      const next = this.nextTime();
      if (next === undefined || next > target) break;
      this.step();
      delivered++;
    }
    this.clock = target;
    return delivered;
  }

  /**
   * Runs until no foreground event is pending (background events due earlier are delivered on the way).
   * Bounded by step and virtual-time limits so a component that keeps talking cannot hang the caller.
   */
  settle(until?: () => boolean): number {
    const deadline = this.clock + SETTLE_MAX_VIRTUAL_MS;
    let delivered = 0;
    while (this.foregroundPending > 0 && delivered < SETTLE_MAX_STEPS) {
      if (until && until()) break;
      const next = this.nextTime();
      if (next === undefined || next > deadline) break;
      this.step();
      delivered++;
    }
    return delivered;
  }

  /**
   * Makes the current instant virtual time 0 (used once, after start-up traffic, so that a fresh
   * cluster's clock reads 0). Pending events keep their distance from now.
   */
  rebase(): void {
    for (const event of this.queue.items()) event.time -= this.clock;
    this.clock = 0;
  }

  onDeliver(listener: (entry: LogEntry) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /**
   * A clock object for XState actors (createActor(machine, { clock })): delayed transitions become
   * kernel events owned by the given component, so they are ordered and logged like any message.
   * Timers from XState are treated as background by default (they are retries and periodic checks).
   */
  clockFor(componentId: string, opts: { background?: boolean } = {}): {
    setTimeout: (fn: (...args: unknown[]) => void, ms: number) => number;
    clearTimeout: (id: unknown) => void;
  } {
    return {
      setTimeout: (fn, ms) =>
        this.schedule(ms, {
          from: componentId,
          to: componentId,
          kind: 'timer',
          narration: { id: 'timer.fired', params: { component: componentId } },
          background: opts.background ?? true,
          deliver: () => fn(),
        }) as unknown as number,
      clearTimeout: (id) => this.cancel(id as unknown as TimerHandle),
    };
  }

  private dropCancelledHead(): void {
    let head = this.queue.peek();
    while (head && head.cancelled) {
      this.queue.pop();
      this.cancelledQueued--;
      head = this.queue.peek();
    }
  }
}
