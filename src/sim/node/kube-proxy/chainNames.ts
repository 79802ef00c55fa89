// Chain names kube-proxy (iptables mode) derives from a service port and its endpoints.
// Real kube-proxy hashes the service-port name so chain names stay short (iptables limits chain
// names to 28 characters) yet stable across restarts; we reproduce that hash bit for bit so the
// rules a learner sees are the ones a real node would show for the same Service.
import { sha256 } from '@noble/hashes/sha2.js';

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 with the standard alphabet (Go's base32.StdEncoding), padding included. */
export function base32Std(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}

// kube-proxy recomputes every chain name on each sync; the inputs repeat, so remember them.
const hashCache = new Map<string, string>();

function hash16(text: string): string {
  let h = hashCache.get(text);
  if (h === undefined) {
    h = base32Std(sha256(new TextEncoder().encode(text))).slice(0, 16);
    if (hashCache.size > 10_000) hashCache.clear();
    hashCache.set(text, h);
  }
  return h;
}

/**
 * The name kube-proxy gives a service port: "<ns>/<svc>:<portName>", or "<ns>/<svc>" when the
 * port is unnamed (a single-port Service). It is the port NAME, never the number.
 */
export function servicePortName(namespace: string, service: string, portName?: string): string {
  return portName ? `${namespace}/${service}:${portName}` : `${namespace}/${service}`;
}

/** Protocols appear lowercase in the hash input (kube-proxy lowercases the v1.Protocol). */
export function portProtoHash(svcPortName: string, protocol: string): string {
  return hash16(svcPortName + protocol.toLowerCase());
}

export const serviceChain = (svcPortName: string, protocol: string) => `KUBE-SVC-${portProtoHash(svcPortName, protocol)}`;
export const serviceLocalChain = (svcPortName: string, protocol: string) => `KUBE-SVL-${portProtoHash(svcPortName, protocol)}`;
export const externalChain = (svcPortName: string, protocol: string) => `KUBE-EXT-${portProtoHash(svcPortName, protocol)}`;
export const firewallChain = (svcPortName: string, protocol: string) => `KUBE-FW-${portProtoHash(svcPortName, protocol)}`;

/** Endpoint chain: the endpoint "<ip>:<port>" is appended to the same hash input. */
export function endpointChain(svcPortName: string, protocol: string, endpoint: string): string {
  return `KUBE-SEP-${hash16(svcPortName + protocol.toLowerCase() + endpoint)}`;
}
