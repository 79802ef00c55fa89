// The pod spec inside an object, as kubectl's polymorphic helpers (UpdatePodSpecForObject) find it:
// a Pod's own spec, a workload's template (Deployment, ReplicaSet, DaemonSet, StatefulSet, Job,
// ReplicationController) or a CronJob's job template. Undefined for other kinds.
import type { Container, KubeObject, PodSpec } from '../../../api/types.ts';

export function podSpecOf(obj: KubeObject): PodSpec | undefined {
  if (obj.kind === 'Pod') return obj.spec as PodSpec | undefined;
  const spec = obj.spec as { template?: { spec?: PodSpec }; jobTemplate?: { spec?: { template?: { spec?: PodSpec } } } } | undefined;
  if (obj.kind === 'CronJob') return spec?.jobTemplate?.spec?.template?.spec;
  return spec?.template?.spec;
}

/** Containers matching kubectl's -c/--containers glob (`*` by default), init containers first. */
export function selectContainers(spec: PodSpec, pattern: string): Container[] {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return [...(spec.initContainers ?? []), ...(spec.containers ?? [])].filter((c) => re.test(c.name));
}
