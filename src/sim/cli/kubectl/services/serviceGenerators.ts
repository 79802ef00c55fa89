// The objects `kubectl create service <type>` and `kubectl expose` build on the client, before
// anything is sent (what --dry-run=client -o yaml prints). Errors carry kubectl's own texts.
import type { Deployment, KubeObject, Pod, ReplicaSet, ReplicationController, Service, ServicePort } from '../../../api/types.ts';

export class KubectlUsageError extends Error {}

export type CreateServiceType = 'clusterip' | 'nodeport' | 'loadbalancer' | 'externalname';

export interface CreateServiceOptions {
  type: CreateServiceType;
  name: string;
  /** --tcp values, each "<port>" or "<port>:<targetPort>" (comma-separated lists already split). */
  tcp: string[];
  clusterIP?: string;
  nodePort?: number;
  externalName?: string;
  /** Set only when -n/--namespace was given on the command line. */
  namespace?: string;
}

const SERVICE_TYPE: Record<CreateServiceType, Service['spec']['type']> = {
  clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer', externalname: 'ExternalName',
};

/** Go's strconv.ParseUint(s, 10, 16) error texts for a port. */
function parsePort(text: string): number {
  if (!/^\d+$/.test(text)) throw new KubectlUsageError(`strconv.ParseUint: parsing ${JSON.stringify(text)}: invalid syntax`);
  const n = Number(text);
  if (n > 65535) throw new KubectlUsageError(`strconv.ParseUint: parsing ${JSON.stringify(text)}: value out of range`);
  return n;
}

export function createServiceObject(o: CreateServiceOptions): Service {
  if (o.type === 'externalname' && !o.externalName) throw new KubectlUsageError('required flag(s) "external-name" not set');
  if (o.tcp.length === 0 && o.type !== 'externalname' && o.clusterIP !== 'None') {
    throw new KubectlUsageError('at least one tcp port specifier must be provided');
  }
  // Objects are built in the Go structs' field order, which `-o json` prints.
  const ports: ServicePort[] = o.tcp.map((spec) => {
    const [portText, targetText] = spec.split(':');
    const port = parsePort(portText);
    const target: string | number = targetText === undefined ? port : /^\d+$/.test(targetText) ? Number(targetText) : targetText;
    const p: ServicePort = { name: targetText === undefined ? portText : `${portText}-${targetText}`, protocol: 'TCP', port, targetPort: target };
    if (o.nodePort && o.nodePort > 0) p.nodePort = o.nodePort;
    return p;
  });
  const metadata: Service['metadata'] = { name: o.name };
  if (o.namespace) metadata.namespace = o.namespace;
  metadata.creationTimestamp = null as unknown as string;
  metadata.labels = { app: o.name };
  const spec: Service['spec'] = {};
  if (ports.length) spec.ports = ports;
  spec.selector = { app: o.name };
  if (o.clusterIP) spec.clusterIP = o.clusterIP;
  spec.type = SERVICE_TYPE[o.type];
  if (o.type === 'externalname') spec.externalName = o.externalName;
  return { kind: 'Service', apiVersion: 'v1', metadata, spec, status: { loadBalancer: {} } } as Service;
}

export interface ExposeOptions {
  port?: string;
  targetPort?: string;
  protocol?: string;
  type?: string;
  name?: string;
  selector?: string;
  labels?: string;
  clusterIP?: string;
  externalIP?: string;
  namespace?: string;
}

const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];

function parseLabels(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const [k, v] = pair.split('=');
    if (!k || v === undefined) throw new KubectlUsageError(`invalid label spec: ${pair}`);
    out[k] = v;
  }
  return out;
}

