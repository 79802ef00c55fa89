import type { DaemonSet } from './printerTypes.ts';
import type { Deployment, Endpoints, KubeEvent, KubeObject, Lease, Namespace, Node, Pod, ReplicaSet, ReplicationController, Service } from '../../api/types.ts';
import { age } from './age.ts';
import { formatEndpoints } from './endpointsText.ts';
import { nodeRoles, nodeStatusText, podReadyText, podRestarts, podStatusText } from './podStatus.ts';
import { registerPrinter } from './registry.ts';

/** `kubectl get` columns per resource, as kubectl's server-side table printers produce them. */
const none = (v: string | undefined) => (v ? v : '<none>');

registerPrinter({
  resource: 'pods',
  columns: (wide) => ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', ...(wide ? ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'] : [])],
  row(obj, { now, wide }) {
    const pod = obj as Pod;
    const { count, lastRestart } = podRestarts(pod);
    const restarts = count !== 0 && lastRestart ? `${count} (${age(lastRestart, now)} ago)` : String(count);
    const row = [pod.metadata.name!, podReadyText(pod), podStatusText(pod), restarts, age(pod.metadata.creationTimestamp, now)];
    if (wide) row.push(none(pod.status?.podIP), none(pod.spec.nodeName), none(pod.status?.nominatedNodeName), '<none>');
    return row;
  },
});

registerPrinter({
  resource: 'nodes',
  columns: (wide) => ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION', ...(wide ? ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'] : [])],
  row(obj, { now, wide }) {
    const node = obj as Node;
    const info = node.status?.nodeInfo;
    const row = [node.metadata.name!, nodeStatusText(node), nodeRoles(node), age(node.metadata.creationTimestamp, now), info?.kubeletVersion ?? ''];
    if (wide) {
      const addr = (t: string) => node.status?.addresses?.find((a) => a.type === t)?.address;
      row.push(none(addr('InternalIP')), none(addr('ExternalIP')), info?.osImage ?? '<unknown>', info?.kernelVersion ?? '<unknown>', info?.containerRuntimeVersion ?? '<unknown>');
    }
    return row;
  },
});

registerPrinter({
  resource: 'namespaces',
  columns: () => ['NAME', 'STATUS', 'AGE'],
  row: (obj, { now }) => [obj.metadata.name!, (obj as Namespace).status?.phase ?? '', age(obj.metadata.creationTimestamp, now)],
});

