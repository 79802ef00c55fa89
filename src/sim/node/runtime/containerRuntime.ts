import { setup } from 'xstate';
import { Component, type Message, type SimContext } from '../../cluster/component.ts';
import type { TimerHandle } from '../../kernel/kernel.ts';
import { findImage, imageDigest, parseImageRef, type ImageSpec } from './imageCatalogue.ts';
import { processOutcome, type ProcessOutcome } from './processModel.ts';
import { containerLogLines } from './containerLogs.ts';
import { imageStartLines } from './imageStartLogs.ts';
import { EPOCH_MS } from '../../api/meta.ts';
import type { ContainerExitedEvent, CriEnvelope, CriReplyEnvelope, CriRequest, CriResponse } from './cri.ts';
import { answerQuery, sandboxId, type RuntimeSandbox } from './criQueries.ts';
import type { Narration } from '../../kernel/log.ts';

/**
 * The node's container runtime (containerd behind the CRI): pulls images from the simulated registry,
 * creates and starts containers, and reports when a container's process exits.
 */
export const containerRuntimeMachine = setup({}).createMachine({
  id: 'container-runtime',
  initial: 'running',
  states: {
    running: { on: { STOP: 'stopped' } },
    stopped: { on: { START: 'running' } },
  },
});

export const SANDBOX_MS = 300;
export const CREATE_MS = 50;
export const START_MS = 100;
export const STOP_MS = 200;
export const FAILED_PULL_MS = 700;
/** Exits further away than this do not hold settle(): see the StartContainer case. */
export const LONG_RUNNING_EXIT_MS = 60_000;

export interface RuntimeContainer {
  id: string;
  podUid: string;
  podName: string;
  namespace: string;
  name: string;
  image: string;
  imageId: string;
  state: 'created' | 'running' | 'exited';
  outcome: ProcessOutcome;
  startedAt?: number;
  finishedAt?: number;
  exitCode?: number;
  exitTimer?: TimerHandle;
  /** The process's command line (entrypoint + args) for its log output. */
  argv?: string[];
  /** Creation order, to find the latest and the previous instance of a container. */
  serial?: number;
  /** When the container was created (virtual ms). */
  createdAt?: number;
  /** How many times the kubelet created this container in its pod before (crictl's ATTEMPT). */
  attempt?: number;
}

export class ContainerRuntime extends Component {
  readonly images = new Set<string>();
  readonly containers = new Map<string, RuntimeContainer>();
  /** Pod sandboxes by pod uid. */
  readonly sandboxes = new Map<string, RuntimeSandbox>();
  kubeletId: string;
  /**
   * Told when a container's process starts or ends (the node's process table): the cluster uses it
   * to run a control-plane component while its static pod's container runs.
   */
  onProcess?: (c: RuntimeContainer, running: boolean) => void;
  private serial = 0;

  constructor(sim: SimContext, node: string) {
    super(`container-runtime-${node}`, 'container-runtime', sim, node);
    this.kubeletId = `kubelet-${node}`;
    this.startActor(containerRuntimeMachine);
  }

  hasImage(image: string): boolean {
    const ref = parseImageRef(image);
    return !!ref && this.images.has(ref.full);
  }

  /** Containers started before the clock began (bootstrap static pods and add-ons). */
  adoptRunning(c: Omit<RuntimeContainer, 'state' | 'outcome'>): void {
    this.containers.set(c.id, { ...c, state: 'running', outcome: { kind: 'runs-forever', ignoresSigterm: false }, createdAt: c.startedAt, attempt: 0 });
    if (!this.sandboxes.has(c.podUid) && c.startedAt !== undefined) {
      this.sandboxes.set(c.podUid, { id: sandboxId(c.podUid, 0), podUid: c.podUid, name: c.podName, namespace: c.namespace, attempt: 0, ready: true, createdAt: c.startedAt - 1_000 });
    }
    const ref = parseImageRef(c.image);
    if (ref) this.images.add(ref.full);
  }

  protected override onMessage(msg: Message): void {
    if (msg.kind !== 'cri') return;
    const env = msg.payload as CriEnvelope;
    this.handle(msg.from, env.callId, env.request);
  }

