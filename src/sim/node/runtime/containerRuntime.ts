import { setup } from 'xstate';
import { Component, type Message, type SimContext } from '../../cluster/component.ts';
import type { TimerHandle } from '../../kernel/kernel.ts';
import { findImage, imageDigest, parseImageRef, type ImageSpec } from './imageCatalogue.ts';
import { processOutcome, type ProcessOutcome } from './processModel.ts';
import { containerLogLines } from './containerLogs.ts';
import { EPOCH_MS } from '../../api/meta.ts';
import type { ContainerExitedEvent, CriEnvelope, CriReplyEnvelope, CriRequest, CriResponse } from './cri.ts';

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
}

export class ContainerRuntime extends Component {
  readonly images = new Set<string>();
  readonly containers = new Map<string, RuntimeContainer>();
  kubeletId: string;
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
    this.containers.set(c.id, { ...c, state: 'running', outcome: { kind: 'runs-forever', ignoresSigterm: false } });
    const ref = parseImageRef(c.image);
    if (ref) this.images.add(ref.full);
  }

  protected override onMessage(msg: Message): void {
    if (msg.kind !== 'cri') return;
    const env = msg.payload as CriEnvelope;
    this.handle(msg.from, env.callId, env.request);
  }

  private reply(to: string, callId: number, response: CriResponse, delayMs: number, ko: string, en: string): void {
    const payload: CriReplyEnvelope = { callId, response };
    const caption = { ko, en };
    this.send(to, 'cri-reply', payload, caption, { delayMs });
  }

  private newContainerId(): string {
    let id = '';
    for (let i = 0; i < 64; i++) id += '0123456789abcdef'[this.sim.kernel.rng.int(16)];
    return id;
  }

  private handle(from: string, callId: number, req: CriRequest): void {
    switch (req.op) {
      case 'RunPodSandbox':
        return this.reply(from, callId, { ok: true, op: req.op }, SANDBOX_MS, `컨테이너 런타임이 ${req.podName} 파드의 샌드박스(pause 컨테이너와 네트워크)를 준비했다`, `the container runtime has set up the sandbox (pause container and network) of pod ${req.podName}`);
      case 'StopPodSandbox':
        return this.reply(from, callId, { ok: true, op: req.op }, 1, '컨테이너 런타임이 파드 샌드박스를 정리했다', 'the container runtime removed the pod sandbox');
      case 'PullImage': {
        const ref = parseImageRef(req.image);
        if (!ref) {
          return this.reply(from, callId, { ok: false, op: req.op, reason: 'InvalidImageName', error: `couldn't parse image name "${req.image}": invalid reference format` }, 1, `이미지 이름 ${req.image}이(가) 올바르지 않다`, `image name ${req.image} is invalid`);
        }
        const spec = findImage(ref);
        if (!spec || !spec.tags.includes(ref.tag)) {
          const error = !spec
            ? `failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`
            : `failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}": ${ref.full}: not found`;
          return this.reply(from, callId, { ok: false, op: req.op, reason: 'ErrImagePull', error }, FAILED_PULL_MS, `레지스트리에 ${ref.full} 이미지가 없어 풀(pull)이 실패한다`, `pulling ${ref.full} fails: the registry has no such image`);
        }
        const pulledInMs = this.images.has(ref.full) ? 400 : spec.pullMs;
        this.images.add(ref.full);
        return this.reply(
          from,
          callId,
          { ok: true, op: req.op, imageRef: ref.full, imageId: `${ref.repository}@sha256:${imageDigest(ref)}`, sizeBytes: spec.sizeBytes, pulledInMs },
          pulledInMs,
          `컨테이너 런타임이 ${ref.full} 이미지를 내려받았다`,
          `the container runtime has pulled ${ref.full}`,
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
        });
        return this.reply(from, callId, { ok: true, op: req.op, containerId: id }, CREATE_MS, `컨테이너 런타임이 ${req.container.name} 컨테이너를 생성했다`, `the container runtime created container ${req.container.name}`);
      }
      case 'StartContainer': {
        const c = this.containers.get(req.containerId);
        if (!c) return this.reply(from, callId, { ok: false, op: req.op, reason: 'NotFound', error: 'container not found' }, 1, '컨테이너를 찾을 수 없다', 'container not found');
        if (c.outcome.kind === 'start-error') {
          c.state = 'exited';
          c.exitCode = 128;
          c.startedAt = c.finishedAt = this.sim.now() + START_MS;
          return this.reply(from, callId, { ok: false, op: req.op, reason: 'StartError', error: c.outcome.message }, START_MS, `${c.name} 컨테이너의 프로세스를 시작하지 못했다`, `container ${c.name} failed to start its process`);
        }
        c.state = 'running';
        c.startedAt = this.sim.now() + START_MS;
        if (c.outcome.kind === 'exits') {
          const outcome = c.outcome;
          c.exitTimer = this.setTimer(
            START_MS + outcome.afterMs,
            { ko: `${c.name} 컨테이너의 프로세스가 종료 코드 ${outcome.exitCode}로 끝난다`, en: `the process of container ${c.name} exits with code ${outcome.exitCode}` },
            () => this.exited(c, outcome.exitCode),
            // A process that ends within a minute is part of what settle() waits for (a one-shot
            // busybox, a crashing container); one that sleeps for an hour is a steady state, so
            // its exit is background, like a heartbeat, and `kubectl run ... -- sleep 3600` settles.
            { kind: 'container-exit', object: `pods/${c.namespace}/${c.podName}`, background: outcome.afterMs > LONG_RUNNING_EXIT_MS },
          );
        }
        return this.reply(from, callId, { ok: true, op: req.op, containerId: c.id }, START_MS, `컨테이너 런타임이 ${c.name} 컨테이너를 시작했다`, `the container runtime started container ${c.name}`);
      }
      case 'StopContainer': {
        const c = this.containers.get(req.containerId);
        if (!c || c.state !== 'running') {
          return this.reply(from, callId, { ok: true, op: req.op, exitCode: c?.exitCode ?? 0 }, 1, '컨테이너가 이미 멈춰 있다', 'the container is already stopped');
        }
        this.clearTimer(c.exitTimer);
        // SIGTERM first; a process that ignores it (a shell or sleep as PID 1) is killed after the grace period.
        const ignores = c.outcome.kind !== 'start-error' && c.outcome.ignoresSigterm;
        const delay = ignores ? req.timeoutSeconds * 1000 : STOP_MS;
        const exitCode = ignores ? 137 : 0;
        c.state = 'exited';
        c.exitCode = exitCode;
        c.finishedAt = this.sim.now() + delay;
        return this.reply(
          from,
          callId,
          { ok: true, op: req.op, exitCode },
          delay,
          ignores ? `${c.name} 컨테이너가 SIGTERM을 무시해 유예 기간 뒤 SIGKILL로 종료된다` : `${c.name} 컨테이너가 SIGTERM을 받고 종료된다`,
          ignores ? `container ${c.name} ignored SIGTERM and is killed after the grace period` : `container ${c.name} stops on SIGTERM`,
        );
      }
    }
  }

  private exited(c: RuntimeContainer, exitCode: number): void {
    if (c.state !== 'running') return;
    c.state = 'exited';
    c.exitCode = exitCode;
    c.finishedAt = this.sim.now();
    const event: ContainerExitedEvent = { containerId: c.id, podUid: c.podUid, name: c.name, exitCode, startedAt: c.startedAt ?? 0, finishedAt: c.finishedAt };
    this.send(this.kubeletId, 'container-exited', event, {
      ko: `kubelet(PLEG)이 ${c.name} 컨테이너의 종료를 알아챈다`,
      en: `the kubelet (PLEG) notices that container ${c.name} exited`,
    }, { object: `pods/${c.namespace}/${c.podName}` });
  }

  /**
   * A container's log (CRI ReadLogs, what `kubectl logs` shows): the latest instance, or with
   * `previous` the one before it. Undefined when there is no such instance.
   */
  logs(podUid: string, name: string, previous: boolean): string | undefined {
    const instances = this.containersOf(podUid).filter((c) => c.name === name).sort((a, b) => (a.serial ?? -1) - (b.serial ?? -1));
    const c = previous ? instances[instances.length - 2] : instances[instances.length - 1];
    if (!c || c.startedAt === undefined) return undefined;
    const end = c.state === 'running' ? this.sim.now() : c.finishedAt ?? this.sim.now();
    const lines = containerLogLines(c.argv ?? [], EPOCH_MS + c.startedAt, Math.max(0, end - c.startedAt));
    return lines.map((l) => `${l}\n`).join('');
  }

  /** Containers of a pod, newest last. */
  containersOf(podUid: string): RuntimeContainer[] {
    return [...this.containers.values()].filter((c) => c.podUid === podUid);
  }
}
