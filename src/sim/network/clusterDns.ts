// Cluster DNS as CoreDNS's kubernetes plugin answers it (k8s-facts 7.6), and the resolver side in
// a pod: /etc/resolv.conf with the namespace's search path and ndots:5 (kubelet's ClusterFirst).
import type { EndpointSlice, Pod, Service } from '../api/types.ts';

export const CLUSTER_DOMAIN = 'cluster.local';
export const CLUSTER_DNS_IP = '10.96.0.10';

export interface DnsView {
  services: Service[];
  endpointSlices: EndpointSlice[];
  pods: Pod[];
  namespaces: string[];
}

export type DnsAnswer =
  | { rcode: 'NOERROR'; name: string; a: string[] }
  | { rcode: 'NOERROR'; name: string; cname: string }
  | { rcode: 'NXDOMAIN' | 'SERVFAIL'; name: string };

/** The search path kubelet writes for a ClusterFirst pod in `namespace`. */
export function searchPath(namespace: string, domain = CLUSTER_DOMAIN): string[] {
  return [`${namespace}.svc.${domain}`, `svc.${domain}`, domain];
}

/** The /etc/resolv.conf kubelet writes into such a pod. */
export function resolvConf(namespace: string, dnsIP = CLUSTER_DNS_IP): string {
  return `search ${searchPath(namespace).join(' ')}\nnameserver ${dnsIP}\noptions ndots:5\n`;
}

/**
 * Names a resolver tries, in order: with fewer than ndots dots the search domains come first and
 * the name as typed last; otherwise the name first. A trailing dot means "exactly this name".
 */
export function candidateNames(name: string, namespace: string, ndots = 5): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)];
  const searched = searchPath(namespace).map((d) => `${name}.${d}`);
  const dots = name.split('.').length - 1;
  return dots >= ndots ? [name, ...searched] : [...searched, name];
}

function readyAddresses(view: DnsView, svc: Service): string[] {
  const ips = new Set<string>();
  for (const s of view.endpointSlices) {
    if (s.metadata.namespace !== svc.metadata.namespace || s.metadata.labels?.['kubernetes.io/service-name'] !== svc.metadata.name) continue;
    for (const e of s.endpoints ?? []) if (e.conditions?.ready !== false && e.addresses[0]) ips.add(e.addresses[0]);
  }
  return [...ips].sort();
}

/** CoreDNS's answer for one fully qualified name (A queries; names outside the cluster cannot be forwarded in the sandbox). */
export function answer(fqdn: string, view: DnsView, domain = CLUSTER_DOMAIN): DnsAnswer {
  const name = fqdn.toLowerCase();
  // CoreDNS forwards other names upstream. The sandbox has no internet: its upstream knows no name
  // (NXDOMAIN), which is also what a real cluster answers for typos and half-qualified names.
  if (name !== domain && !name.endsWith(`.${domain}`)) return { rcode: 'NXDOMAIN', name: fqdn };
  const labels = name.slice(0, -(domain.length + 1)).split('.');
  // <svc>.<ns>.svc.<domain>
  if (labels.length === 3 && labels[2] === 'svc') {
    const [svcName, ns] = labels;
    const svc = view.services.find((s) => s.metadata.name === svcName && s.metadata.namespace === ns);
    if (!svc) return { rcode: 'NXDOMAIN', name: fqdn };
    if (svc.spec.type === 'ExternalName') return { rcode: 'NOERROR', name: fqdn, cname: String(svc.spec.externalName) };
    if (svc.spec.clusterIP === 'None') {
      const ips = readyAddresses(view, svc);
      return ips.length ? { rcode: 'NOERROR', name: fqdn, a: ips } : { rcode: 'NXDOMAIN', name: fqdn };
    }
    return { rcode: 'NOERROR', name: fqdn, a: [String(svc.spec.clusterIP)] };
  }
  // <a-b-c-d>.<ns>.pod.<domain> ("pods insecure": any well-formed dashed IP answers)
  if (labels.length === 3 && labels[2] === 'pod' && view.namespaces.includes(labels[1])) {
    const parts = labels[0].split('-');
    if (parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) < 256)) return { rcode: 'NOERROR', name: fqdn, a: [parts.join('.')] };
  }
  return { rcode: 'NXDOMAIN', name: fqdn };
}

