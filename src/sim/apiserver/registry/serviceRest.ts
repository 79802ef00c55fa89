// The allocation half of the service REST storage: what kube-apiserver does with cluster IPs and
// node ports when a Service is created, updated or deleted. A failed request releases everything
// it took, so a rejected request changes nothing.
import type { FieldError } from '../../api/fieldErrors.ts';
import type { Service, ServicePort } from '../../api/types.ts';
import type { Rng } from '../../kernel/rng.ts';
import { ClusterIPAllocator, NodePortAllocator } from './serviceAllocators.ts';

export interface ServiceAllocators {
  clusterIPs: ClusterIPAllocator;
  nodePorts: NodePortAllocator;
  rng: Rng;
}

export function createServiceAllocators(rng: Rng, serviceCIDR = '10.96.0.0/12'): ServiceAllocators {
  return { clusterIPs: new ClusterIPAllocator(serviceCIDR), nodePorts: new NodePortAllocator(), rng };
}

const needsClusterIP = (svc: Service) => svc.spec.type !== 'ExternalName' && svc.spec.clusterIP !== 'None';
const needsNodePorts = (svc: Service) => svc.spec.type === 'NodePort' || (svc.spec.type === 'LoadBalancer' && svc.spec.allocateLoadBalancerNodePorts !== false);
/** LoadBalancer Services with externalTrafficPolicy Local get a node port for the load balancer's health checks. */
const needsHealthCheck = (svc: Service) => svc.spec.type === 'LoadBalancer' && svc.spec.externalTrafficPolicy === 'Local';
const healthCheckPort = (svc: Service) => (svc.spec.healthCheckNodePort as number | undefined) ?? 0;

/** Go's %#v of a []string, which the clusterIPs errors print. */
const goStrings = (ips: string[]) => `[]string{${ips.map((ip) => JSON.stringify(ip)).join(', ')}}`;

interface Transaction {
  ips: string[];
  ports: number[];
}

function rollback(a: ServiceAllocators, tx: Transaction): void {
  for (const ip of tx.ips) a.clusterIPs.release(ip);
  for (const port of tx.ports) a.nodePorts.release(port);
}

function allocateIP(svc: Service, a: ServiceAllocators, tx: Transaction): FieldError[] {
  const spec = svc.spec;
  if (!needsClusterIP(svc)) {
    if (spec.type === 'ExternalName') { delete spec.clusterIP; delete spec.clusterIPs; }
    else spec.clusterIPs = ['None'];
    return [];
  }
  const wanted = spec.clusterIP || spec.clusterIPs?.[0];
  if (wanted) {
    const err = a.clusterIPs.allocate(wanted);
    if (err) {
      // valueText carries Go's rendering of the value; FieldError.value keeps the plain data.
      return [{ type: 'Invalid', field: 'spec.clusterIPs', value: [wanted], detail: `failed to allocate IP ${wanted}: ${err.message}`, valueText: goStrings([wanted]) }];
    }
    tx.ips.push(wanted);
    spec.clusterIP = wanted;
  } else {
    const ip = a.clusterIPs.allocateNext(a.rng);
    if (typeof ip !== 'string') return [{ type: 'Invalid', field: 'spec.clusterIPs', value: [], detail: `failed to allocate a serviceIP: ${ip.message}` }];
    tx.ips.push(ip);
    spec.clusterIP = ip;
  }
  spec.clusterIPs = [spec.clusterIP];
  return [];
}

function allocateNodePorts(svc: Service, a: ServiceAllocators, tx: Transaction, keep: Set<number>): FieldError[] {
  const errors: FieldError[] = [];
  const ports = svc.spec.ports ?? [];
  if (!needsNodePorts(svc)) {
    for (const p of ports) if (svc.spec.type !== 'ClusterIP') delete p.nodePort;
    return errors;
  }
  // Explicit ports first, so that automatic ones cannot take a port the user asked for.
  ports.forEach((p, i) => {
    if (!p.nodePort || keep.has(p.nodePort)) return;
    const err = a.nodePorts.allocate(p.nodePort);
    if (err) errors.push({ type: 'Invalid', field: `spec.ports[${i}].nodePort`, value: p.nodePort, detail: err.message });
    else tx.ports.push(p.nodePort);
  });
  if (errors.length) return errors;
  for (const p of ports) {
    if (p.nodePort) continue;
    const port = a.nodePorts.allocateNext(a.rng);
    if (typeof port !== 'number') return [{ type: 'Invalid', field: 'spec.ports', value: null, detail: `failed to allocate a nodePort: ${port.message}` }];
    tx.ports.push(port);
    p.nodePort = port;
  }
  return errors;
}

/** Allocates the Service's cluster IP and node ports (mutating it); on error nothing stays allocated. */
export function allocateOnCreate(svc: Service, a: ServiceAllocators): FieldError[] {
  const tx: Transaction = { ips: [], ports: [] };
  const errors = [...allocateIP(svc, a, tx)];
  if (!errors.length) errors.push(...allocateNodePorts(svc, a, tx, new Set()));
  if (!errors.length) errors.push(...allocateHealthCheck(svc, a, tx, 0));
  if (errors.length) rollback(a, tx);
  return errors;
}

