import type { Container } from '../../api/types.ts';

/** The CRI calls the kubelet makes (runtime.v1 RuntimeService/ImageService), as kernel messages. */
export type CriRequest =
  | { op: 'RunPodSandbox'; podUid: string; podName: string; namespace: string }
  | { op: 'PullImage'; image: string }
  | { op: 'CreateContainer'; podUid: string; podName: string; namespace: string; container: Container }
  | { op: 'StartContainer'; containerId: string }
  | { op: 'StopContainer'; containerId: string; timeoutSeconds: number }
  | { op: 'StopPodSandbox'; podUid: string };

export type CriResponse =
  | { ok: true; op: CriRequest['op']; containerId?: string; imageRef?: string; imageId?: string; sizeBytes?: number; pulledInMs?: number; exitCode?: number }
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