/** Resolves like a pod's stub resolver: first answer with records wins. */
export function resolve(name: string, namespace: string, view: DnsView): { answer: DnsAnswer; tried: DnsAnswer[] } {
  const tried: DnsAnswer[] = [];
  for (const candidate of candidateNames(name, namespace)) {
    const a = answer(candidate, view);
    tried.push(a);
    if (a.rcode === 'NOERROR') return { answer: a, tried };
  }
  return { answer: tried[tried.length - 1], tried };
}

/** First IPv4 address for a name (following an in-cluster CNAME once), or undefined. */
export function lookupIPv4(name: string, namespace: string, view: DnsView): string | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return name;
  const { answer: a } = resolve(name, namespace, view);
  if (a.rcode !== 'NOERROR') return undefined;
  if ('a' in a) return a.a[0];
  const target = answer(a.cname, view);
  return target.rcode === 'NOERROR' && 'a' in target ? target.a[0] : undefined;
}

/** PTR answer for an address: the Service whose cluster IP it is (CoreDNS answers reverse lookups for Services). */
export function reverseName(ip: string, view: DnsView, domain = CLUSTER_DOMAIN): string | undefined {
  const svc = view.services.find((s) => s.spec.clusterIP === ip);
  return svc ? `${svc.metadata.name}.${svc.metadata.namespace}.svc.${domain}` : undefined;
}

/**
 * `nslookup` of current busybox images (1.29 and later, the musl-style applet): it sends an A and an
 * AAAA query per name and prints each reply as it arrives; a name without a dot is tried with every
 * search domain, a name with a dot only as typed (which is why `nslookup kubernetes.default` fails
 * there). The cluster is IPv4-only, so AAAA replies carry no record and print an empty line.
 *
 * Simplification: real replies arrive in any order; here they are printed in query order (search
 * domains in resolv.conf order, A before AAAA). The exit status is 1 when any reply was an error,
 * as busybox 1.37 does.
 */
export function nslookup(name: string, namespace: string, view: DnsView, dnsIP = CLUSTER_DNS_IP): { stdout: string; exitCode: number } {
  let out = `Server:\t\t${dnsIP}\nAddress:\t${dnsIP}:53\n\n`;
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  const queries = !name.includes('.') ? searchPath(namespace).map((d) => `${name}.${d}`) : [bare];
  let failed = false;
  for (const q of queries) {
    const a = answer(q, view);
    for (const type of ['A', 'AAAA'] as const) {
      if (a.rcode !== 'NOERROR') {
        failed = true;
        out += `** server can't find ${q}: ${a.rcode}\n\n`;
      } else if ('cname' in a) {
        out += `${q}\tcanonical name = ${a.cname}\n\n`;
      } else if (type === 'A') {
        for (const ip of a.a) out += `Name:\t${q}\nAddress: ${ip}\n`;
        out += '\n';
      } else {
        out += '\n';
      }
    }
  }
  return { stdout: out, exitCode: failed ? 1 : 0 };
}

/**
 * `nslookup` of busybox 1.28 and earlier (the libc-resolver applet the Kubernetes DNS debugging
 * page uses): one lookup through the pod's search path and ndots, printed with reverse names.
 */
export function nslookupLegacy(name: string, namespace: string, view: DnsView, dnsIP = CLUSTER_DNS_IP): { stdout: string; stderr: string; exitCode: number } {
  const pad = (label: string) => label.padEnd(10, ' ');
  const withName = (ip: string) => {
    const ptr = reverseName(ip, view);
    return ptr ? `${ip} ${ptr}` : ip;
  };
  let out = `${pad('Server:')} ${dnsIP}\nAddress 1: ${withName(dnsIP)}\n\n`;
  const { answer: a } = resolve(name, namespace, view);
  let ips: string[] = [];
  if (a.rcode === 'NOERROR') {
    if ('a' in a) ips = a.a;
    else {
      const target = answer(a.cname, view);
      if (target.rcode === 'NOERROR' && 'a' in target) ips = target.a;
    }
  }
  if (!ips.length) return { stdout: out, stderr: `nslookup: can't resolve '${name}'\n`, exitCode: 1 };
  out += `${pad('Name:')} ${name}\n`;
  ips.forEach((ip, i) => { out += `Address ${i + 1}: ${withName(ip)}\n`; });
  return { stdout: out, stderr: '', exitCode: 0 };
}
