// Checker helpers for the workload and networking notes (ReplicaSets, Deployments, Services,
// namespaces): typed reads of the fields those tasks ask about and the objects behind a Service.
// They read through the engine's public API only, like judge.ts.
import type { Cluster, KubeObject } from '../sim/index.ts';
import type { Judge } from './judge.ts';
import { parseQuantity } from '../sim/api/quantity.ts';
import { templateContainers } from './judge.ts';

const IMAGE = { ko: '이미지', en: 'image' };

/** `spec.selector.matchLabels` of a ReplicaSet or Deployment. */
export function matchLabels(obj: KubeObject): Record<string, string> | undefined {
  return (obj.spec as { selector?: { matchLabels?: Record<string, string> } } | undefined)?.selector?.matchLabels;
}

/** The image of the first container of a workload's Pod template. */
export function templateImage(obj: KubeObject): string | undefined {
  return templateContainers(obj)[0]?.image;
}

/** Checks the image of a workload's Pod template (first container). */
export function checkTemplateImage(j: Judge, obj: KubeObject, resource: string, image: string): boolean {
  return j.field(obj, resource, { ko: '파드 템플릿의 이미지', en: 'Pod template image' }, templateImage(obj), image);
}

/** Checks the image of a Pod's first container. */
export function checkPodImage(j: Judge, pod: KubeObject, image: string): boolean {
  const spec = pod.spec as { containers?: { image?: string }[] } | undefined;
  return j.field(pod, 'pods', IMAGE, spec?.containers?.[0]?.image, image);
}

/** Ready replicas as the workload's status reports them (0 when unset). */
export function readyReplicas(obj: KubeObject): number {
  return (obj.status as { readyReplicas?: number } | undefined)?.readyReplicas ?? 0;
}

/** Checks that `spec.replicas` is `replicas` and that that many are ready. */
export function checkReplicas(j: Judge, obj: KubeObject, resource: string, replicas: number): boolean {
  const spec = (obj.spec as { replicas?: number } | undefined)?.replicas;
  if (!j.field(obj, resource, { ko: '레플리카 수(replicas)', en: 'replicas' }, spec, replicas)) return false;
  return j.field(obj, resource, { ko: '준비된 레플리카 수', en: 'number of ready replicas' }, readyReplicas(obj), replicas);
}

/** The live Pods (not being deleted) of a namespace whose labels include every pair of `labels`. */
export function podsMatching(cluster: Cluster, namespace: string, labels: Record<string, string>): KubeObject[] {
  return cluster.listObjects('pods', namespace).filter((p) => {
    if (p.metadata.deletionTimestamp) return false;
    const own = p.metadata.labels ?? {};
    return Object.entries(labels).every(([k, v]) => own[k] === v);
  });
}

/** The Pods a ReplicaSet (or other owner) controls, by ownerReferences. */
export function podsOwnedBy(cluster: Cluster, owner: KubeObject): KubeObject[] {
  return cluster.listObjects('pods', owner.metadata.namespace).filter((p) =>
    !p.metadata.deletionTimestamp && (p.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid));
}

/** The ReplicaSets a Deployment owns, newest revision last. */
export function replicaSetsOf(cluster: Cluster, deployment: KubeObject): KubeObject[] {
  return cluster.listObjects('replicasets', deployment.metadata.namespace)
    .filter((rs) => (rs.metadata.ownerReferences ?? []).some((r) => r.uid === deployment.metadata.uid))
    .sort((a, b) => revision(a) - revision(b));
}

