// The DaemonSet controller's reconcile core (pkg/controller/daemon: manage + updateDaemonSetStatus),
// pure: which nodes should run a daemon pod, which pods to create or delete, and the status counted
// from what the informer caches show. The loop (daemonSetControllerLoop.ts) sends the requests.
import type { KubeObject, LabelSelector, Node, Pod, PodTemplateSpec, Taint, Toleration } from '../../api/types.ts';
import { tolerates } from '../../scheduler/plugins/taintToleration.ts';
import { matchesNodeAffinity } from '../../scheduler/plugins/nodeAffinity.ts';
import { claimObjects, newControllerRef, type ClaimResult } from '../util/controllerRefManager.ts';
import { matchesLabelSelector } from '../util/labelSelector.ts';
import { isPodAvailable, isPodReady } from '../util/podUtil.ts';
import { deepClone } from '../util/semanticEqual.ts';
import { computePodTemplateHash } from '../util/podTemplateHash.ts';

export interface DaemonSet extends KubeObject {
  spec: {
    selector: LabelSelector;
    template: PodTemplateSpec;
    minReadySeconds?: number;
    updateStrategy?: unknown;
    revisionHistoryLimit?: number;
  };
  status?: DaemonSetStatus;
}

export interface DaemonSetStatus {
  currentNumberScheduled: number;
  desiredNumberScheduled: number;
  numberAvailable?: number;
  numberMisscheduled: number;
  numberReady: number;
  numberUnavailable?: number;
  observedGeneration?: number;
  updatedNumberScheduled?: number;
}

export const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';
export const TEMPLATE_GENERATION_LABEL = 'pod-template-generation';
export const REVISION_HASH_LABEL = 'controller-revision-hash';

/**
 * AddOrUpdateDaemonPodTolerations: a daemon pod stays on a node that is not ready or unreachable
 * and is placed on one under pressure or cordoned (network-unavailable too with host networking).
 */
export function addDaemonPodTolerations(tolerations: readonly Toleration[] | undefined, hostNetwork: boolean): Toleration[] {
  const result = [...(tolerations ?? [])];
  const add = (key: string, effect: 'NoExecute' | 'NoSchedule') => {
    if (!result.some((t) => t.key === key && t.effect === effect && t.operator === 'Exists')) result.push({ key, operator: 'Exists', effect });
  };
  add('node.kubernetes.io/not-ready', 'NoExecute');
  add('node.kubernetes.io/unreachable', 'NoExecute');
  add('node.kubernetes.io/disk-pressure', 'NoSchedule');
  add('node.kubernetes.io/memory-pressure', 'NoSchedule');
  add('node.kubernetes.io/pid-pressure', 'NoSchedule');
  add('node.kubernetes.io/unschedulable', 'NoSchedule');
  if (hostNetwork) add('node.kubernetes.io/network-unavailable', 'NoSchedule');
  return result;
}

/** ReplaceDaemonSetPodNodeNameNodeAffinity: the pod may only go to its node (matchFields metadata.name). */
export function nodeNameAffinity(affinity: unknown, nodeName: string): Record<string, unknown> {
  const base = (affinity && typeof affinity === 'object' ? deepClone(affinity) : {}) as Record<string, unknown>;
  const nodeAffinity = (base.nodeAffinity ?? {}) as Record<string, unknown>;
  const required = (nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution ?? {}) as { nodeSelectorTerms?: Record<string, unknown>[] };
  const field = { key: 'metadata.name', operator: 'In', values: [nodeName] };
  const terms = required.nodeSelectorTerms?.length ? required.nodeSelectorTerms : [{}];
  // Every term gets the node name requirement in place of any metadata.name field requirement it had.
  const nodeSelectorTerms = terms.map((t) => ({
    ...t,
    matchFields: [...((t.matchFields as { key: string }[] | undefined) ?? []).filter((f) => f.key !== 'metadata.name'), field],
  }));
  return { ...base, nodeAffinity: { ...nodeAffinity, requiredDuringSchedulingIgnoredDuringExecution: { ...required, nodeSelectorTerms } } };
}

/** The node a daemon pod is for: its spec.nodeName, or before binding its node affinity's metadata.name (GetTargetNodeName). */
export function targetNodeName(pod: Pod): string | undefined {
  if (pod.spec.nodeName) return pod.spec.nodeName;
  const terms = (pod.spec.affinity as ReturnType<typeof nodeNameAffinity> | undefined)?.nodeAffinity as
    | { requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: { matchFields?: { key: string; operator: string; values?: string[] }[] }[] } }
    | undefined;
  for (const t of terms?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []) {
    const f = t.matchFields?.find((m) => m.key === 'metadata.name' && m.operator === 'In' && m.values?.length === 1);
    if (f) return f.values![0];
  }
  return undefined;
}

