// `kubectl get` columns for the kinds this part of the engine adds: EndpointSlices and
// ResourceQuotas (the server-side table printers printEndpointSlice / printResourceQuota).
import type { EndpointSlice, ResourceQuota } from '../../../api/types.ts';
import { age } from '../age.ts';
import { registerPrinter } from '../registry.ts';
import { quotaRequestLimitCells } from './quotaPrinters.ts';

/** formatDiscoveryList: at most three items, then "+ N more...", "<unset>" when empty. */
export function discoveryList(items: string[]): string {
  if (items.length === 0) return '<unset>';
  const shown = items.slice(0, 3).join(',');
  return items.length > 3 ? `${shown} + ${items.length - 3} more...` : shown;
}

export function endpointSliceCells(slice: EndpointSlice): [string, string] {
  const ports = (slice.ports ?? []).map((p) => (p.port !== undefined ? String(p.port) : p.name ?? '*'));
  const addresses = (slice.endpoints ?? []).flatMap((e) => e.addresses ?? []);
  return [discoveryList(ports), discoveryList(addresses)];
}

registerPrinter({
  resource: 'endpointslices',
  columns: () => ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
  row(obj, { now }) {
    const slice = obj as EndpointSlice;
    const [ports, endpoints] = endpointSliceCells(slice);
    return [slice.metadata.name!, slice.addressType, ports, endpoints, age(slice.metadata.creationTimestamp, now)];
  },
});

registerPrinter({
  resource: 'resourcequotas',
  columns: () => ['NAME', 'AGE', 'REQUEST', 'LIMIT'],
  row(obj, { now }) {
    const q = obj as ResourceQuota;
    const [request, limit] = quotaRequestLimitCells(q);
    return [q.metadata.name!, age(q.metadata.creationTimestamp, now), request, limit];
  },
});
