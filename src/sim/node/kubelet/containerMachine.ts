import { setup } from 'xstate';

/**
 * The life of one container as the kubelet tracks it. Waiting sub-states carry the reasons kubectl
 * shows (ContainerCreating, ErrImagePull, ImagePullBackOff, CrashLoopBackOff); the kubelet drives
 * the machine from CRI replies, PLEG exit events and its back-off timers.
 */
export const containerMachine = setup({
  types: {
    events: {} as
      | { type: 'PULL' }
      | { type: 'PULLED' }
      | { type: 'PULL_FAILED' }
      | { type: 'INVALID_IMAGE' }
      | { type: 'BACK_OFF' }
      | { type: 'RETRY' }
      | { type: 'CREATED' }
      | { type: 'CONFIG_ERROR' }
      | { type: 'STARTED' }
      | { type: 'START_FAILED' }
      | { type: 'EXITED' }
      | { type: 'RESTART' }
      | { type: 'KILL' }
      | { type: 'STOP' }
      | { type: 'START' },
  },
}).createMachine({
  id: 'container',
  initial: 'waiting',
  states: {
    waiting: {
      initial: 'containerCreating',
      states: {
        containerCreating: { on: { PULL: 'pulling', PULLED: 'creating', INVALID_IMAGE: 'invalidImageName' } },
        pulling: { on: { PULLED: 'creating', PULL_FAILED: 'errImagePull' } },
        errImagePull: { on: { BACK_OFF: 'imagePullBackOff', RETRY: 'pulling' } },
        imagePullBackOff: { on: { RETRY: 'pulling' } },
        invalidImageName: {},
        creating: { on: { CREATED: 'created', CONFIG_ERROR: 'createContainerConfigError' } },
        createContainerConfigError: { on: { RETRY: 'creating' } },
        created: { on: { STARTED: '#container.running', START_FAILED: '#container.terminated' } },
        crashLoopBackOff: { on: { RESTART: 'containerCreating' } },
      },
      on: { KILL: 'terminated' },
    },
    running: { on: { EXITED: 'terminated', KILL: 'terminated' } },
    terminated: {
      on: {
        RESTART: 'waiting.containerCreating',
        BACK_OFF: 'waiting.crashLoopBackOff',
      },
    },
  },
});

export const CONTAINER_EVENTS = ['PULL', 'PULLED', 'PULL_FAILED', 'INVALID_IMAGE', 'BACK_OFF', 'RETRY', 'CREATED', 'CONFIG_ERROR', 'STARTED', 'START_FAILED', 'EXITED', 'RESTART', 'KILL'];

/** The waiting reason kubectl shows for a machine state (undefined when not waiting). */
export function waitingReason(state: string): string | undefined {
  switch (state) {
    case 'waiting.containerCreating':
    case 'waiting.pulling':
    case 'waiting.creating':
    case 'waiting.created':
      return 'ContainerCreating';
    case 'waiting.errImagePull':
      return 'ErrImagePull';
    case 'waiting.imagePullBackOff':
      return 'ImagePullBackOff';
    case 'waiting.invalidImageName':
      return 'InvalidImageName';
    case 'waiting.crashLoopBackOff':
      return 'CrashLoopBackOff';
    case 'waiting.createContainerConfigError':
      return 'CreateContainerConfigError';
    default:
      return undefined;
  }
}