function allocateHealthCheck(svc: Service, a: ServiceAllocators, tx: Transaction, kept: number): FieldError[] {
  if (!needsHealthCheck(svc)) {
    delete svc.spec.healthCheckNodePort;
    return [];
  }
  const wanted = healthCheckPort(svc);
  if (wanted && wanted === kept) return [];
  if (wanted) {
    const err = a.nodePorts.allocate(wanted);
    if (err) return [{ type: 'Invalid', field: 'spec.healthCheckNodePort', value: wanted, detail: err.message }];
    tx.ports.push(wanted);
    return [];
  }
  const port = a.nodePorts.allocateNext(a.rng);
  if (typeof port !== 'number') return [{ type: 'Invalid', field: 'spec.healthCheckNodePort', value: 0, detail: `failed to allocate a nodePort: ${port.message}` }];
  tx.ports.push(port);
  svc.spec.healthCheckNodePort = port;
  return [];
}

function samePort(a: ServicePort, b: ServicePort): boolean {
  return a.port === b.port && (a.protocol ?? 'TCP') === (b.protocol ?? 'TCP');
}

/**
 * Update (replace/apply/edit): values the user left out are carried over from the stored object
 * (the registry's patchAllocatedValues), the cluster IP cannot change, and ports no longer used
 * are released once the update is accepted.
 */
export function allocateOnUpdate(oldSvc: Service, svc: Service, a: ServiceAllocators): FieldError[] {
  const spec = svc.spec;
  if (needsClusterIP(oldSvc) && needsClusterIP(svc)) {
    if (!spec.clusterIP) spec.clusterIP = oldSvc.spec.clusterIP;
    if (!spec.clusterIPs?.length) spec.clusterIPs = oldSvc.spec.clusterIPs;
    if (spec.clusterIP !== oldSvc.spec.clusterIP) {
      return [{ type: 'Invalid', field: 'spec.clusterIPs[0]', value: [spec.clusterIP], detail: 'may not change once set', valueText: goStrings([String(spec.clusterIP)]) }];
    }
  }
  const oldPorts = needsNodePorts(oldSvc) ? (oldSvc.spec.ports ?? []) : [];
  // dropTypeDependentFields: leaving NodePort/LoadBalancer drops the node ports the server had
  // allocated (a port the user changes on purpose is still rejected by validation).
  if (oldPorts.length && !needsNodePorts(svc)) {
    for (const p of spec.ports ?? []) {
      const previous = oldPorts.find((o) => samePort(o, p));
      if (p.nodePort && previous?.nodePort === p.nodePort) delete p.nodePort;
    }
  }
  if (needsNodePorts(svc)) {
    for (const p of spec.ports ?? []) {
      if (p.nodePort) continue;
      const previous = oldPorts.find((o) => samePort(o, p));
      if (previous?.nodePort) p.nodePort = previous.nodePort;
    }
  }
  const tx: Transaction = { ips: [], ports: [] };
  const keptIP = needsClusterIP(oldSvc) && needsClusterIP(svc);
  const errors = keptIP ? [] : allocateIP(svc, a, tx);
  const keep = new Set(oldPorts.map((p) => p.nodePort).filter((n): n is number => !!n));
  if (!errors.length) errors.push(...allocateNodePorts(svc, a, tx, keep));
  const oldHealth = needsHealthCheck(oldSvc) ? healthCheckPort(oldSvc) : 0;
  if (needsHealthCheck(svc) && !healthCheckPort(svc) && oldHealth) svc.spec.healthCheckNodePort = oldHealth;
  if (!errors.length) errors.push(...allocateHealthCheck(svc, a, tx, oldHealth));
  if (errors.length) { rollback(a, tx); return errors; }
  if (oldHealth && healthCheckPort(svc) !== oldHealth) a.nodePorts.release(oldHealth);
  // Accepted: free what the old object held and the new one does not.
  if (!keptIP && needsClusterIP(oldSvc) && oldSvc.spec.clusterIP) a.clusterIPs.release(oldSvc.spec.clusterIP);
  const nowUsed = new Set(needsNodePorts(svc) ? (spec.ports ?? []).map((p) => p.nodePort) : []);
  for (const port of keep) if (!nowUsed.has(port)) a.nodePorts.release(port);
  return [];
}

export function releaseOnDelete(svc: Service, a: ServiceAllocators): void {
  if (needsClusterIP(svc) && svc.spec.clusterIP) a.clusterIPs.release(svc.spec.clusterIP);
  if (needsNodePorts(svc)) for (const p of svc.spec.ports ?? []) if (p.nodePort) a.nodePorts.release(p.nodePort);
  if (healthCheckPort(svc)) a.nodePorts.release(healthCheckPort(svc));
}
