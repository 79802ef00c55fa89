import type { Pod } from '../../../api/types.ts';

// The pod filters of kubectl drain (k8s.io/kubectl/pkg/drain/filters.go), in their order:
// DaemonSet pods, mirror (static) pods, pods with local storage, pods without a controller.
// A filter that lets a pod go on (delete: true) hands it to the next one, whose status replaces
// its own; a filter that stops it (skip, ignore, error) ends the chain.

export interface DrainOptions {
  ignoreDaemonSets: boolean;
  deleteEmptyDirData: boolean;
  force: boolean;
}

export type PodDeleteStatus =
  | { delete: true; warning?: string }
  | { delete: false; warning?: string; error?: string };

export const DAEMONSET_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
export const DAEMONSET_WARNING = 'ignoring DaemonSet-managed Pods';
export const LOCAL_STORAGE_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)';
export const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage';
// kubectl's constant repeats "cannot delete", and errors() prefixes it once more: the real
// message reads "cannot delete cannot delete Pods that declare no controller ...".
export const UNMANAGED_FATAL = 'cannot delete Pods that declare no controller (use --force to override)';
export const UNMANAGED_WARNING = 'deleting Pods that declare no controller';

const controllerOf = (pod: Pod) => pod.metadata.ownerReferences?.find((o) => o.controller);
const finished = (pod: Pod) => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

type Filter = (pod: Pod, o: DrainOptions) => PodDeleteStatus;

const daemonSetFilter: Filter = (pod, o) => {
  if (controllerOf(pod)?.kind !== 'DaemonSet') return { delete: true };
  // kubectl also reads the DaemonSet to check it exists; the engine's DaemonSet pods always have one.
  if (!o.ignoreDaemonSets) return { delete: false, error: DAEMONSET_FATAL };
  return { delete: false, warning: DAEMONSET_WARNING };
};

const mirrorPodFilter: Filter = (pod) => (pod.metadata.annotations?.['kubernetes.io/config.mirror'] !== undefined ? { delete: false } : { delete: true });

const localStorageFilter: Filter = (pod, o) => {
  const volumes = (pod.spec as { volumes?: { emptyDir?: unknown }[] }).volumes ?? [];
  if (!volumes.some((v) => v?.emptyDir !== undefined && v?.emptyDir !== null)) return { delete: true };
  if (finished(pod)) return { delete: true };
  if (!o.deleteEmptyDirData) return { delete: false, error: LOCAL_STORAGE_FATAL };
  return { delete: true, warning: LOCAL_STORAGE_WARNING };
};

const unreplicatedFilter: Filter = (pod, o) => {
  if (finished(pod) || controllerOf(pod)) return { delete: true };
  if (o.force) return { delete: true, warning: UNMANAGED_WARNING };
  return { delete: false, error: UNMANAGED_FATAL };
};

const FILTERS: Filter[] = [daemonSetFilter, mirrorPodFilter, localStorageFilter, unreplicatedFilter];

export function podDeleteStatus(pod: Pod, o: DrainOptions): PodDeleteStatus {
  let status: PodDeleteStatus = { delete: true };
  for (const filter of FILTERS) {
    status = filter(pod, o);
    if (!status.delete) break;
  }
  return status;
}

/**
 * PodDeleteList.Warnings() and errors(): one entry per message with its pods as ns/name. Go
 * iterates a map there, so the real order varies from run to run; here it is the order of the
 * first pod of each message.
 */
export function groupByMessage(items: { pod: Pod; message: string | undefined }[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const { pod, message } of items) {
    if (message === undefined) continue;
    const list = groups.get(message) ?? [];
    list.push(`${pod.metadata.namespace}/${pod.metadata.name}`);
    groups.set(message, list);
  }
  return [...groups];
}