/** NodeShouldRunDaemonPod: node name, node selector/affinity, and the taints the daemon pod tolerates. */
export function nodeShouldRunDaemonPod(ds: DaemonSet, node: Node): { shouldRun: boolean; shouldContinueRunning: boolean } {
  const spec = ds.spec.template.spec;
  const tolerations = addDaemonPodTolerations(spec.tolerations, !!spec.hostNetwork);
  const fitsName = !spec.nodeName || spec.nodeName === node.metadata.name;
  const fitsAffinity = matchesNodeAffinity(spec.nodeSelector, spec.affinity, node);
  const untolerated = (effects: string[]) =>
    (node.spec?.taints ?? []).some((taint: Taint) => effects.includes(taint.effect) && !tolerations.some((t) => tolerates(t, taint)));
  return {
    shouldRun: fitsName && fitsAffinity && !untolerated(['NoSchedule', 'NoExecute']),
    shouldContinueRunning: fitsName && fitsAffinity && !untolerated(['NoExecute']),
  };
}

/** The template generation and revision hash new pods carry (the ControllerRevision's hash, here the template's). */
export function currentRevision(ds: DaemonSet): { generation: string; hash: string } {
  const generation = ds.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION] ?? String(ds.metadata.generation ?? 1);
  return { generation, hash: computePodTemplateHash(ds.spec.template) };
}

/** IsPodUpdated: the pod carries the current template generation or revision hash. */
export function isPodUpdated(pod: Pod, rev: { generation: string; hash: string }): boolean {
  const labels = pod.metadata.labels ?? {};
  return labels[TEMPLATE_GENERATION_LABEL] === rev.generation || labels[REVISION_HASH_LABEL] === rev.hash;
}

/** NewPod + the node name affinity and the daemon tolerations: the pod created for one node. */
export function newDaemonPod(ds: DaemonSet, nodeName: string): Pod {
  const t = ds.spec.template;
  const rev = currentRevision(ds);
  const spec = deepClone(t.spec);
  spec.affinity = nodeNameAffinity(spec.affinity, nodeName);
  spec.tolerations = addDaemonPodTolerations(spec.tolerations, !!spec.hostNetwork);
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `${ds.metadata.name}-`,
      namespace: ds.metadata.namespace,
      labels: { ...(t.metadata?.labels ?? {}), [REVISION_HASH_LABEL]: rev.hash, [TEMPLATE_GENERATION_LABEL]: rev.generation },
      ownerReferences: [newControllerRef(ds)],
    },
    spec,
  };
  if (t.metadata?.annotations) pod.metadata.annotations = { ...t.metadata.annotations };
  return pod;
}

export interface DaemonSetPlan {
  claim: ClaimResult<Pod>;
  /** Nodes that need a daemon pod. */
  create: string[];
  delete: Pod[];
  /** Failed daemon pods found (each gets a FailedDaemonPod event before it is deleted). */
  failed: Pod[];
  status: DaemonSetStatus;
}

const byAge = (a: Pod, b: Pod) =>
  (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') || (a.metadata.name ?? '').localeCompare(b.metadata.name ?? '');

export function planDaemonSetSync(ds: DaemonSet, nodes: Node[], nsPods: Pod[], nowMs: number): DaemonSetPlan {
  const selects = (p: Pod) => matchesLabelSelector(ds.spec.selector, p.metadata.labels);
  const claim = claimObjects(ds, nsPods.filter((p) => p.metadata.namespace === ds.metadata.namespace), selects);
  const byNode = new Map<string, Pod[]>();
  for (const p of claim.claimed) {
    if (p.metadata.deletionTimestamp) continue;
    const node = targetNodeName(p);
    if (!node) continue;
    byNode.set(node, [...(byNode.get(node) ?? []), p]);
  }
  const plan: DaemonSetPlan = { claim, create: [], delete: [], failed: [], status: undefined as unknown as DaemonSetStatus };
  const rev = currentRevision(ds);
  const minReady = ds.spec.minReadySeconds ?? 0;
  let desired = 0, current = 0, misscheduled = 0, ready = 0, available = 0, updated = 0;
  const known = new Set<string>();
  for (const node of nodes) {
    const name = node.metadata.name ?? '';
    known.add(name);
    const { shouldRun, shouldContinueRunning } = nodeShouldRunDaemonPod(ds, node);
    const pods = (byNode.get(name) ?? []).sort(byAge);
    // manage (podsShouldBeOnNode)
    if (shouldRun && pods.length === 0) plan.create.push(name);
    else if (shouldContinueRunning) {
      const running: Pod[] = [];
      for (const p of pods) {
        if (p.status?.phase === 'Failed') {
          plan.failed.push(p);
          plan.delete.push(p);
        } else running.push(p);
      }
      // More than one: keep the oldest.
      plan.delete.push(...running.slice(1));
    } else plan.delete.push(...pods);
    // updateDaemonSetStatus
    if (shouldRun) {
      desired++;
      if (pods.length) {
        current++;
        const pod = pods[0];
        if (isPodReady(pod)) {
          ready++;
          if (isPodAvailable(pod, minReady, nowMs)) available++;
        }
        if (isPodUpdated(pod, rev)) updated++;
      }
    } else if (pods.length) misscheduled++;
  }
  // Pods for nodes that no longer exist (the pod garbage collector removes those in Kubernetes).
  const status: DaemonSetStatus = {
    currentNumberScheduled: current,
    desiredNumberScheduled: desired,
    numberMisscheduled: misscheduled,
    numberReady: ready,
    observedGeneration: ds.metadata.generation,
    updatedNumberScheduled: updated,
  };
  if (available) status.numberAvailable = available;
  if (desired - available > 0) status.numberUnavailable = desired - available;
  plan.status = status;
  return plan;
}