/** The `deployment.kubernetes.io/revision` annotation of a Deployment or ReplicaSet (0 when unset). */
export function revision(obj: KubeObject): number {
  return Number(obj.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
}

export interface ServicePort {
  name?: string;
  port: number;
  targetPort?: number | string;
  nodePort?: number;
  protocol?: string;
}

export interface ServiceSpec {
  type?: string;
  selector?: Record<string, string>;
  ports?: ServicePort[];
  clusterIP?: string;
}

export function serviceSpec(svc: KubeObject): ServiceSpec {
  return (svc.spec ?? {}) as ServiceSpec;
}

/** The ready addresses (`ip:port`) of a Service's Endpoints object. */
export function endpointAddresses(cluster: Cluster, namespace: string, service: string): string[] {
  const ep = cluster.getObject('endpoints', namespace, service);
  const subsets = (ep as { subsets?: { addresses?: { ip: string }[]; ports?: { port: number }[] }[] } | undefined)?.subsets ?? [];
  return subsets.flatMap((s) => (s.addresses ?? []).flatMap((a) => (s.ports ?? []).map((p) => `${a.ip}:${p.port}`)));
}

/** The ready Pod IPs behind a Service (one per Pod, whatever the ports). */
export function endpointIPs(cluster: Cluster, namespace: string, service: string): string[] {
  return [...new Set(endpointAddresses(cluster, namespace, service).map((a) => a.split(':')[0]!))];
}

/** Checks type, port, targetPort and (when given) nodePort of a Service's only port. */
export function checkServicePort(
  j: Judge, svc: KubeObject,
  want: { type: string; port: number; targetPort: number; nodePort?: number },
): boolean {
  const spec = serviceSpec(svc);
  const port = spec.ports?.[0];
  let ok = j.field(svc, 'services', { ko: '유형', en: 'type' }, spec.type ?? 'ClusterIP', want.type);
  ok = j.field(svc, 'services', { ko: '포트(port)', en: 'port' }, port?.port, want.port) && ok;
  ok = j.field(svc, 'services', { ko: '대상 포트(targetPort)', en: 'targetPort' }, port?.targetPort, want.targetPort) && ok;
  if (want.nodePort !== undefined) ok = j.field(svc, 'services', { ko: '노드 포트(nodePort)', en: 'nodePort' }, port?.nodePort, want.nodePort) && ok;
  return ok;
}

/** Checks that a Service has exactly `count` ready endpoints (the Pods its selector finds). */
export function checkEndpointCount(j: Judge, svc: KubeObject, count: number): boolean {
  const ips = endpointIPs(j.cluster, svc.metadata.namespace ?? 'default', svc.metadata.name ?? '');
  return j.field(svc, 'services', { ko: '준비된 엔드포인트 수', en: 'number of ready endpoints' }, ips.length, count);
}

/** The last-applied-configuration `kubectl apply` keeps on an object, parsed (undefined when absent). */
export function lastApplied(obj: KubeObject): Record<string, unknown> | undefined {
  const text = obj.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration'];
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Checks a ResourceQuota's `spec.hard`: every expected limit, compared as quantities (`5Gi` = `5120Mi`). */
export function checkQuotaHard(j: Judge, quota: KubeObject, expected: Record<string, string>): boolean {
  const hard = (quota.spec as { hard?: Record<string, string> } | undefined)?.hard ?? {};
  let ok = true;
  for (const [key, want] of Object.entries(expected)) {
    const have = hard[key];
    if (have !== undefined && parseQuantity(have) === parseQuantity(want)) continue;
    ok = j.field(quota, 'resourcequotas', { ko: `${key} 한도`, en: `hard limit ${key}` }, have, want) && ok;
  }
  return ok;
}

/** The namespace exists (and is not terminating), or a finding says it does not. Namespaces are
 *  cluster-scoped, so the message names no namespace around it (unlike Judge.get). */
export function checkNamespace(j: Judge, name: string): boolean {
  const ns = j.cluster.getObject('namespaces', undefined, name);
  if (ns && !ns.metadata.deletionTimestamp) return true;
  j.fail(`${code(name)} 네임스페이스가 없다.`, `There is no namespace ${code(name)}.`);
  return false;
}

const code = (v: string): string => '`' + v + '`';

/** A Deployment or ReplicaSet that must exist with this template image and this many ready replicas. */
export function checkWorkload(j: Judge, resource: 'deployments' | 'replicasets', name: string, namespace: string, want: { image: string; replicas: number }): KubeObject | undefined {
  const obj = j.get(resource, name, namespace);
  if (obj) {
    checkTemplateImage(j, obj, resource, want.image);
    checkReplicas(j, obj, resource, want.replicas);
  }
  return obj;
}

/** A Service that must exist with these ports and this many ready endpoints. */
export function checkService(
  j: Judge, name: string, namespace: string,
  want: { type: string; port: number; targetPort: number; nodePort?: number; endpoints: number },
): KubeObject | undefined {
  const svc = j.get('services', name, namespace);
  if (svc) {
    checkServicePort(j, svc, want);
    checkEndpointCount(j, svc, want.endpoints);
  }
  return svc;
}
