import type { Endpoints } from '../../api/types.ts';

/** How many addresses the ENDPOINTS column lists before it summarises the rest as "+ N more...". */
const MAX_LISTED = 3;

/** IPv6 addresses are bracketed before a port is attached (Go's net.JoinHostPort). */
function joinHostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/**
 * The ENDPOINTS column of `kubectl get endpoints`, built the way the API server's table printer
 * (formatEndpoints) builds it: per subset, ports in the outer loop and ready addresses in the inner
 * one; a subset without ports (a headless Service without ports) lists bare IPs. Not-ready addresses
 * are not shown, so subsets holding only those give an empty cell, not `<none>`.
 */
export function formatEndpoints(endpoints: Pick<Endpoints, 'subsets'>): string {
  const subsets = endpoints.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const listed: string[] = [];
  let total = 0;
  let more = false;
  const add = (text: string) => {
    if (listed.length === MAX_LISTED) more = true;
    else listed.push(text);
  };
  for (const subset of subsets) {
    const addresses = subset.addresses ?? [];
    const ports = subset.ports ?? [];
    if (ports.length === 0) {
      total += addresses.length;
      for (const a of addresses) add(a.ip);
      continue;
    }
    for (const port of ports) {
      total += addresses.length;
      for (const a of addresses) add(joinHostPort(a.ip, port.port));
    }
  }
  const text = listed.join(',');
  return more ? `${text} + ${total - MAX_LISTED} more...` : text;
}
