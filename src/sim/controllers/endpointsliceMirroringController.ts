// The EndpointSlice mirroring controller (k/k pkg/controller/endpointslicemirroring): for a
// Service without a selector whose Endpoints the user wrote by hand, it copies those Endpoints
// into EndpointSlices, since kube-proxy reads only slices. Endpoints labelled skip-mirror (such
// as the API server's own `kubernetes` endpoints) are left alone.
import type { EndpointSlice, Endpoints, Service } from '../api/types.ts';
import type { ControllerAction } from './util/actions.ts';
import { semanticEqual } from './util/semanticEqual.ts';
import { SERVICE_NAME_LABEL } from './endpointsliceController.ts';

export const MIRRORING_MANAGED_BY = 'endpointslicemirroring-controller.k8s.io';
export const SKIP_MIRROR_LABEL = 'endpointslice.kubernetes.io/skip-mirror';

type SlicePort = NonNullable<EndpointSlice['ports']>[number];

/** Whether these Endpoints should be mirrored: a selector-less Service exists and nothing opts out. */
export function shouldMirror(ep: Endpoints | undefined, svc: Service | undefined): boolean {
  if (!ep || !svc) return false;
  if (svc.spec.selector && Object.keys(svc.spec.selector).length) return false;
  if (ep.metadata.labels?.[SKIP_MIRROR_LABEL] === 'true') return false;
  return !ep.metadata.annotations?.['control-plane.alpha.kubernetes.io/leader'];
}

export function isMirroredSliceOf(slice: EndpointSlice, namespace: string | undefined, name: string): boolean {
  return slice.metadata.namespace === namespace && slice.metadata.labels?.[SERVICE_NAME_LABEL] === name
    && slice.metadata.labels?.['endpointslice.kubernetes.io/managed-by'] === MIRRORING_MANAGED_BY;
}

export function reconcileMirroring(ep: Endpoints | undefined, svc: Service | undefined, slices: EndpointSlice[], namespace: string | undefined, name: string): ControllerAction[] {
  const current = slices.filter((s) => isMirroredSliceOf(s, namespace, name)).sort((a, b) => ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1));
  const remove = (s: EndpointSlice): ControllerAction => ({ type: 'delete', target: { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', namespace, name: s.metadata.name ?? '', uid: s.metadata.uid } });
  if (!shouldMirror(ep, svc)) return current.map(remove);
  const labels: Record<string, string> = { ...(ep!.metadata.labels ?? {}), 'endpointslice.kubernetes.io/managed-by': MIRRORING_MANAGED_BY, [SERVICE_NAME_LABEL]: name };
  const desired = (ep!.subsets ?? []).map((subset) => ({
    ports: (subset.ports ?? []).map((p): SlicePort => ({ name: p.name ?? '', port: p.port, protocol: p.protocol ?? 'TCP' })),
    endpoints: [
      ...(subset.addresses ?? []).map((a) => ({ addresses: [a.ip], conditions: { ready: true }, ...(a.nodeName ? { nodeName: a.nodeName } : {}), ...(a.targetRef ? { targetRef: a.targetRef } : {}) })),
      ...(subset.notReadyAddresses ?? []).map((a) => ({ addresses: [a.ip], conditions: { ready: false }, ...(a.nodeName ? { nodeName: a.nodeName } : {}), ...(a.targetRef ? { targetRef: a.targetRef } : {}) })),
    ],
  })).filter((d) => d.endpoints.length);
  const actions: ControllerAction[] = [];
  desired.forEach((want, i) => {
    const existing = current[i];
    if (existing && semanticEqual(existing.endpoints, want.endpoints) && semanticEqual(existing.ports ?? [], want.ports) && semanticEqual(existing.metadata.labels, labels)) return;
    const slice: EndpointSlice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        ...(existing?.metadata ?? { generateName: `${name}-` }),
        namespace,
        labels,
        ownerReferences: [{ apiVersion: 'v1', kind: 'Endpoints', name, uid: ep!.metadata.uid ?? '', controller: true, blockOwnerDeletion: true }],
      },
      addressType: 'IPv4',
      endpoints: want.endpoints,
    };
    if (want.ports.length) slice.ports = want.ports;
    actions.push(existing ? { type: 'update', object: slice } : { type: 'create', object: slice });
  });
  for (const extra of current.slice(desired.length)) actions.push(remove(extra));
  return actions;
}
