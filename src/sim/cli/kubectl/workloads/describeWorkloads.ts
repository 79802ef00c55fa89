// `kubectl describe` for Deployments, ReplicaSets and ReplicationControllers (kubectl describe.go
// DeploymentDescriber, ReplicaSetDescriber, ReplicationControllerDescriber).
import type { Condition, Deployment, KubeEvent, KubeObject, Pod, PodTemplateSpec, ReplicaSet, ReplicationController } from '../../../api/types.ts';
import { api, type Effect } from '../../command.ts';
import { describeEvents, DescribeWriter, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from '../describeWriter.ts';
import type { KubectlContext } from '../registry.ts';
import { describeContainers, registerDescriber } from '../verbs/describe.ts';
import { formatLabelSelector, formatSelectorMap } from '../printers.ts';
// kubectl vendors the controller's deploymentutil; so does the simulated one.
import { equalIgnoreHash } from '../../../controllers/deployment/deploymentUtil.ts';

/** DescribePodTemplate. */
export function describePodTemplate(w: DescribeWriter, t: PodTemplateSpec): void {
  w.write(0, 'Pod Template:\n');
  printLabelsMultiline(w, 'Labels', t.metadata?.labels, '  ');
  if (Object.keys(t.metadata?.annotations ?? {}).length) printAnnotationsMultilineIndented(w, t.metadata!.annotations!);
  if (t.spec.serviceAccountName) w.write(1, `Service Account:\t${t.spec.serviceAccountName}\n`);
  if (t.spec.initContainers?.length) describeContainers(w, 'Init Containers', t.spec.initContainers, undefined, '  ');
  describeContainers(w, 'Containers', t.spec.containers, undefined, '  ');
  describeTemplateVolumes(w, t.spec.volumes as Record<string, Record<string, unknown>>[] | undefined);
  if (t.spec.priorityClassName) w.write(1, `Priority Class Name:\t${t.spec.priorityClassName}\n`);
  printLabelsMultiline(w, 'Node-Selectors', t.spec.nodeSelector, '  ');
  const tol = [...(t.spec.tolerations ?? [])].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : 1));
  w.write(0, '  Tolerations:\t');
  if (!tol.length) w.line('<none>');
  tol.forEach((x, i) => {
    if (i) w.write(0, '  \t');
    let s = x.key ?? '';
    if (x.value) s += `=${x.value}`;
    if (x.effect) s += `:${x.effect}`;
    if (x.operator === 'Exists' && !x.value) s += x.key || x.effect ? ' op=Exists' : 'op=Exists';
    if (x.tolerationSeconds !== undefined) s += ` for ${x.tolerationSeconds}s`;
    w.write(0, `${s}\n`);
  });
}

/** describeVolumes(volumes, w, "  ") for the volume types a template typically carries. */
function describeTemplateVolumes(w: DescribeWriter, volumes: Record<string, Record<string, unknown>>[] | undefined): void {
  if (!volumes?.length) {
    w.write(0, '  Volumes:\t<none>\n');
    return;
  }
  w.write(0, '  Volumes:\n');
  for (const v of volumes) {
    w.write(1, ` ${v.name}:\n`);
    if (v.emptyDir) {
      w.write(2, 'Type:\tEmptyDir (a temporary directory that shares a pod\'s lifetime)\n');
      w.write(2, `Medium:\t${v.emptyDir.medium ?? ''}\n`);
      w.write(2, `SizeLimit:\t${v.emptyDir.sizeLimit ?? '<unset>'}\n`);
    } else if (v.configMap) {
      w.write(2, 'Type:\tConfigMap (a volume populated by a ConfigMap)\n');
      w.write(2, `Name:\t${v.configMap.name}\n`);
      w.write(2, `Optional:\t${!!v.configMap.optional}\n`);
    } else if (v.secret) {
      w.write(2, 'Type:\tSecret (a volume populated by a Secret)\n');
      w.write(2, `SecretName:\t${v.secret.secretName}\n`);
      w.write(2, `Optional:\t${!!v.secret.optional}\n`);
    } else if (v.hostPath) {
      w.write(2, 'Type:\tHostPath (bare host directory volume)\n');
      w.write(2, `Path:\t${v.hostPath.path}\n`);
      w.write(2, `HostPathType:\t${v.hostPath.type || '<none>'}\n`);
    } else if (v.persistentVolumeClaim) {
      w.write(2, 'Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n');
      w.write(2, `ClaimName:\t${v.persistentVolumeClaim.claimName}\n`);
      w.write(2, `ReadOnly:\t${!!v.persistentVolumeClaim.readOnly}\n`);
    } else {
      w.write(1, '<unknown>\n');
    }
  }
}

function printAnnotationsMultilineIndented(w: DescribeWriter, annotations: Record<string, string>): void {
  Object.keys(annotations).sort().forEach((k, i) => {
    w.write(0, i === 0 ? '  Annotations:\t' : '  \t');
    w.write(0, `${k}: ${annotations[k]}\n`);
  });
}

