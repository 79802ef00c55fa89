// The hand-off between the note's Run buttons and the player island. The buttons are wired by a tiny
// inline script in Sim.astro (so no island code loads before the player is visible); it queues the
// request on window and fires RUN_EVENT. The island drains the queue when it mounts and on each event.

export const RUN_EVENT = 'k8s-sim:run';
export const RUN_QUEUE = '__k8sSimRun';

export interface RunRequest {
  commands: string[];
}

export function consumeRunRequests(): RunRequest[] {
  const w = window as unknown as Record<string, unknown>;
  const queue = w[RUN_QUEUE];
  if (!Array.isArray(queue)) return [];
  const taken = queue.splice(0, queue.length) as unknown[];
  return taken.filter(
    (r): r is RunRequest =>
      typeof r === 'object' && r !== null && Array.isArray((r as RunRequest).commands) && (r as RunRequest).commands.every((c) => typeof c === 'string'),
  );
}