/** What expose reads from the exposed object: its selector, labels and the ports of its pod template. */
function introspect(obj: KubeObject): { selector?: Record<string, string>; selectorError?: string; labels?: Record<string, string>; ports: { port: number; protocol?: string }[] } {
  const containerPorts = (spec: Pod['spec'] | undefined) => (spec?.containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => ({ port: p.containerPort, protocol: p.protocol })));
  switch (obj.kind) {
    case 'Pod': {
      const pod = obj as Pod;
      const labels = pod.metadata.labels;
      if (!labels || !Object.keys(labels).length) return { selectorError: 'the pod has no labels and cannot be exposed', ports: containerPorts(pod.spec) };
      return { selector: labels, labels, ports: containerPorts(pod.spec) };
    }
    case 'ReplicationController': {
      const rc = obj as ReplicationController;
      return { selector: rc.spec.selector ?? rc.spec.template?.metadata?.labels, labels: rc.metadata.labels, ports: containerPorts(rc.spec.template?.spec) };
    }
    case 'ReplicaSet':
    case 'Deployment': {
      const o = obj as ReplicaSet | Deployment;
      const sel = o.spec.selector;
      if (sel?.matchExpressions?.length) {
        return { selectorError: `couldn't convert expressions - "${sel.matchExpressions.map((e) => e.key).join(',')}" to map-based selector format`, ports: containerPorts(o.spec.template?.spec) };
      }
      return { selector: sel?.matchLabels, labels: o.metadata.labels, ports: containerPorts(o.spec.template?.spec) };
    }
    case 'Service': {
      const s = obj as Service;
      return { selector: s.spec.selector, labels: s.metadata.labels, ports: (s.spec.ports ?? []).map((p) => ({ port: p.port, protocol: p.protocol })) };
    }
    default:
      throw new KubectlUsageError(`cannot expose a ${obj.kind}`);
  }
}

/** `kubectl expose <kind> <name>`: a Service selecting the object's pods. */
export function exposeServiceObject(obj: KubeObject, o: ExposeOptions): Service {
  const info = introspect(obj);
  let selector = info.selector;
  if (o.selector) selector = parseLabels(o.selector);
  if (!selector || !Object.keys(selector).length) {
    throw new KubectlUsageError(`couldn't retrieve selectors via --selector flag or introspection: ${info.selectorError ?? 'no selectors found'}`);
  }
  if (o.type && !SERVICE_TYPES.includes(o.type)) throw new KubectlUsageError(`invalid service type ${JSON.stringify(o.type)}`);
  const protocol = (o.protocol ?? 'TCP') as ServicePort['protocol'];
  let ports: ServicePort[];
  if (o.port) {
    ports = o.port.split(',').map((p) => ({ port: Number(p), protocol, targetPort: Number(p) }));
    if (ports.some((p) => !Number.isInteger(p.port))) throw new KubectlUsageError(`invalid port: ${o.port}`);
  } else {
    if (!info.ports.length) throw new KubectlUsageError("couldn't find port via --port flag or introspection");
    ports = info.ports.map((p) => ({ port: p.port, protocol: (o.protocol ?? p.protocol ?? 'TCP') as ServicePort['protocol'], targetPort: p.port }));
  }
  if (ports.length > 1) ports.forEach((p, i) => { p.name = `port-${i + 1}`; });
  if (o.targetPort !== undefined) {
    const t: string | number = /^\d+$/.test(o.targetPort) ? Number(o.targetPort) : o.targetPort;
    for (const p of ports) p.targetPort = t;
  }
  // ServicePort's field order (name, protocol, port, targetPort), which -o json prints.
  ports = ports.map((p) => (p.name ? { name: p.name, protocol: p.protocol, port: p.port, targetPort: p.targetPort } : { protocol: p.protocol, port: p.port, targetPort: p.targetPort }));
  const labels = o.labels ? parseLabels(o.labels) : info.labels;
  const metadata: Service['metadata'] = { name: o.name ?? obj.metadata.name };
  if (o.namespace) metadata.namespace = o.namespace;
  metadata.creationTimestamp = null as unknown as string;
  if (labels && Object.keys(labels).length) metadata.labels = labels;
  const spec: Service['spec'] = { ports, selector };
  if (o.clusterIP) spec.clusterIP = o.clusterIP;
  if (o.type) spec.type = o.type as Service['spec']['type'];
  if (o.externalIP) spec.externalIPs = [o.externalIP];
  return { kind: 'Service', apiVersion: 'v1', metadata, spec, status: { loadBalancer: {} } } as Service;
}