function describeConditions(w: DescribeWriter, conditions: Condition[] | undefined): void {
  if (!conditions?.length) return;
  w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(1, '----\t------\t------\n');
  for (const c of conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}

function controlledBy(obj: KubeObject): string | undefined {
  const ref = obj.metadata.ownerReferences?.find((r) => r.controller);
  return ref ? `${ref.kind}/${ref.name}` : undefined;
}

/** getPodStatusForController: phases of the pods this controller owns. */
function* podsStatus(obj: KubeObject): Generator<Effect, string, unknown> {
  const r = (yield* api({ verb: 'list', resource: 'pods', namespace: obj.metadata.namespace }));
  const pods = r.ok ? ((r.items ?? []) as Pod[]).filter((p) => p.metadata.ownerReferences?.some((o) => o.controller && o.uid === obj.metadata.uid)) : [];
  const count = (phase: string) => pods.filter((p) => (p.status?.phase ?? 'Pending') === phase).length;
  return `${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed`;
}

function* describeReplicaSet(ctx: KubectlContext, obj: KubeObject, events: KubeEvent[]): Generator<Effect, string, unknown> {
  const rs = obj as ReplicaSet;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${rs.metadata.name}\n`);
  w.write(0, `Namespace:\t${rs.metadata.namespace}\n`);
  w.write(0, `Selector:\t${formatLabelSelector(rs.spec.selector)}\n`);
  printLabelsMultiline(w, 'Labels', rs.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', rs.metadata.annotations);
  const owner = controlledBy(rs);
  if (owner) w.write(0, `Controlled By:\t${owner}\n`);
  w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec.replicas ?? 1} desired\n`);
  w.write(0, `Pods Status:\t${yield* podsStatus(rs)}\n`);
  describePodTemplate(w, rs.spec.template);
  describeConditions(w, rs.status?.conditions);
  describeEvents(w, events, ctx.io.now());
  return w.toString();
}

function* describeReplicationController(ctx: KubectlContext, obj: KubeObject, events: KubeEvent[]): Generator<Effect, string, unknown> {
  const rc = obj as ReplicationController;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${rc.metadata.name}\n`);
  w.write(0, `Namespace:\t${rc.metadata.namespace}\n`);
  w.write(0, `Selector:\t${formatSelectorMap(rc.spec.selector)}\n`);
  printLabelsMultiline(w, 'Labels', rc.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', rc.metadata.annotations);
  w.write(0, `Replicas:\t${rc.status?.replicas ?? 0} current / ${rc.spec.replicas ?? 1} desired\n`);
  w.write(0, `Pods Status:\t${yield* podsStatus(rc)}\n`);
  describePodTemplate(w, rc.spec.template);
  describeConditions(w, rc.status?.conditions);
  describeEvents(w, events, ctx.io.now());
  return w.toString();
}

function replicaSetsText(rss: ReplicaSet[]): string {
  const list = rss.map((rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec.replicas ?? 1} replicas created)`).join(', ');
  return list || '<none>';
}

function* describeDeployment(ctx: KubectlContext, obj: KubeObject, events: KubeEvent[]): Generator<Effect, string, unknown> {
  const d = obj as Deployment;
  const s = d.status ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${d.metadata.name}\n`);
  w.write(0, `Namespace:\t${d.metadata.namespace}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}\n`);
  printLabelsMultiline(w, 'Labels', d.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', d.metadata.annotations);
  w.write(0, `Selector:\t${formatLabelSelector(d.spec.selector)}\n`);
  w.write(0, `Replicas:\t${d.spec.replicas ?? 1} desired | ${s.updatedReplicas ?? 0} updated | ${s.replicas ?? 0} total | ${s.availableReplicas ?? 0} available | ${s.unavailableReplicas ?? 0} unavailable\n`);
  w.write(0, `StrategyType:\t${d.spec.strategy?.type ?? 'RollingUpdate'}\n`);
  w.write(0, `MinReadySeconds:\t${d.spec.minReadySeconds ?? 0}\n`);
  const ru = d.spec.strategy?.rollingUpdate;
  if (ru) w.write(0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? '25%'} max unavailable, ${ru.maxSurge ?? '25%'} max surge\n`);
  describePodTemplate(w, d.spec.template);
  describeConditions(w, s.conditions);
  const r = yield* api({ verb: 'list', resource: 'replicasets', namespace: d.metadata.namespace });
  if (r.ok) {
    const owned = ((r.items ?? []) as ReplicaSet[])
      .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === d.metadata.uid))
      .sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') || (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''));
    const newRS = owned.find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template));
    const old = owned.filter((rs) => rs !== newRS && (rs.spec.replicas ?? 1) !== 0);
    w.write(0, `OldReplicaSets:\t${replicaSetsText(old)}\n`);
    w.write(0, `NewReplicaSet:\t${replicaSetsText(newRS ? [newRS] : [])}\n`);
  }
  describeEvents(w, events, ctx.io.now());
  return w.toString();
}

registerDescriber('deployments', describeDeployment);
registerDescriber('replicasets', describeReplicaSet);
registerDescriber('replicationcontrollers', describeReplicationController);
