// Running a task on the full engine (tests, build time): its start cluster, a script in it, and the verdict.
import { createCluster, type Cluster } from '../sim/index.ts';
import type { LabTask } from './types.ts';
import { startTaskWith } from './play.ts';

export { runScript, checkTask } from './play.ts';

/** A fresh cluster in the task's start state (setup commands run and the cluster settled). */
export function startTask(task: LabTask): Cluster {
  return startTaskWith(createCluster, task);
}
