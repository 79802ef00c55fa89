// Hooks the service REST storage's allocation into kube-apiserver's request flow. Allocators are
// rebuilt from the stored Services on every request (what the apiserver's allocator repair loop
// guarantees in a real cluster), so a request rejected later in the chain, a dry run, or a
// deleted Service can never leave an IP or a port marked as used.
//
// Simplification: the random choices draw from a generator seeded by the request (namespace,
// name, virtual time) rather than from the kernel's generator, which admission cannot reach; runs
// stay deterministic.
import type { AdmissionAttributes, AdmissionPlugin } from '../admission.ts';
import { formatFieldError, invalidMessage } from '../../api/fieldErrors.ts';
import type { Service } from '../../api/types.ts';
import { createRng } from '../../kernel/rng.ts';
import { failure } from '../protocol.ts';
import { ClusterIPAllocator, NodePortAllocator } from './serviceAllocators.ts';
import { defaultService } from './serviceDefaults.ts';
import { allocateOnCreate, allocateOnUpdate, type ServiceAllocators } from './serviceRest.ts';

function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Allocators holding every IP and node port the stored Services use, except those of `skip`. */
export function allocatorsFromServices(services: Service[], seed: number, skip?: { namespace?: string; name?: string }): ServiceAllocators {
  const a: ServiceAllocators = { clusterIPs: new ClusterIPAllocator(), nodePorts: new NodePortAllocator(), rng: createRng(seed) };
  for (const s of services) {
    if (skip && s.metadata.namespace === skip.namespace && s.metadata.name === skip.name) continue;
    const ip = s.spec?.clusterIP;
    if (ip && ip !== 'None' && s.spec.type !== 'ExternalName') a.clusterIPs.allocate(ip);
    if (s.spec?.type === 'NodePort' || s.spec?.type === 'LoadBalancer') {
      for (const p of s.spec.ports ?? []) if (p.nodePort) a.nodePorts.allocate(p.nodePort);
    }
    const health = s.spec?.healthCheckNodePort as number | undefined;
    if (health) a.nodePorts.allocate(health);
  }
  return a;
}

export function admitServiceAllocation(attrs: AdmissionAttributes) {
  if (attrs.resource.kind !== 'Service' || !attrs.object || attrs.operation === 'DELETE') return undefined;
  const svc = attrs.object as Service;
  if (!svc.spec || typeof svc.spec !== 'object') return undefined;
  const services = attrs.list('services') as Service[];
  const seed = seedOf(`${attrs.namespace}/${attrs.name}@${attrs.now}`);
  const allocators = allocatorsFromServices(services, seed, { namespace: attrs.namespace, name: attrs.name });
  let errors;
  if (attrs.operation === 'CREATE') {
    errors = allocateOnCreate(svc, allocators);
  } else {
    // Updates are decoded and defaulted like creates before they reach the registry.
    defaultService(svc);
    errors = allocateOnUpdate(attrs.oldObject as Service, svc, allocators);
  }
  if (errors.length) {
    const name = attrs.name ?? '';
    return { ...failure('Invalid', invalidMessage('Service', name, errors)), details: { kind: 'Service', name, causes: errors.map(formatFieldError) } };
  }
  return undefined;
}

export const serviceAllocationPlugin: AdmissionPlugin = { name: 'ServiceIPAndNodePortAllocation', mutate: admitServiceAllocation };