export function servicePorts(svc: Service): string {
  const ports = (svc.spec.ports ?? []).map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`));
  return ports.length ? ports.join(',') : '<none>';
}

function serviceExternalIP(svc: Service): string {
  const type = svc.spec.type ?? 'ClusterIP';
  const external = svc.spec.externalIPs ?? [];
  if (type === 'ExternalName') return svc.spec.externalName ?? '<none>';
  if (type === 'LoadBalancer') {
    const ingress = (svc.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? i.hostname ?? '');
    const all = [...ingress, ...external];
    return all.length ? all.join(',') : '<pending>';
  }
  return external.length ? external.join(',') : '<none>';
}

registerPrinter({
  resource: 'services',
  columns: (wide) => ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE', ...(wide ? ['SELECTOR'] : [])],
  row(obj, { now, wide }) {
    const svc = obj as Service;
    const row = [svc.metadata.name!, svc.spec.type ?? 'ClusterIP', svc.spec.clusterIP || '<none>', serviceExternalIP(svc), servicePorts(svc), age(svc.metadata.creationTimestamp, now)];
    if (wide) row.push(formatSelectorMap(svc.spec.selector));
    return row;
  },
});

export function formatSelectorMap(sel: Record<string, string> | undefined): string {
  const entries = Object.entries(sel ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(',') : '<none>';
}

registerPrinter({
  resource: 'events',
  columns: () => ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
  row(obj, { now }) {
    const ev = obj as KubeEvent;
    const kind = ev.involvedObject.kind.toLowerCase();
    return [age(ev.lastTimestamp ?? ev.metadata.creationTimestamp, now), ev.type, ev.reason, `${kind}/${ev.involvedObject.name}`, ev.message.trim()];
  },
});

registerPrinter({
  resource: 'leases',
  columns: () => ['NAME', 'HOLDER', 'AGE'],
  row: (obj, { now }) => [obj.metadata.name!, (obj as Lease).spec.holderIdentity ?? '', age(obj.metadata.creationTimestamp, now)],
});

registerPrinter({
  resource: 'daemonsets',
  columns: (wide) => ['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
  row(obj, { now, wide }) {
    const ds = obj as unknown as DaemonSet;
    const s = ds.status ?? {};
    const row = [
      ds.metadata.name!, String(s.desiredNumberScheduled ?? 0), String(s.currentNumberScheduled ?? 0), String(s.numberReady ?? 0),
      String(s.updatedNumberScheduled ?? 0), String(s.numberAvailable ?? 0), formatSelectorMap(ds.spec.template.spec.nodeSelector), age(ds.metadata.creationTimestamp, now),
    ];
    if (wide) row.push(...templateColumns(ds.spec.template.spec.containers, ds.spec.selector));
    return row;
  },
});

function templateColumns(containers: { name: string; image?: string }[], selector: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] } | undefined): string[] {
  return [containers.map((c) => c.name).join(','), containers.map((c) => c.image ?? '').join(','), formatLabelSelector(selector)];
}

/** metav1.FormatLabelSelector. */
export function formatLabelSelector(selector: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] } | undefined): string {
  if (!selector) return '<none>';
  const parts: string[] = Object.entries(selector.matchLabels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`);
  for (const e of selector.matchExpressions ?? []) {
    const op = e.operator === 'In' ? 'in' : e.operator === 'NotIn' ? 'notin' : e.operator;
    if (op === 'Exists') parts.push(e.key);
    else if (op === 'DoesNotExist') parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${op} (${[...(e.values ?? [])].sort().join(',')})`);
  }
  return parts.length ? parts.join(',') : '<none>';
}

registerPrinter({
  resource: 'deployments',
  columns: (wide) => ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
  row(obj, { now, wide }) {
    const d = obj as Deployment;
    const s = d.status ?? {};
    const row = [d.metadata.name!, `${s.readyReplicas ?? 0}/${d.spec.replicas ?? 1}`, String(s.updatedReplicas ?? 0), String(s.availableReplicas ?? 0), age(d.metadata.creationTimestamp, now)];
    if (wide) row.push(...templateColumns(d.spec.template.spec.containers, d.spec.selector));
    return row;
  },
});

registerPrinter({
  resource: 'replicasets',
  columns: (wide) => ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
  row(obj, { now, wide }) {
    const rs = obj as ReplicaSet;
    const s = rs.status ?? { replicas: 0 };
    const row = [rs.metadata.name!, String(rs.spec.replicas ?? 1), String(s.replicas ?? 0), String(s.readyReplicas ?? 0), age(rs.metadata.creationTimestamp, now)];
    if (wide) row.push(...templateColumns(rs.spec.template.spec.containers, rs.spec.selector));
    return row;
  },
});

registerPrinter({
  resource: 'replicationcontrollers',
  columns: (wide) => ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
  row(obj, { now, wide }) {
    const rc = obj as ReplicationController;
    const s = rc.status ?? { replicas: 0 };
    const row = [rc.metadata.name!, String(rc.spec.replicas ?? 1), String(s.replicas ?? 0), String(s.readyReplicas ?? 0), age(rc.metadata.creationTimestamp, now)];
    if (wide) {
      const c = rc.spec.template.spec.containers;
      row.push(c.map((x) => x.name).join(','), c.map((x) => x.image ?? '').join(','), formatSelectorMap(rc.spec.selector));
    }
    return row;
  },
});

registerPrinter({
  resource: 'endpoints',
  columns: () => ['NAME', 'ENDPOINTS', 'AGE'],
  row: (obj, { now }) => [obj.metadata.name!, formatEndpoints(obj as Endpoints), age(obj.metadata.creationTimestamp, now)],
});

registerPrinter({
  resource: 'configmaps',
  columns: () => ['NAME', 'DATA', 'AGE'],
  row: (obj, { now }) => [obj.metadata.name!, String(Object.keys((obj.data as object) ?? {}).length + Object.keys((obj.binaryData as object) ?? {}).length), age(obj.metadata.creationTimestamp, now)],
});

/** Fallback for kinds without a printer: NAME and AGE, like the server's default table. */
export function genericRow(obj: KubeObject, now: number): string[] {
  return [obj.metadata.name!, age(obj.metadata.creationTimestamp, now)];
}
