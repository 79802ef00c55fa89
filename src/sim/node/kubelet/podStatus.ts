import type { Condition, ContainerState, ContainerStatus, Pod, PodPhase, PodStatus } from '../../api/types.ts';

/**
 * Builds a pod's status from what the kubelet knows about its containers (kubelet_pods.go
 * generateAPIPodStatus, simplified): phase from the restart policy, and the five pod conditions.
 */
export interface ContainerView {
  name: string;
  image: string;
  imageID: string;
  containerID?: string;
  state: ContainerState;
  lastState: ContainerState;
  ready: boolean;
  started: boolean;
  restartCount: number;
  /** Will the kubelet start it again (restart policy and exit code)? */
  willRestart: boolean;
}

/** kubelet getPhase: counts running, waiting, stopped (terminated, or waiting after a termination) containers. */
export function podPhase(pod: Pod, containers: ContainerView[]): PodPhase {
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const c of containers) {
    if (c.state.running) running++;
    else if (c.state.terminated) {
      stopped++;
      if (c.state.terminated.exitCode === 0) succeeded++;
    } else if (c.state.waiting) {
      if (c.lastState.terminated) stopped++;
      else waiting++;
    }
  }
  if (waiting > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (stopped > 0) {
    const policy = pod.spec.restartPolicy ?? 'Always';
    if (policy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (policy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

function condition(type: string, ok: boolean, now: string, previous: Condition[] | undefined, reason?: string, message?: string): Condition {
  const status = ok ? 'True' : 'False';
  const old = previous?.find((c) => c.type === type);
  const c: Condition = { type, status, lastProbeTime: null, lastTransitionTime: old && old.status === status ? old.lastTransitionTime : now };
  if (!ok && reason) c.reason = reason;
  if (!ok && message) c.message = message;
  return c;
}

export function buildPodStatus(pod: Pod, containers: ContainerView[], opts: { now: string; sandboxReady: boolean; hostIP: string; podIP?: string; startTime: string }): PodStatus {
  const prev = pod.status?.conditions;
  const phase = podPhase(pod, containers);
  const unready = containers.filter((c) => !c.ready).map((c) => c.name);
  const allReady = unready.length === 0 && containers.length > 0;
  const terminal = phase === 'Succeeded' || phase === 'Failed';
  const readyReason = terminal ? 'PodCompleted' : 'ContainersNotReady';
  const readyMessage = terminal ? undefined : `containers with unready status: [${unready.join(' ')}]`;
  const conditions: Condition[] = [
    condition('PodReadyToStartContainers', opts.sandboxReady && !terminal, opts.now, prev),
    condition('Initialized', true, opts.now, prev),
    condition('Ready', allReady, opts.now, prev, readyReason, readyMessage),
    condition('ContainersReady', allReady, opts.now, prev, readyReason, readyMessage),
    condition('PodScheduled', true, opts.now, prev),
  ];
  const statuses: ContainerStatus[] = containers.map((c) => {
    const s: ContainerStatus = {
      image: c.image,
      imageID: c.imageID,
      lastState: c.lastState,
      name: c.name,
      ready: c.ready,
      restartCount: c.restartCount,
      started: c.started,
      state: c.state,
    };
    if (c.containerID) s.containerID = c.containerID;
    return s;
  });
  const status: PodStatus = {
    conditions,
    containerStatuses: statuses,
    hostIP: opts.hostIP,
    hostIPs: [{ ip: opts.hostIP }],
    phase,
    qosClass: pod.status?.qosClass,
    startTime: opts.startTime,
  } as PodStatus;
  if (opts.podIP) {
    status.podIP = opts.podIP;
    status.podIPs = [{ ip: opts.podIP }];
  }
  return status;
}
