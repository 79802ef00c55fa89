// SetDefaults_PodSpec and the container defaults as they apply to a pod template (no side effects
// on import: the controllers use it to compare templates as the API server would store them).
import { defaultContainer } from '../../api/defaults.ts';
import type { PodTemplateSpec } from '../../api/types.ts';

/** Pod template defaults (what `kubectl get deploy -o yaml` shows under spec.template.spec). */
export function defaultPodTemplateSpec(t: PodTemplateSpec | undefined): void {
  if (!t?.spec) return;
  const spec = t.spec;
  spec.restartPolicy ??= 'Always';
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.schedulerName ??= 'default-scheduler';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.securityContext ??= {};
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
}