  private reply(to: string, callId: number, response: CriResponse, delayMs: number, narration: Narration): void {
    const payload: CriReplyEnvelope = { callId, response };
    this.send(to, 'cri-reply', payload, narration, { delayMs });
  }

  private newContainerId(): string {
    let id = '';
    for (let i = 0; i < 64; i++) id += '0123456789abcdef'[this.sim.kernel.rng.int(16)];
    return id;
  }

  private handle(from: string, callId: number, req: CriRequest): void {
    switch (req.op) {
      case 'RunPodSandbox': {
        const before = this.sandboxes.get(req.podUid);
        const attempt = before ? before.attempt + 1 : 0;
        this.sandboxes.set(req.podUid, { id: sandboxId(req.podUid, attempt), podUid: req.podUid, name: req.podName, namespace: req.namespace, attempt, ready: true, createdAt: this.sim.now() + SANDBOX_MS });
      }
        return this.reply(from, callId, { ok: true, op: req.op }, SANDBOX_MS, { id: 'runtime.sandbox-ready', params: { pod: req.podName } });
      case 'StopPodSandbox':
        { const sb = this.sandboxes.get(req.podUid); if (sb) sb.ready = false; }
        return this.reply(from, callId, { ok: true, op: req.op }, 1, { id: 'runtime.sandbox-removed', params: {} });
      case 'PullImage': {
        const ref = parseImageRef(req.image);
        if (!ref) {
          return this.reply(from, callId, { ok: false, op: req.op, reason: 'InvalidImageName', error: `couldn't parse image name "${req.image}": invalid reference format` }, 1, { id: 'runtime.invalid-image', params: { image: req.image } });
        }
        const spec = findImage(ref);
        if (!spec || !spec.tags.includes(ref.tag)) {
          const error = !spec
            ? `failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`
            : `failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}": ${ref.full}: not found`;
          return this.reply(from, callId, { ok: false, op: req.op, reason: 'ErrImagePull', error }, FAILED_PULL_MS, { id: 'runtime.pull-failed', params: { image: ref.full } });
        }
        const pulledInMs = this.images.has(ref.full) ? 400 : spec.pullMs;
        this.images.add(ref.full);
        return this.reply(
          from,
          callId,
          { ok: true, op: req.op, imageRef: ref.full, imageId: `${ref.repository}@sha256:${imageDigest(ref)}`, sizeBytes: spec.sizeBytes, pulledInMs },
          pulledInMs,
          { id: 'runtime.pulled', params: { image: ref.full } },
        );
      }
      case 'CreateContainer': {
        const ref = parseImageRef(req.container.image ?? '');
        const spec = ref && findImage(ref);
        const id = this.newContainerId();
        const outcome: ProcessOutcome = spec
          ? processOutcome(spec as ImageSpec, req.container.command, req.container.args)
          : { kind: 'runs-forever', ignoresSigterm: false };
        this.containers.set(id, {
          id, podUid: req.podUid, podName: req.podName, namespace: req.namespace, name: req.container.name,
          image: req.container.image ?? '', imageId: ref ? `${ref.repository}@sha256:${imageDigest(ref)}` : '',
          state: 'created', outcome,
          argv: [...(req.container.command ?? []), ...(req.container.args ?? [])],
          serial: this.serial++,
          createdAt: this.sim.now() + CREATE_MS,
          attempt: this.containersOf(req.podUid).filter((x) => x.name === req.container.name).length,
        });
        return this.reply(from, callId, { ok: true, op: req.op, containerId: id }, CREATE_MS, { id: 'runtime.created', params: { container: req.container.name } });
      }
      case 'StartContainer': {
        const c = this.containers.get(req.containerId);
        if (!c) return this.reply(from, callId, { ok: false, op: req.op, reason: 'NotFound', error: 'container not found' }, 1, { id: 'runtime.container-not-found', params: {} });
        if (c.outcome.kind === 'start-error') {
          c.state = 'exited';
          c.exitCode = 128;
          c.startedAt = c.finishedAt = this.sim.now() + START_MS;
          return this.reply(from, callId, { ok: false, op: req.op, reason: 'StartError', error: c.outcome.message }, START_MS, { id: 'runtime.start-failed', params: { container: c.name } });
        }
        c.state = 'running';
        c.startedAt = this.sim.now() + START_MS;
        this.onProcess?.(c, true);
        if (c.outcome.kind === 'exits') {
          const outcome = c.outcome;
          c.exitTimer = this.setTimer(
            START_MS + outcome.afterMs,
            { id: 'runtime.process-exits', params: { container: c.name, exitCode: outcome.exitCode } },
            () => this.exited(c, outcome.exitCode),
            // A process that ends within a minute is part of what settle() waits for (a one-shot
            // busybox, a crashing container); one that sleeps for an hour is a steady state, so
            // its exit is background, like a heartbeat, and `kubectl run ... -- sleep 3600` settles.
            { kind: 'container-exit', object: `pods/${c.namespace}/${c.podName}`, background: outcome.afterMs > LONG_RUNNING_EXIT_MS },
          );
        }
        return this.reply(from, callId, { ok: true, op: req.op, containerId: c.id }, START_MS, { id: 'runtime.started', params: { container: c.name } });
      }
      case 'StopContainer': {
        const c = this.containers.get(req.containerId);
        if (!c || c.state !== 'running') {
          return this.reply(from, callId, { ok: true, op: req.op, exitCode: c?.exitCode ?? 0 }, 1, { id: 'runtime.already-stopped', params: {} });
        }
        this.clearTimer(c.exitTimer);
        // SIGTERM first; a process that ignores it (a shell or sleep as PID 1) is killed after the grace period.
        const ignores = c.outcome.kind !== 'start-error' && c.outcome.ignoresSigterm;
        const delay = ignores ? req.timeoutSeconds * 1000 : STOP_MS;
        const exitCode = ignores ? 137 : 0;
        c.state = 'exited';
        c.exitCode = exitCode;
        c.finishedAt = this.sim.now() + delay;
        this.onProcess?.(c, false);
        return this.reply(
          from,
          callId,
          { ok: true, op: req.op, exitCode },
          delay,
          { id: 'runtime.stopped', params: { container: c.name, killed: ignores } },
        );
      }
      default: {
        // crictl's questions: answered from the runtime's own records, at once.
        const query = answerQuery(this, req, this.sim.now());
        return this.reply(from, callId, { ok: true, op: req.op, query }, 1, { id: 'runtime.cri-answer', params: { op: req.op } });
      }
    }
  }

