import type { Container } from '../../api/types.ts';

/** The CRI calls the kubelet makes (runtime.v1 RuntimeService/ImageService), as kernel messages. */
export type CriRequest =
  | { op: 'RunPodSandbox'; podUid: string; podName: string; namespace: string }
  | { op: 'PullImage'; image: string }
  | { op: 'CreateContainer'; podUid: string; podName: string; namespace: string; container: Container }
  | { op: 'StartContainer'; containerId: string }
  | { op: 'StopContainer'; containerId: string; timeoutSeconds: number }
  | { op: 'StopPodSandbox'; podUid: string }
  // What crictl asks (RuntimeService.ListContainers/ListPodSandbox/ContainerStatus/PodSandboxStatus, ImageService.ListImages;
  // `crictl logs` reads the log file ContainerStatus names, here asked of the runtime directly).
  | { op: 'ListContainers'; all: boolean }
  | { op: 'ListPodSandbox' }
  | { op: 'ListImages' }
  | { op: 'ContainerStatus'; containerId: string }
  | { op: 'PodSandboxStatus'; podSandboxId: string }
  | { op: 'ReadLogs'; containerId: string };

/** A container as the runtime lists it (runtime.v1 Container/ContainerStatus, the fields crictl shows). */
export interface CriContainer {
  id: string;
  podSandboxId: string;
  name: string;
  attempt: number;
  /** The image reference the kubelet asked for, and the image's id (sha256:...). */
  image: string;
  imageRef: string;
  imageId: string;
  state: 'CONTAINER_CREATED' | 'CONTAINER_RUNNING' | 'CONTAINER_EXITED';
  /** Virtual ms. */
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  exitCode?: number;
  podName: string;
  namespace: string;
  podUid: string;
  argv: string[];
  pid?: number;
}

export interface CriSandbox {
  id: string;
  name: string;
  namespace: string;
  uid: string;
  attempt: number;
  state: 'SANDBOX_READY' | 'SANDBOX_NOTREADY';
  createdAt: number;
  ip?: string;
  hostNetwork: boolean;
}

export interface CriImage {
  id: string;
  repoTags: string[];
  repoDigests: string[];
  size: number;
}

/** The answer to one of crictl's calls (a CriNotFound text when the id matches nothing). */
export type CriQueryResult =
  | { containers: CriContainer[] }
  | { sandboxes: CriSandbox[] }
  | { images: CriImage[] }
  | { container: CriContainer }
  | { sandbox: CriSandbox }
  | { logs: string }
  | { notFound: string };

export type CriResponse =
  | { ok: true; op: CriRequest['op']; containerId?: string; imageRef?: string; imageId?: string; sizeBytes?: number; pulledInMs?: number; exitCode?: number; query?: CriQueryResult }
  | { ok: false; op: CriRequest['op']; error: string; reason: 'ErrImagePull' | 'InvalidImageName' | 'StartError' | 'NotFound' };

export interface CriEnvelope {
  callId: number;
  request: CriRequest;
}

export interface CriReplyEnvelope {
  callId: number;
  response: CriResponse;
}

/** Sent by the runtime when a container's process ends on its own (what PLEG would notice). */
export interface ContainerExitedEvent {
  containerId: string;
  podUid: string;
  name: string;
  exitCode: number;
  startedAt: number;
  finishedAt: number;
}
