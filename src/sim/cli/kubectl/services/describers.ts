// `kubectl describe` for Services (with the endpoints from their EndpointSlices), ResourceQuotas
// and Namespaces (with their quotas), laid out as kubectl's describe.go writes them.
import type { EndpointSlice, Endpoints, KubeEvent, KubeObject, ResourceQuota, Service, ServicePort } from '../../../api/types.ts';
import { api, type Effect } from '../../command.ts';
import { describeEvents, DescribeWriter, printAnnotationsMultiline, printLabelsMultiline } from '../describeWriter.ts';
import type { KubectlContext } from '../registry.ts';
import { registerDescriber } from '../verbs/describe.ts';
import { describeQuota, SCOPE_HELP } from './quotaPrinters.ts';

const formatLabels = (m: Record<string, string> | undefined) => {
  const entries = Object.entries(m ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(',') : '<none>';
};

/**
 * The Endpoints line of `describe service`: ready endpoints of the Service's slices for one port
 * name, at most three, then "+ N more..." (the marker is set as soon as the list is full, even if
 * only not-ready endpoints follow, as kubectl does); "<none>" when there are no slices at all.
 */
export function formatEndpointSlices(slices: EndpointSlice[], port: ServicePort): string {
  if (slices.length === 0) return '<none>';
  const max = 3;
  const list: string[] = [];
  let more = false;
  let count = 0;
  const visit = (e: EndpointSlice['endpoints'][number], text: string) => {
    if (list.length === max) more = true;
    if (e.conditions?.ready === false) return;
    if (!more) list.push(text);
    count++;
  };
  for (const s of slices) {
    if (!(s.ports ?? []).length) {
      for (const e of s.endpoints ?? []) visit(e, e.addresses[0]);
      continue;
    }
    for (const p of s.ports ?? []) {
      if ((p.name ?? '') !== (port.name ?? '')) continue;
      for (const e of s.endpoints ?? []) visit(e, `${e.addresses[0]}:${p.port}`);
    }
  }
  return more ? `${list.join(',')} + ${count - max} more...` : list.join(',');
}

export function describeServiceText(svc: Service, slices: EndpointSlice[], events: KubeEvent[] | undefined, now: number): string {
  const w = new DescribeWriter();
  const spec = svc.spec;
  w.write(0, `Name:\t${svc.metadata.name}\n`);
  w.write(0, `Namespace:\t${svc.metadata.namespace}\n`);
  printLabelsMultiline(w, 'Labels', svc.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', svc.metadata.annotations);
  w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(0, `Type:\t${spec.type}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(0, `IP Families:\t${spec.ipFamilies?.length ? spec.ipFamilies.join(',') : '<none>'}\n`);
  w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`);
  if (spec.clusterIPs?.length) w.write(0, `IPs:\t${spec.clusterIPs.join(',')}\n`);
  if (spec.externalIPs?.length) w.write(0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
  if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`);
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length) w.write(0, `LoadBalancer Ingress:\t${ingress.map((i) => i.ip ?? i.hostname).join(', ')}\n`);
  for (const p of spec.ports ?? []) {
    const name = p.name || '<unset>';
    const protocol = p.protocol ?? 'TCP';
    w.write(0, `Port:\t${name}\t${p.port}/${protocol}\n`);
    w.write(0, `TargetPort:\t${p.targetPort ?? p.port}/${protocol}\n`);
    if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${protocol}\n`);
    w.write(0, `Endpoints:\t${formatEndpointSlices(slices, p)}\n`);
  }
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? 'None'}\n`);
  if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (events) describeEvents(w, events, now);
  return w.toString();
}

function* describeService(ctx: KubectlContext, obj: KubeObject, events: KubeEvent[]): Generator<Effect, string, unknown> {
  const svc = obj as Service;
  const r = yield* api({ verb: 'list', resource: 'endpointslices', namespace: svc.metadata.namespace, labelSelector: `kubernetes.io/service-name=${svc.metadata.name}` });
  const slices = (r.ok ? r.items ?? [] : []) as EndpointSlice[];
  return describeServiceText(svc, slices, events, ctx.io.now());
}

/** DescribeResourceQuotas inside `describe namespace` (its separator row uses three dashes). */
export function describeNamespaceText(ns: KubeObject, quotas: ResourceQuota[]): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${ns.metadata.name}\n`);
  printLabelsMultiline(w, 'Labels', ns.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', ns.metadata.annotations);
  w.write(0, `Status:\t${(ns.status as { phase?: string } | undefined)?.phase ?? ''}\n`);
  w.write(0, '\n');
  if (!quotas.length) w.write(0, 'No resource quota.\n');
  else {
    w.write(0, 'Resource Quotas\n');
    for (const q of [...quotas].sort((a, b) => ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1))) {
      w.write(1, `Name:\t${q.metadata.name}\n`);
      const scopes = [...(q.spec?.scopes ?? [])].sort();
      if (scopes.length) {
        w.write(1, `Scopes:\t${scopes.join(', ')}\n`);
        for (const scope of scopes) if (SCOPE_HELP[scope]) w.write(1, `* ${SCOPE_HELP[scope]}\n`);
      }
      w.write(1, 'Resource\tUsed\tHard\n');
      w.write(1, '--------\t---\t---\n');
      for (const r of Object.keys(q.status?.hard ?? {}).sort()) w.write(1, `${r}\t${q.status?.used?.[r] ?? '0'}\t${q.status?.hard?.[r]}\n`);
    }
  }
  w.write(0, '\n');
  w.write(0, 'No LimitRange resource.\n');
  return w.toString();
}

function* describeNamespace(_ctx: KubectlContext, obj: KubeObject): Generator<Effect, string, unknown> {
  const r = yield* api({ verb: 'list', resource: 'resourcequotas', namespace: obj.metadata.name });
  return describeNamespaceText(obj, (r.ok ? r.items ?? [] : []) as ResourceQuota[]);
}

function* describeResourceQuota(_ctx: KubectlContext, obj: KubeObject): Generator<Effect, string, unknown> {
  return describeQuota(obj as ResourceQuota);
}

export function describeEndpointsText(ep: Endpoints, events: KubeEvent[] | undefined, now: number): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${ep.metadata.name}\n`);
  w.write(0, `Namespace:\t${ep.metadata.namespace}\n`);
  printLabelsMultiline(w, 'Labels', ep.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', ep.metadata.annotations);
  w.write(0, 'Subsets:\n');
  for (const subset of ep.subsets ?? []) {
    const ips = (list: { ip: string }[] | undefined) => (list ?? []).map((a) => a.ip).join(',') || '<none>';
    w.write(1, `Addresses:\t${ips(subset.addresses)}\n`);
    w.write(1, `NotReadyAddresses:\t${ips(subset.notReadyAddresses)}\n`);
    if (subset.ports?.length) {
      w.write(1, 'Ports:\n');
      w.write(2, 'Name\tPort\tProtocol\n');
      w.write(2, '----\t----\t--------\n');
      for (const p of subset.ports) w.write(2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol ?? 'TCP'}\n`);
    }
    w.write(0, '\n');
  }
  if (events) describeEvents(w, events, now);
  return w.toString();
}

function* describeEndpoints(ctx: KubectlContext, obj: KubeObject, events: KubeEvent[]): Generator<Effect, string, unknown> {
  return describeEndpointsText(obj as Endpoints, events, ctx.io.now());
}

registerDescriber('services', describeService);
registerDescriber('endpoints', describeEndpoints);
registerDescriber('namespaces', describeNamespace);
registerDescriber('resourcequotas', describeResourceQuota);
