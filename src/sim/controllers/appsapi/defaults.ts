// API defaulting of the workload kinds (k/k pkg/apis/apps/v1/defaults.go, pkg/apis/core/v1
// SetDefaults_ReplicationController and the pod template's SetDefaults_PodSpec). Kept beside the
// controllers that rely on it; registered with the API server through registerDefaulter().
import { registerDefaulter } from '../../api/defaults.ts';
import type { Deployment, KubeObject, ReplicaSet, ReplicationController } from '../../api/types.ts';
import { defaultPodTemplateSpec } from './templateDefaults.ts';

export { defaultPodTemplateSpec };

export function defaultDeployment(d: Deployment): void {
  const spec = d.spec;
  if (!spec) return;
  spec.replicas ??= 1;
  const strategy = (spec.strategy ??= {});
  strategy.type ??= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= '25%';
    ru.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultPodTemplateSpec(spec.template);
}

export function defaultReplicaSet(rs: ReplicaSet): void {
  if (!rs.spec) return;
  rs.spec.replicas ??= 1;
  defaultPodTemplateSpec(rs.spec.template);
}

export function defaultReplicationController(rc: ReplicationController): void {
  if (!rc.spec) return;
  const labels = rc.spec.template?.metadata?.labels;
  if (labels) {
    if (!rc.spec.selector || Object.keys(rc.spec.selector).length === 0) rc.spec.selector = { ...labels };
    if (!rc.metadata.labels || Object.keys(rc.metadata.labels).length === 0) rc.metadata.labels = { ...labels };
  }
  rc.spec.replicas ??= 1;
  defaultPodTemplateSpec(rc.spec.template);
}

registerDefaulter('Deployment', (o: KubeObject) => defaultDeployment(o as Deployment));
registerDefaulter('ReplicaSet', (o: KubeObject) => defaultReplicaSet(o as ReplicaSet));
registerDefaulter('ReplicationController', (o: KubeObject) => defaultReplicationController(o as ReplicationController));
