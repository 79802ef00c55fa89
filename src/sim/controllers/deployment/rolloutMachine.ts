// The rollout of one Deployment as its Progressing condition tells it: a small state machine that
// documents the controller's behaviour (and is checked against it by model-based tests), plus the
// mapping from a live Deployment to a state for the player's rollout panel.
import { setup } from 'xstate';
import type { Deployment } from '../../api/types.ts';

export type RolloutEvent =
  | { type: 'NEW_TEMPLATE' } // kubectl set image / edit of spec.template
  | { type: 'PODS_READY' } // time passes: pods become ready, the controller finishes what it may
  | { type: 'PAUSE' }
  | { type: 'RESUME' };

export const rolloutMachine = setup({ types: { events: {} as RolloutEvent } }).createMachine({
  id: 'rollout',
  initial: 'complete',
  states: {
    /** Progressing=True, NewReplicaSetAvailable. */
    complete: {
      on: { NEW_TEMPLATE: 'progressing', PAUSE: 'paused.upToDate', PODS_READY: 'complete' },
    },
    /** Progressing=True, NewReplicaSetCreated / ReplicaSetUpdated / DeploymentResumed. */
    progressing: {
      on: { PODS_READY: 'complete', NEW_TEMPLATE: 'progressing', PAUSE: 'paused.pending' },
    },
    /** Progressing=Unknown, DeploymentPaused: ReplicaSets are only scaled, no rollout. */
    paused: {
      initial: 'upToDate',
      states: {
        upToDate: { on: { NEW_TEMPLATE: 'pending', RESUME: '#rollout.complete', PODS_READY: 'upToDate' } },
        pending: { on: { NEW_TEMPLATE: 'pending', RESUME: '#rollout.progressing', PODS_READY: 'pending' } },
      },
    },
  },
});

export type RolloutPhase = 'complete' | 'progressing' | 'paused' | 'timedOut' | 'unknown';

/** The phase a live Deployment is in, from its Progressing condition. */
export function rolloutPhase(d: Deployment): RolloutPhase {
  const c = d.status?.conditions?.find((x) => x.type === 'Progressing');
  if (!c) return 'unknown';
  switch (c.reason) {
    case 'NewReplicaSetAvailable':
      return 'complete';
    case 'DeploymentPaused':
      return 'paused';
    case 'ProgressDeadlineExceeded':
      return 'timedOut';
    default:
      return 'progressing';
  }
}
