import type { KubeObject, LabelSelector, PodTemplateSpec } from '../../api/types.ts';

/** apps/v1 DaemonSet (only what kubectl prints). */
export interface DaemonSet extends KubeObject {
  spec: { selector: LabelSelector; template: PodTemplateSpec };
  status?: {
    desiredNumberScheduled?: number;
    currentNumberScheduled?: number;
    numberReady?: number;
    updatedNumberScheduled?: number;
    numberAvailable?: number;
  };
}
