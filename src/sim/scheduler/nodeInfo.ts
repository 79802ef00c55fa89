import { intValue, milliValue } from '../api/quantity.ts';
import type { Container, Node, Pod } from '../api/types.ts';

/**
 * The scheduler's per-node aggregate (framework.NodeInfo): the node, the pods bound or assumed on it,
 * and their summed requests, kept incrementally so a scheduling cycle costs O(nodes).
 */
export interface Resources {
  milliCpu: number;
  memory: number;
  ephemeralStorage: number;
  scalar: Record<string, number>;
}

/** scheduler util: a container without a request counts 100m / 200MiB for scoring only (k8s-facts 1.9). */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

export function emptyResources(): Resources {
  return { milliCpu: 0, memory: 0, ephemeralStorage: 0, scalar: {} };
}

function containerRequests(c: Container): Resources {
  const r = emptyResources();
  for (const [name, q] of Object.entries(c.resources?.requests ?? {})) {
    if (name === 'cpu') r.milliCpu = milliValue(q);
    else if (name === 'memory') r.memory = intValue(q);
    else if (name === 'ephemeral-storage') r.ephemeralStorage = intValue(q);
    else if (name.includes('/') || name.startsWith('hugepages-')) r.scalar[name] = intValue(q);
  }
  return r;
}

/** Pod request = max(sum of app containers, each init container) + overhead (k8s-facts 1.3). */
export function podRequests(pod: Pod): Resources {
  const total = emptyResources();
  for (const c of pod.spec.containers ?? []) addInto(total, containerRequests(c));
  for (const ic of pod.spec.initContainers ?? []) {
    const r = containerRequests(ic);
    total.milliCpu = Math.max(total.milliCpu, r.milliCpu);
    total.memory = Math.max(total.memory, r.memory);
    total.ephemeralStorage = Math.max(total.ephemeralStorage, r.ephemeralStorage);
    for (const [k, v] of Object.entries(r.scalar)) total.scalar[k] = Math.max(total.scalar[k] ?? 0, v);
  }
  const overhead = (pod.spec.overhead ?? {}) as Record<string, string>;
  if (overhead.cpu) total.milliCpu += milliValue(overhead.cpu);
  if (overhead.memory) total.memory += intValue(overhead.memory);
  return total;
}

/** Requests with the scoring defaults applied per container (NonZeroRequested). */
export function podNonZeroRequests(pod: Pod): { milliCpu: number; memory: number } {
  let milliCpu = 0;
  let memory = 0;
  for (const c of pod.spec.containers ?? []) {
    const req = c.resources?.requests ?? {};
    milliCpu += req.cpu !== undefined ? milliValue(req.cpu) : DEFAULT_MILLI_CPU_REQUEST;
    memory += req.memory !== undefined ? intValue(req.memory) : DEFAULT_MEMORY_REQUEST;
  }
  for (const ic of pod.spec.initContainers ?? []) {
    const req = ic.resources?.requests ?? {};
    milliCpu = Math.max(milliCpu, req.cpu !== undefined ? milliValue(req.cpu) : DEFAULT_MILLI_CPU_REQUEST);
    memory = Math.max(memory, req.memory !== undefined ? intValue(req.memory) : DEFAULT_MEMORY_REQUEST);
  }
  return { milliCpu, memory };
}

function addInto(total: Resources, r: Resources, sign = 1): void {
  total.milliCpu += sign * r.milliCpu;
  total.memory += sign * r.memory;
  total.ephemeralStorage += sign * r.ephemeralStorage;
  for (const k in r.scalar) total.scalar[k] = (total.scalar[k] ?? 0) + sign * r.scalar[k];
}

/**
 * Requests of a pod, remembered per spec object: specs are shared and never mutated (copy-on-write),
 * and a pod's status updates keep its spec, so each spec is parsed once rather than on every event.
 */
const requestsBySpec = new WeakMap<object, { request: Resources; nonZero: { milliCpu: number; memory: number } }>();

function cachedRequests(pod: Pod): { request: Resources; nonZero: { milliCpu: number; memory: number } } {
  let cached = requestsBySpec.get(pod.spec);
  if (!cached) {
    cached = { request: podRequests(pod), nonZero: podNonZeroRequests(pod) };
    requestsBySpec.set(pod.spec, cached);
  }
  return cached;
}

export class NodeInfo {
  node: Node;
  readonly pods = new Map<string, Pod>();
  readonly requested = emptyResources();
  readonly nonZeroRequested = { milliCpu: 0, memory: 0 };
  allocatable: Resources;
  allowedPodNumber: number;

  constructor(node: Node) {
    this.node = node;
    this.allocatable = emptyResources();
    this.allowedPodNumber = 0;
    this.setNode(node);
  }

  private allocSource: unknown;

  setNode(node: Node): void {
    this.node = node;
    const alloc = node.status?.allocatable ?? node.status?.capacity ?? {};
    // Objects are copy-on-write: an unchanged allocatable map is the same object (heartbeats).
    if (alloc === this.allocSource) return;
    this.allocSource = alloc;
    const r = emptyResources();
    for (const [name, q] of Object.entries(alloc)) {
      if (name === 'cpu') r.milliCpu = milliValue(q);
      else if (name === 'memory') r.memory = intValue(q);
      else if (name === 'ephemeral-storage') r.ephemeralStorage = intValue(q);
      else if (name !== 'pods') r.scalar[name] = intValue(q);
    }
    this.allocatable = r;
    this.allowedPodNumber = intValue(alloc.pods ?? '0');
  }

  addPod(key: string, pod: Pod): void {
    if (this.pods.has(key)) this.removePod(key);
    this.pods.set(key, pod);
    const { request, nonZero: nz } = cachedRequests(pod);
    addInto(this.requested, request);
    this.nonZeroRequested.milliCpu += nz.milliCpu;
    this.nonZeroRequested.memory += nz.memory;
  }

  removePod(key: string): void {
    const pod = this.pods.get(key);
    if (!pod) return;
    this.pods.delete(key);
    const { request, nonZero: nz } = cachedRequests(pod);
    addInto(this.requested, request, -1);
    this.nonZeroRequested.milliCpu -= nz.milliCpu;
    this.nonZeroRequested.memory -= nz.memory;
  }
}
