// Every lab task, by note (issue 13), without the engine: the browser's labs chunk imports this.
import type { LabTask } from './types.ts';
import { podsTasks } from './tasks/pods.ts';
import { architectureTasks } from './tasks/architecture.ts';
import { containerRuntimeTasks } from './tasks/container-runtime.ts';
import { etcdTasks } from './tasks/etcd.ts';
import { kubeApiserverTasks } from './tasks/kube-apiserver.ts';
import { kubeControllerManagerTasks } from './tasks/kube-controller-manager.ts';
import { kubeSchedulerTasks } from './tasks/kube-scheduler.ts';
import { kubeletTasks } from './tasks/kubelet.ts';
import { replicasetsTasks } from './tasks/replicasets.ts';
import { deploymentsTasks } from './tasks/deployments.ts';
import { servicesTasks } from './tasks/services.ts';
import { namespacesTasks } from './tasks/namespaces.ts';
import { kubeProxyTasks } from './tasks/kube-proxy.ts';
import { imperativeDeclarativeTasks } from './tasks/imperative-declarative.ts';
import { examHabitsTasks } from './tasks/exam-habits.ts';

// In the notes' learning order (src/site/notes.mjs).
export const labTasks: readonly LabTask[] = [
  ...architectureTasks,
  ...containerRuntimeTasks,
  ...etcdTasks,
  ...kubeApiserverTasks,
  ...kubeControllerManagerTasks,
  ...kubeSchedulerTasks,
  ...kubeletTasks,
  ...kubeProxyTasks,
  ...podsTasks,
  ...replicasetsTasks,
  ...deploymentsTasks,
  ...namespacesTasks,
  ...servicesTasks,
  ...imperativeDeclarativeTasks,
  ...examHabitsTasks,
];

export function taskKey(task: LabTask): string {
  return `${task.note}/${task.id}`;
}

export function tasksForNote(note: string): LabTask[] {
  return labTasks.filter((t) => t.note === note);
}
