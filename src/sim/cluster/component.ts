import { createActor, type AnyActorRef, type AnyStateMachine } from 'xstate';
import type { Kernel, TimerHandle } from '../kernel/kernel.ts';
import type { Narration } from '../kernel/log.ts';
import { timestamp } from '../api/meta.ts';
import { ApiClient } from '../apiserver/client.ts';
import { StateTable } from './stateTable.ts';

/**
 * Base of every simulated component (kube-apiserver, etcd members, kube-scheduler, kubelets, ...).
 * A component receives kernel messages, talks to kube-apiserver through its ApiClient, sets timers on
 * the virtual clock, and keeps its lifecycle in an XState actor whose state the player draws.
 */
export type ComponentKind =
  | 'etcd' | 'kube-apiserver' | 'kube-scheduler' | 'kube-controller-manager'
  | 'kubelet' | 'kube-proxy' | 'container-runtime' | 'client';

export interface Message<P = unknown> {
  from: string;
  to: string;
  kind: string;
  payload: P;
}

export interface SendOptions<P = unknown> {
  from: string;
  to: string;
  kind: string;
  payload: P;
  narration: Narration;
  object?: string;
  background?: boolean;
  /** Network/processing latency; defaults to NETWORK_LATENCY_MS. */
  delayMs?: number;
}

/** One hop between components. Small and fixed so runs are deterministic and logs read naturally. */
export const NETWORK_LATENCY_MS = 1;

export interface SimContext {
  readonly kernel: Kernel;
  send<P>(opts: SendOptions<P>): void;
  component(id: string): Component | undefined;
  now(): number;
  /** RFC 3339 timestamp of the current virtual time. */
  timestamp(): string;
}

export function createSimContext(kernel: Kernel, registry: Map<string, Component>): SimContext {
  // Messages are routed by the kernel: the queued event itself is the Message (no closure per send).
  kernel.router = (event) => {
    const target = registry.get(event.to);
    // A stopped component's network endpoint is gone: the message is lost, as on a real host.
    if (target && target.up) target.receive(event as Message);
  };
  return {
    kernel,
    send(opts) {
      kernel.post(opts.delayMs ?? NETWORK_LATENCY_MS, opts.from, opts.to, opts.kind, opts.object, opts.narration, opts.background, undefined, opts.payload);
    },
    component: (id) => registry.get(id),
    now: () => kernel.now(),
    timestamp: () => timestamp(kernel.now()),
  };
}

export abstract class Component {
  readonly id: string;
  readonly kind: ComponentKind;
  readonly node: string | undefined;
  readonly sim: SimContext;
  readonly api: ApiClient;
  up = true;
  /** Lifecycle actor; subclasses create it in their constructor with this.startActor(). */
  protected actor: AnyActorRef | undefined;
  protected machineDef: AnyStateMachine | undefined;
  private timers = new Set<TimerHandle>();

  constructor(id: string, kind: ComponentKind, sim: SimContext, node?: string) {
    this.id = id;
    this.kind = kind;
    this.sim = sim;
    this.node = node;
    this.api = new ApiClient(this);
  }

  /** Lifecycle driven through a transition table instead of an actor (see useLifecycleTable). */
  private lifecycleTable: StateTable | undefined;
  private lifecycleState = '';

  /**
   * For machines without timers or actions whose state changes on hot paths: the lifecycle follows
   * the machine's own transitions through a table, without an actor's cost per event.
   */
  protected useLifecycleTable(machine: AnyStateMachine, events: string[]): void {
    this.machineDef = machine;
    this.lifecycleTable = new StateTable(machine, events);
    this.lifecycleState = this.lifecycleTable.initial;
  }

  /** Sends a lifecycle event to the actor or the table. */
  protected sendLifecycle(type: string): void {
    if (this.lifecycleTable) this.lifecycleState = this.lifecycleTable.next(this.lifecycleState, type);
    else this.actor?.send({ type });
  }

  /** Starts the XState actor that holds this component's lifecycle state; its delayed transitions run on the kernel. */
  protected startActor(machine: AnyStateMachine, input?: unknown): AnyActorRef {
    this.machineDef = machine;
    this.actor = createActor(machine, { input, clock: this.sim.kernel.clockFor(this.id) } as never);
    this.actor.start();
    return this.actor;
  }

  receive(msg: Message): void {
    if (msg.kind === 'response') this.api.handleResponse(msg.payload as never);
    else if (msg.kind === 'watch') this.api.handleWatch(msg.payload as never);
    else this.onMessage(msg);
    this.afterDelivery();
  }

  /** Runs after every delivered message or timer of this component (e.g. to flush batched status). */
  protected afterDelivery(): void {}

  /** Messages other than API responses and watch events. */
  protected onMessage(_msg: Message): void {}

  /** A timer on the virtual clock, logged when it fires. Background timers do not keep settle() running. */
  setTimer(ms: number, narration: Narration, fn: () => void, opts: { background?: boolean; kind?: string; object?: string } = {}): TimerHandle {
    const handle: TimerHandle = this.sim.kernel.post(ms, this.id, this.id, opts.kind ?? 'timer', opts.object, narration, opts.background ?? false, () => {
      this.timers.delete(handle);
      if (this.up) {
        fn();
        this.afterDelivery();
      }
    }, undefined);
    this.timers.add(handle);
    return handle;
  }

  clearTimer(handle: TimerHandle | undefined): void {
    if (!handle) return;
    this.timers.delete(handle);
    this.sim.kernel.cancel(handle);
  }

  /** Stops the process: timers are cancelled and in-flight replies are lost. */
  stop(): void {
    if (!this.up) return;
    this.up = false;
    for (const t of this.timers) this.sim.kernel.cancel(t);
    this.timers.clear();
    this.api.reset();
    this.sendLifecycle('STOP');
    this.onStop();
  }

  start(): void {
    if (this.up) return;
    this.up = true;
    this.sendLifecycle('START');
    this.onStart();
  }

  protected onStop(): void {}
  protected onStart(): void {}

  /** Current state value of the lifecycle actor, as a string ('running', 'stopped', 'scheduling.binding'). */
  stateValue(): string {
    if (this.lifecycleTable) return this.lifecycleState;
    const value = this.actor?.getSnapshot().value;
    if (value === undefined) return this.up ? 'running' : 'stopped';
    return typeof value === 'string' ? value : flattenState(value as Record<string, unknown>);
  }

  machine(): AnyStateMachine | undefined {
    return this.machineDef;
  }

  send(to: string, kind: string, payload: unknown, narration: Narration, opts?: { object?: string; background?: boolean; delayMs?: number }): void {
    // The hottest call of the engine: one object literal, no spread of the options.
    this.sim.send({ from: this.id, to, kind, payload, narration, object: opts?.object, background: opts?.background, delayMs: opts?.delayMs });
  }
}

function flattenState(value: Record<string, unknown>): string {
  const [key] = Object.keys(value);
  const inner = value[key];
  if (typeof inner === 'string') return `${key}.${inner}`;
  if (inner && typeof inner === 'object' && Object.keys(inner).length) return `${key}.${flattenState(inner as Record<string, unknown>)}`;
  return key;
}
