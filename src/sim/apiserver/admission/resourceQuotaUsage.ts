// What each object costs against a ResourceQuota (k/k pkg/quota/v1/evaluator/core) and how the
// quota code prints quantities. Usage is kept as numbers (millicores for cpu, bytes for memory,
// counts otherwise) plus a flag saying whether the user wrote binary suffixes, so sums print the
// way resource.Quantity.String() prints them ("1500m", "1Gi", "10").
import type { Container, KubeObject, Pod, ResourceList, Service } from '../../api/types.ts';
import { formatBytes, formatMilli, milliValue, parseQuantity } from '../../api/quantity.ts';

export interface Amount {
  /** Millicores for cpu resources, base units otherwise. */
  value: number;
  binary: boolean;
}

export type Usage = Record<string, Amount>;

const CPU_RESOURCES = new Set(['cpu', 'requests.cpu', 'limits.cpu']);
/** Resources whose quota forces every container to declare them (pods.go validationSet). */
export const COMPUTE_RESOURCES = new Set(['cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory']);

export const isCpu = (resource: string) => CPU_RESOURCES.has(resource);

export function amountOf(resource: string, text: string | number | undefined): Amount {
  const raw = typeof text === 'number' ? String(text) : (text ?? '0');
  const binary = /[KMGTPE]i$/.test(raw.trim());
  if (isCpu(resource)) return { value: milliValue(raw), binary: false };
  return { value: Math.round(parseQuantity(raw) ?? 0), binary };
}

const DECIMAL_SUFFIXES: [string, number][] = [['E', 1e18], ['P', 1e15], ['T', 1e12], ['G', 1e9], ['M', 1e6], ['k', 1e3]];

/** resource.Quantity.String() for the values quotas handle. */
export function formatAmount(resource: string, amount: Amount | undefined): string {
  if (!amount || amount.value === 0) return '0';
  if (isCpu(resource)) return formatMilli(amount.value);
  if (amount.binary && Math.abs(amount.value) >= 1024) return formatBytes(amount.value);
  for (const [suffix, factor] of DECIMAL_SUFFIXES) {
    if (amount.value % factor === 0) return `${amount.value / factor}${suffix}`;
  }
  return String(amount.value);
}

export function addUsage(a: Usage, b: Usage): Usage {
  const out: Usage = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    // Quantity.Add keeps the receiver's format; a zero receiver takes the other's.
    out[k] = prev ? { value: prev.value + v.value, binary: prev.value === 0 ? v.binary : prev.binary } : { ...v };
  }
  return out;
}

export function toUsage(list: ResourceList | undefined): Usage {
  const out: Usage = {};
  for (const [k, v] of Object.entries(list ?? {})) out[k] = amountOf(k, v);
  return out;
}

/** Container requests, with the API server's defaulting applied: a limit without a request is also the request. */
function effectiveRequests(c: Container): ResourceList {
  return { ...(c.resources?.limits ?? {}), ...(c.resources?.requests ?? {}) };
}

/** podComputeUsageHelper for one container: which quota resources it declares and how much. */
export function containerUsage(c: Container): Usage {
  const usage: Usage = {};
  const requests = effectiveRequests(c);
  const limits = c.resources?.limits ?? {};
  if (requests.cpu !== undefined) { usage.cpu = amountOf('cpu', requests.cpu); usage['requests.cpu'] = amountOf('requests.cpu', requests.cpu); }
  if (requests.memory !== undefined) { usage.memory = amountOf('memory', requests.memory); usage['requests.memory'] = amountOf('requests.memory', requests.memory); }
  if (limits.cpu !== undefined) usage['limits.cpu'] = amountOf('limits.cpu', limits.cpu);
  if (limits.memory !== undefined) usage['limits.memory'] = amountOf('limits.memory', limits.memory);
  return usage;
}

function maxUsage(a: Usage, b: Usage): Usage {
  const out: Usage = { ...a };
  for (const [k, v] of Object.entries(b)) if (!out[k] || out[k].value < v.value) out[k] = { ...v };
  return out;
}

export const isTerminalPod = (pod: Pod) => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

/** PodUsageFunc: count/pods always; pods and compute only while the pod is not terminal (k8s-facts 8.4). */
export function podUsage(pod: Pod): Usage {
  const usage: Usage = { 'count/pods': { value: 1, binary: false } };
  if (isTerminalPod(pod)) return usage;
  usage.pods = { value: 1, binary: false };
  let sum: Usage = {};
  for (const c of pod.spec.containers ?? []) sum = addUsage(sum, containerUsage(c));
  // Init containers run one at a time: the pod needs the largest of them, if that exceeds the sum.
  for (const c of pod.spec.initContainers ?? []) sum = maxUsage(sum, containerUsage(c));
  return { ...usage, ...sum };
}

export function serviceUsage(svc: Service): Usage {
  const usage: Usage = { services: { value: 1, binary: false }, 'count/services': { value: 1, binary: false } };
  const type = svc.spec?.type ?? 'ClusterIP';
  const ports = (svc.spec?.ports ?? []).length;
  if (type === 'NodePort' || type === 'LoadBalancer') usage['services.nodeports'] = { value: ports, binary: false };
  if (type === 'LoadBalancer') usage['services.loadbalancers'] = { value: 1, binary: false };
  return usage;
}

/** Object-count resources: the legacy names and the generic count/<resource>[.<group>]. */
const LEGACY_COUNT: Record<string, string> = {
  ConfigMap: 'configmaps', Secret: 'secrets', ReplicationController: 'replicationcontrollers',
  ResourceQuota: 'resourcequotas', PersistentVolumeClaim: 'persistentvolumeclaims',
};

export function objectUsage(obj: KubeObject, plural: string, group: string): Usage {
  if (obj.kind === 'Pod') return podUsage(obj as Pod);
  if (obj.kind === 'Service') return serviceUsage(obj as Service);
  const usage: Usage = { [`count/${group ? `${plural}.${group}` : plural}`]: { value: 1, binary: false } };
  const legacy = LEGACY_COUNT[obj.kind];
  if (legacy) usage[legacy] = { value: 1, binary: false };
  return usage;
}

/** Which resources (plurals, with group when not core) must be listed to compute the given quota resources. */
export function resourcesForQuota(hard: string[]): string[] {
  const out = new Set<string>();
  for (const r of hard) {
    if (r === 'pods' || COMPUTE_RESOURCES.has(r) || r.startsWith('requests.') || r.startsWith('limits.')) out.add('pods');
    else if (r === 'services' || r.startsWith('services.')) out.add('services');
    else if (r.startsWith('count/')) out.add(r.slice('count/'.length));
    else out.add(r); // configmaps, secrets, replicationcontrollers, resourcequotas, persistentvolumeclaims
  }
  return [...out];
}
