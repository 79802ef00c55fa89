import { configHash } from '../kubelet/staticPodSource.ts';
import type { ContainerRuntime, RuntimeContainer } from './containerRuntime.ts';
import type { CriContainer, CriImage, CriQueryResult, CriRequest, CriSandbox } from './cri.ts';
import { findImage, imageDigest, parseImageRef } from './imageCatalogue.ts';

/**
 * The runtime's answers to crictl (the list and status calls of runtime.v1). They read the
 * runtime's records only; nothing changes. Exited containers and stopped sandboxes of pods that
 * are gone disappear a minute after their last container ended, standing in for the kubelet's
 * container garbage collection (which removes them through RemoveContainer/RemovePodSandbox).
 */
export interface RuntimeSandbox {
  id: string;
  podUid: string;
  name: string;
  namespace: string;
  attempt: number;
  ready: boolean;
  createdAt: number;
}

export const GC_AFTER_MS = 60_000;

/** A sandbox id: 64 hex digits, derived from the pod uid and attempt (no draw from the seeded random stream). */
export function sandboxId(podUid: string, attempt: number): string {
  return (configHash('sandbox', podUid, String(attempt)) + configHash('sandbox2', podUid, String(attempt))).slice(0, 64);
}

/** A container's process id on the node (deterministic, from its id). */
export function containerPid(id: string): number {
  return 1000 + (Number.parseInt(id.slice(0, 6), 16) % 60000);
}

function collected(runtime: ContainerRuntime, sb: RuntimeSandbox, now: number): boolean {
  const containers = runtime.containersOf(sb.podUid);
  if (containers.some((c) => c.state !== 'exited')) return false;
  const last = Math.max(sb.createdAt, ...containers.map((c) => c.finishedAt ?? 0));
  return containers.length > 0 && now - last > GC_AFTER_MS;
}

export function criContainer(runtime: ContainerRuntime, c: RuntimeContainer): CriContainer {
  const ref = parseImageRef(c.image);
  const sb = runtime.sandboxes.get(c.podUid);
  return {
    id: c.id,
    podSandboxId: sb?.id ?? sandboxId(c.podUid, 0),
    name: c.name,
    attempt: c.attempt ?? 0,
    image: ref?.full ?? c.image,
    imageRef: c.imageId,
    imageId: `sha256:${ref ? imageDigest({ ...ref, full: `${ref.full}#config` }) : configHash(c.image)}`,
    state: c.state === 'running' ? 'CONTAINER_RUNNING' : c.state === 'exited' ? 'CONTAINER_EXITED' : 'CONTAINER_CREATED',
    createdAt: c.createdAt ?? c.startedAt ?? 0,
    startedAt: c.startedAt,
    finishedAt: c.state === 'exited' ? c.finishedAt : undefined,
    exitCode: c.exitCode,
    podName: c.podName,
    namespace: c.namespace,
    podUid: c.podUid,
    argv: c.argv ?? [],
    pid: c.state === 'running' ? containerPid(c.id) : undefined,
  };
}

function criSandbox(sb: RuntimeSandbox): CriSandbox {
  return { id: sb.id, name: sb.name, namespace: sb.namespace, uid: sb.podUid, attempt: sb.attempt, state: sb.ready ? 'SANDBOX_READY' : 'SANDBOX_NOTREADY', createdAt: sb.createdAt, hostNetwork: false };
}

function visibleSandboxes(runtime: ContainerRuntime, now: number): RuntimeSandbox[] {
  return [...runtime.sandboxes.values()].filter((sb) => !collected(runtime, sb, now) && sb.createdAt <= now);
}

/** Finds a container by id or unique id prefix, as crictl does. */
function byPrefix<T extends { id: string }>(items: T[], prefix: string): T | undefined | 'ambiguous' {
  const exact = items.find((i) => i.id === prefix);
  if (exact) return exact;
  const matches = items.filter((i) => prefix.length > 0 && i.id.startsWith(prefix));
  return matches.length > 1 ? 'ambiguous' : matches[0];
}

export function answerQuery(runtime: ContainerRuntime, req: CriRequest, now: number): CriQueryResult {
  const sandboxes = visibleSandboxes(runtime, now);
  const live = new Set(sandboxes.map((s) => s.podUid));
  const containers = [...runtime.containers.values()].filter((c) => live.has(c.podUid) && (c.createdAt ?? 0) <= now);
  switch (req.op) {
    case 'ListContainers':
      return { containers: containers.filter((c) => req.all || c.state === 'running').map((c) => criContainer(runtime, c)) };
    case 'ListPodSandbox':
      return { sandboxes: sandboxes.map((sb) => criSandbox(sb)) };
    case 'ListImages': {
      const images: CriImage[] = [];
      for (const full of [...runtime.images].sort()) {
        const ref = parseImageRef(full);
        if (!ref) continue;
        images.push({ id: `sha256:${imageDigest({ ...ref, full: `${ref.full}#config` })}`, repoTags: [ref.full], repoDigests: [`${ref.repository}@sha256:${imageDigest(ref)}`], size: findImage(ref)?.sizeBytes ?? 0 });
      }
      return { images };
    }
    case 'ContainerStatus':
    case 'ReadLogs': {
      const c = byPrefix(containers, req.containerId);
      if (!c || c === 'ambiguous') return { notFound: req.containerId };
      if (req.op === 'ContainerStatus') return { container: criContainer(runtime, c) };
      return { logs: runtime.logsOf(c) ?? '' };
    }
    case 'PodSandboxStatus': {
      const sb = byPrefix(sandboxes, req.podSandboxId);
      if (!sb || sb === 'ambiguous') return { notFound: req.podSandboxId };
      return { sandbox: criSandbox(sb) };
    }
    default:
      return { notFound: '' };
  }
}