  private exited(c: RuntimeContainer, exitCode: number): void {
    if (c.state !== 'running') return;
    c.state = 'exited';
    c.exitCode = exitCode;
    c.finishedAt = this.sim.now();
    this.onProcess?.(c, false);
    const event: ContainerExitedEvent = { containerId: c.id, podUid: c.podUid, name: c.name, exitCode, startedAt: c.startedAt ?? 0, finishedAt: c.finishedAt };
    this.send(this.kubeletId, 'container-exited', event, { id: 'runtime.pleg', params: { container: c.name } }, { object: `pods/${c.namespace}/${c.podName}` });
  }

  /**
   * A container's log (CRI ReadLogs, what `kubectl logs` shows): the latest instance, or with
   * `previous` the one before it. Undefined when there is no such instance.
   */
  logs(podUid: string, name: string, previous: boolean): string | undefined {
    const instances = this.containersOf(podUid).filter((c) => c.name === name).sort((a, b) => (a.serial ?? -1) - (b.serial ?? -1));
    const c = previous ? instances[instances.length - 2] : instances[instances.length - 1];
    return c ? this.logsOf(c) : undefined;
  }

  /** What one container instance has printed so far (its log file). */
  logsOf(c: RuntimeContainer): string | undefined {
    if (c.startedAt === undefined) return undefined;
    const end = c.state === 'running' ? this.sim.now() : c.finishedAt ?? this.sim.now();
    // A container started with its image's own command prints what that image prints at start.
    const lines = c.argv?.length ? containerLogLines(c.argv, EPOCH_MS + c.startedAt, Math.max(0, end - c.startedAt)) : imageStartLines(parseImageRef(c.image), EPOCH_MS + c.startedAt);
    return lines.map((l) => `${l}\n`).join('');
  }

  /** Containers of a pod, newest last. */
  containersOf(podUid: string): RuntimeContainer[] {
    return [...this.containers.values()].filter((c) => c.podUid === podUid);
  }
}
