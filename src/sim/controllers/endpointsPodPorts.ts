// What the Endpoints and EndpointSlice controllers share: which pods back a Service and on which
// port each of them serves a service port (k/k pkg/controller/util/endpoint, podutil.FindPort).
import type { Container, Pod, Service, ServicePort } from '../api/types.ts';
import { matchesEqualitySelector } from './util/labelSelector.ts';

/** podutil.FindPort: a numeric targetPort is used as is; a named one is looked up among the containers' ports. */
export function findPort(pod: Pod, svcPort: ServicePort): number | undefined {
  const target = svcPort.targetPort ?? svcPort.port;
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  const protocol = svcPort.protocol ?? 'TCP';
  const containers: Container[] = pod.spec.containers ?? [];
  for (const c of containers) {
    for (const p of c.ports ?? []) {
      if (p.name === target && (p.protocol ?? 'TCP') === protocol) return p.containerPort;
    }
  }
  return undefined;
}

/** Pods the Service selects: same namespace, matching labels, with an IP, not finished. A Service without a selector selects nothing. */
export function selectedPods(svc: Service, pods: Pod[]): Pod[] {
  const selector = svc.spec.selector;
  if (!selector || Object.keys(selector).length === 0) return [];
  return pods
    .filter((p) => p.metadata.namespace === svc.metadata.namespace)
    .filter((p) => matchesEqualitySelector(selector, p.metadata.labels))
    .filter((p) => !!p.status?.podIP)
    .filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed')
    .sort((a, b) => ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1));
}

export function podTargetRef(pod: Pod) {
  return { kind: 'Pod', name: pod.metadata.name ?? '', namespace: pod.metadata.namespace, uid: pod.metadata.uid };
}

/** Compares dotted IPv4 addresses numerically (the order the controllers keep addresses in). */
export function compareIPs(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
