// The EndpointSlice controller's reconcile (k/k pkg/controller/endpointslice): every Service with a
// selector gets slices labelled kubernetes.io/service-name=<svc>, owned by the Service, listing the
// selected pods with ready/serving/terminating conditions. kube-proxy reads these, not Endpoints.
//
// Slices hold at most 100 endpoints (--max-endpoints-per-slice); bigger sets are cut in order.
// Simplification: the real controller packs and reuses partly-filled slices more cleverly.
import type { EndpointSlice, Pod, Service } from '../api/types.ts';
import type { ControllerAction } from './util/actions.ts';
import { semanticEqual } from './util/semanticEqual.ts';
import { isPodReady } from './util/podUtil.ts';
import { compareIPs, findPort, podTargetRef, selectedPods } from './endpointsPodPorts.ts';

export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
export const CONTROLLER_NAME = 'endpointslice-controller.k8s.io';
export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const MAX_ENDPOINTS_PER_SLICE = 100;

type SlicePort = NonNullable<EndpointSlice['ports']>[number];
type SliceEndpoint = EndpointSlice['endpoints'][number];

interface DesiredSlice { ports: SlicePort[]; endpoints: SliceEndpoint[] }

const portsKey = (ports: SlicePort[]) => ports.map((p) => `${p.name}/${p.port}/${p.protocol}`).join(',');

export function desiredSlices(svc: Service, pods: Pod[]): DesiredSlice[] {
  const groups = new Map<string, DesiredSlice>();
  for (const pod of selectedPods(svc, pods)) {
    const ports: SlicePort[] = [];
    for (const sp of svc.spec.ports ?? []) {
      const port = findPort(pod, sp);
      if (port !== undefined) ports.push({ name: sp.name ?? '', port, protocol: sp.protocol ?? 'TCP' });
    }
    const key = portsKey(ports);
    const group = groups.get(key) ?? { ports, endpoints: [] };
    groups.set(key, group);
    const terminating = !!pod.metadata.deletionTimestamp;
    const ready = isPodReady(pod);
    const endpoint: SliceEndpoint = {
      addresses: [pod.status!.podIP!],
      conditions: { ready: ready && !terminating, serving: ready, terminating },
      targetRef: podTargetRef(pod),
    };
    if (pod.spec.nodeName) endpoint.nodeName = pod.spec.nodeName;
    group.endpoints.push(endpoint);
  }
  const out: DesiredSlice[] = [];
  for (const group of [...groups.values()].sort((a, b) => (portsKey(a.ports) < portsKey(b.ports) ? -1 : 1))) {
    group.endpoints.sort((a, b) => compareIPs(a.addresses[0], b.addresses[0]));
    for (let i = 0; i < group.endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) {
      out.push({ ports: group.ports, endpoints: group.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE) });
    }
  }
  return out;
}

export function isManagedSliceOf(slice: EndpointSlice, svc: Service): boolean {
  return slice.metadata.namespace === svc.metadata.namespace
    && slice.metadata.labels?.[SERVICE_NAME_LABEL] === svc.metadata.name
    && slice.metadata.labels?.[MANAGED_BY_LABEL] === CONTROLLER_NAME;
}

function sliceLabels(svc: Service): Record<string, string> {
  const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) };
  labels[MANAGED_BY_LABEL] = CONTROLLER_NAME;
  labels[SERVICE_NAME_LABEL] = svc.metadata.name ?? '';
  if (!svc.spec.clusterIP || svc.spec.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  return labels;
}

/**
 * Creates, updates and deletes slices so that the Service's managed slices match the desired
 * ones. Existing slices are reused in order (the real controller also prefers updating to
 * replacing); a Service with no endpoints keeps one empty placeholder slice.
 */
export function reconcileEndpointSlices(svc: Service, pods: Pod[], slices: EndpointSlice[], changeTime: string): ControllerAction[] {
  if (!svc.spec.selector || Object.keys(svc.spec.selector).length === 0) return [];
  if (svc.spec.type === 'ExternalName') return [];
  const current = slices.filter((s) => isManagedSliceOf(s, svc)).sort((a, b) => ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1));
  const desired = desiredSlices(svc, pods);
  if (desired.length === 0) desired.push({ ports: [], endpoints: [] });
  const labels = sliceLabels(svc);
  const actions: ControllerAction[] = [];
  desired.forEach((want, i) => {
    const existing = current[i];
    if (existing && semanticEqual(existing.endpoints ?? [], want.endpoints) && semanticEqual(existing.ports ?? [], want.ports)
      && semanticEqual(existing.metadata.labels ?? {}, labels)) return;
    const slice: EndpointSlice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        ...(existing?.metadata ?? { generateName: `${svc.metadata.name}-` }),
        namespace: svc.metadata.namespace,
        labels,
        annotations: { ...(existing?.metadata.annotations ?? {}), 'endpoints.kubernetes.io/last-change-trigger-time': changeTime },
        ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: svc.metadata.name ?? '', uid: svc.metadata.uid ?? '', controller: true, blockOwnerDeletion: true }],
      },
      addressType: 'IPv4',
      endpoints: want.endpoints,
    };
    if (want.ports.length) slice.ports = want.ports;
    actions.push(existing ? { type: 'update', object: slice } : { type: 'create', object: slice });
  });
  for (const extra of current.slice(desired.length)) {
    actions.push({ type: 'delete', target: { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', namespace: extra.metadata.namespace, name: extra.metadata.name ?? '', uid: extra.metadata.uid } });
  }
  return actions;
}
