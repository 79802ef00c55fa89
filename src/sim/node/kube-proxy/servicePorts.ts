// What kube-proxy knows about each service port after reading Services and EndpointSlices:
// the simulated counterpart of pkg/proxy's ServicePortMap and EndpointsMap. Pure functions, so the
// same view can drive the iptables rules, the UI and the packet path.
import type { EndpointSlice, Service } from '../../api/types.ts';
import { endpointChain, externalChain, serviceChain, serviceLocalChain, servicePortName } from './chainNames.ts';

export interface ProxyEndpoint {
  ip: string;
  port: number;
  /** "<ip>:<port>", the string kube-proxy hashes into the KUBE-SEP name and shows in comments. */
  hostPort: string;
  nodeName?: string;
  podName?: string;
  podNamespace?: string;
  chain: string;
}

export interface ProxyServicePort {
  namespace: string;
  serviceName: string;
  portName: string;
  /** "<ns>/<svc>:<port name>" (or "<ns>/<svc>" for an unnamed port). */
  name: string;
  protocol: 'TCP' | 'UDP' | 'SCTP';
  clusterIP: string;
  port: number;
  nodePort: number;
  /** LoadBalancer + externalTrafficPolicy Local: the port the load balancer probes. */
  healthCheckNodePort: number;
  externalIPs: string[];
  loadBalancerIPs: string[];
  svcChain: string;
  svlChain: string;
  extChain: string;
  externalTrafficPolicy: 'Cluster' | 'Local';
  internalTrafficPolicy: 'Cluster' | 'Local';
  /** ClientIP session affinity pins a client to one endpoint for stickySeconds. */
  sessionAffinity: 'None' | 'ClientIP';
  stickySeconds: number;
  /** Ready endpoints, sorted the way kube-proxy sorts them (by "<ip>:<port>" as a string). */
  endpoints: ProxyEndpoint[];
}

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/** kube-proxy ignores headless Services (clusterIP None) and ExternalName Services: nothing to proxy. */
export function isProxiedService(svc: Service): boolean {
  const ip = svc.spec?.clusterIP;
  return svc.spec?.type !== 'ExternalName' && !!ip && ip !== 'None';
}

function endpointsFor(slices: EndpointSlice[], namespace: string, service: string, portName: string, protocol: string, svcPort: string): ProxyEndpoint[] {
  const seen = new Map<string, ProxyEndpoint>();
  for (const slice of slices) {
    if (slice.metadata.namespace !== namespace) continue;
    if (slice.metadata.labels?.[SERVICE_NAME_LABEL] !== service) continue;
    if (slice.addressType !== 'IPv4') continue;
    const port = (slice.ports ?? []).find((p) => (p.name ?? '') === portName && (p.protocol ?? 'TCP') === protocol);
    if (!port || !port.port) continue;
    for (const ep of slice.endpoints ?? []) {
      // A nil "ready" counts as ready (discovery API semantics).
      if (ep.conditions?.ready === false) continue;
      const ip = ep.addresses?.[0];
      if (!ip) continue;
      const hostPort = `${ip}:${port.port}`;
      if (seen.has(hostPort)) continue;
      seen.set(hostPort, {
        ip,
        port: port.port,
        hostPort,
        nodeName: ep.nodeName,
        podName: ep.targetRef?.kind === 'Pod' ? ep.targetRef.name : undefined,
        podNamespace: ep.targetRef?.namespace,
        chain: endpointChain(svcPort, protocol, hostPort),
      });
    }
  }
  return [...seen.values()].sort((a, b) => (a.hostPort < b.hostPort ? -1 : a.hostPort > b.hostPort ? 1 : 0));
}

/** Every proxied service port with its ready endpoints, sorted by service port name for a stable output. */
export function buildServicePorts(services: Service[], slices: EndpointSlice[]): ProxyServicePort[] {
  const out: ProxyServicePort[] = [];
  for (const svc of services) {
    if (!isProxiedService(svc)) continue;
    const namespace = svc.metadata.namespace ?? 'default';
    const serviceName = svc.metadata.name ?? '';
    const lbIPs = (svc.status?.loadBalancer?.ingress ?? []).map((i) => i.ip).filter((ip): ip is string => !!ip);
    for (const p of svc.spec.ports ?? []) {
      const protocol = p.protocol ?? 'TCP';
      const portName = p.name ?? '';
      const name = servicePortName(namespace, serviceName, portName);
      out.push({
        namespace,
        serviceName,
        portName,
        name,
        protocol,
        clusterIP: svc.spec.clusterIP as string,
        port: p.port,
        nodePort: p.nodePort ?? 0,
        healthCheckNodePort: (svc.spec.healthCheckNodePort as number | undefined) ?? 0,
        externalIPs: svc.spec.externalIPs ?? [],
        loadBalancerIPs: lbIPs,
        svcChain: serviceChain(name, protocol),
        svlChain: serviceLocalChain(name, protocol),
        extChain: externalChain(name, protocol),
        externalTrafficPolicy: svc.spec.externalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
        internalTrafficPolicy: svc.spec.internalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
        sessionAffinity: svc.spec.sessionAffinity === 'ClientIP' ? 'ClientIP' : 'None',
        stickySeconds: (svc.spec.sessionAffinityConfig as { clientIP?: { timeoutSeconds?: number } } | undefined)?.clientIP?.timeoutSeconds ?? 10800,
        endpoints: endpointsFor(slices, namespace, serviceName, portName, protocol, name),
      });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.protocol < b.protocol ? -1 : 1));
}
