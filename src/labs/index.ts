// Every lab task, by note (issue 13). Tasks are data; see types.ts.
import type { LabTask } from './types.ts';
import { podsTasks } from './tasks/pods.ts';
import { replicasetsTasks } from './tasks/replicasets.ts';
import { deploymentsTasks } from './tasks/deployments.ts';
import { servicesTasks } from './tasks/services.ts';
import { namespacesTasks } from './tasks/namespaces.ts';
import { kubeProxyTasks } from './tasks/kube-proxy.ts';
import { imperativeDeclarativeTasks } from './tasks/imperative-declarative.ts';
import { examHabitsTasks } from './tasks/exam-habits.ts';

export type * from './types.ts';
export { startTask, runScript, checkTask } from './run.ts';

export const labTasks: readonly LabTask[] = [
  ...podsTasks,
  ...replicasetsTasks,
  ...deploymentsTasks,
  ...servicesTasks,
  ...namespacesTasks,
  ...kubeProxyTasks,
  ...imperativeDeclarativeTasks,
  ...examHabitsTasks,
];

export function taskKey(task: LabTask): string {
  return `${task.note}/${task.id}`;
}

export function tasksForNote(note: string): LabTask[] {
  return labTasks.filter((t) => t.note === note);
}
