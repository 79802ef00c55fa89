// Every lab task, by note (issue 13). Tasks are data; see types.ts.
import type { LabTask } from './types.ts';
import { podsTasks } from './tasks/pods.ts';
import { architectureTasks } from './tasks/architecture.ts';
import { containerRuntimeTasks } from './tasks/container-runtime.ts';
import { etcdTasks } from './tasks/etcd.ts';
import { kubeApiserverTasks } from './tasks/kube-apiserver.ts';
import { kubeControllerManagerTasks } from './tasks/kube-controller-manager.ts';
import { kubeSchedulerTasks } from './tasks/kube-scheduler.ts';
import { kubeletTasks } from './tasks/kubelet.ts';

export type * from './types.ts';
export { startTask, runScript, checkTask } from './run.ts';

export const labTasks: readonly LabTask[] = [...podsTasks, ...architectureTasks, ...containerRuntimeTasks, ...etcdTasks, ...kubeApiserverTasks, ...kubeControllerManagerTasks, ...kubeSchedulerTasks, ...kubeletTasks];

export function taskKey(task: LabTask): string {
  return `${task.note}/${task.id}`;
}

export function tasksForNote(note: string): LabTask[] {
  return labTasks.filter((t) => t.note === note);
}
