// The Endpoints controller's reconcile (k/k pkg/controller/endpoint): for every Service with a
// selector, one Endpoints object of the same name listing the selected pods' IPs, ready ones in
// addresses and the others in notReadyAddresses, with the resolved target ports.
import type { EndpointAddress, Endpoints, Pod, Service } from '../api/types.ts';
import type { ControllerAction } from './util/actions.ts';
import { semanticEqual } from './util/semanticEqual.ts';
import { isPodReady } from './util/podUtil.ts';
import { compareIPs, findPort, podTargetRef, selectedPods } from './endpointsPodPorts.ts';

type Subset = NonNullable<Endpoints['subsets']>[number];
type EndpointPort = NonNullable<Subset['ports']>[number];

const portsKey = (ports: EndpointPort[]) => ports.map((p) => `${p.name ?? ''}/${p.port}/${p.protocol}`).join(',');

/** The subsets the controller computes: one per distinct port set, as RepackSubsets groups them. */
export function desiredSubsets(svc: Service, pods: Pod[]): Subset[] {
  const groups = new Map<string, { ports: EndpointPort[]; ready: EndpointAddress[]; notReady: EndpointAddress[] }>();
  for (const pod of selectedPods(svc, pods)) {
    if (pod.metadata.deletionTimestamp) continue;
    const ports: EndpointPort[] = [];
    for (const sp of svc.spec.ports ?? []) {
      const port = findPort(pod, sp);
      if (port === undefined) continue; // a named targetPort the pod does not declare
      const ep: EndpointPort = { port, protocol: sp.protocol ?? 'TCP' };
      if (sp.name) ep.name = sp.name;
      ports.push(ep);
    }
    if (ports.length === 0 && (svc.spec.ports ?? []).length > 0) continue;
    ports.sort((a, b) => ((a.name ?? '') < (b.name ?? '') ? -1 : (a.name ?? '') > (b.name ?? '') ? 1 : a.port - b.port));
    const key = portsKey(ports);
    const group = groups.get(key) ?? { ports, ready: [], notReady: [] };
    groups.set(key, group);
    const address: EndpointAddress = { ip: pod.status!.podIP!, targetRef: podTargetRef(pod) };
    if (pod.spec.nodeName) address.nodeName = pod.spec.nodeName;
    (isPodReady(pod) ? group.ready : group.notReady).push(address);
  }
  const subsets: Subset[] = [];
  for (const g of [...groups.values()].sort((a, b) => (portsKey(a.ports) < portsKey(b.ports) ? -1 : 1))) {
    const subset: Subset = {};
    if (g.ready.length) subset.addresses = g.ready.sort((a, b) => compareIPs(a.ip, b.ip));
    if (g.notReady.length) subset.notReadyAddresses = g.notReady.sort((a, b) => compareIPs(a.ip, b.ip));
    subset.ports = g.ports;
    subsets.push(subset);
  }
  return subsets;
}

/** An Endpoints object keeps at most 1000 addresses; the rest is dropped and the object marked. */
export const MAX_ENDPOINTS = 1000;
export const OVER_CAPACITY_ANNOTATION = 'endpoints.kubernetes.io/over-capacity';

function truncate(subsets: Subset[]): { subsets: Subset[]; truncated: boolean } {
  let budget = MAX_ENDPOINTS;
  let truncated = false;
  const out: Subset[] = [];
  for (const s of subsets) {
    const ready = (s.addresses ?? []).slice(0, budget);
    budget -= ready.length;
    const notReady = (s.notReadyAddresses ?? []).slice(0, budget);
    budget -= notReady.length;
    if (ready.length < (s.addresses ?? []).length || notReady.length < (s.notReadyAddresses ?? []).length) truncated = true;
    if (!ready.length && !notReady.length) continue;
    const t: Subset = {};
    if (ready.length) t.addresses = ready;
    if (notReady.length) t.notReadyAddresses = notReady;
    t.ports = s.ports;
    out.push(t);
  }
  return { subsets: out, truncated };
}

/**
 * Returns the create or update the controller sends, or nothing when the stored Endpoints already
 * match. Services without a selector are left alone: their Endpoints belong to the user.
 */
export function reconcileEndpoints(svc: Service, pods: Pod[], current: Endpoints | undefined, changeTime: string): ControllerAction[] {
  if (!svc.spec.selector || Object.keys(svc.spec.selector).length === 0) return [];
  if (svc.spec.type === 'ExternalName') return [];
  const { subsets, truncated } = truncate(desiredSubsets(svc, pods));
  const labels = { ...(svc.metadata.labels ?? {}) };
  if (!svc.spec.clusterIP || svc.spec.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  const wasTruncated = current?.metadata.annotations?.[OVER_CAPACITY_ANNOTATION] === 'truncated';
  if (current && semanticEqual(current.subsets ?? [], subsets) && semanticEqual(current.metadata.labels ?? {}, labels) && wasTruncated === truncated) return [];
  const endpoints: Endpoints = {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: {
      ...(current?.metadata ?? {}),
      name: svc.metadata.name,
      namespace: svc.metadata.namespace,
      labels: Object.keys(labels).length ? labels : undefined,
      annotations: { ...(current?.metadata.annotations ?? {}), 'endpoints.kubernetes.io/last-change-trigger-time': changeTime },
    },
  };
  if (truncated) endpoints.metadata.annotations![OVER_CAPACITY_ANNOTATION] = 'truncated';
  else delete endpoints.metadata.annotations![OVER_CAPACITY_ANNOTATION];
  if (subsets.length) endpoints.subsets = subsets;
  return [current ? { type: 'update', object: endpoints } : { type: 'create', object: endpoints }];
}
