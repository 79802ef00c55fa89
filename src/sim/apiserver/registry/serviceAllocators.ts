// The two allocators behind a Service: cluster IPs from the service CIDR and node ports from
// --service-node-port-range. Both follow the real "static subrange" scheme (KEP-3070 for IPs,
// KEP-3668 for ports): dynamic allocations pick a random free value in the upper part of the
// range first, keeping the lower band for values users ask for explicitly (10.96.0.10 for DNS).
// Random choices come from the engine's seeded generator, so a seed fixes every allocation.
import type { Rng } from '../../kernel/rng.ts';

/** Offset of the dynamic band: size/step, clamped to [min, max] (ranges smaller than min have no static band). */
export function rangeOffset(size: number, min: number, max: number, step: number): number {
  if (size < min) return 0;
  return Math.min(max, Math.max(min, Math.floor(size / step)));
}

/** A bitmap over [0, size) that allocates randomly from [offset, size) first, then from [0, offset). */
class RangeBitmap {
  private readonly used = new Set<number>();
  constructor(readonly size: number, readonly offset: number) {}

  has(index: number): boolean { return this.used.has(index); }
  take(index: number): void { this.used.add(index); }
  release(index: number): void { this.used.delete(index); }
  free(): number { return this.size - this.used.size; }

  private scan(from: number, to: number, rng: Rng): number | undefined {
    const width = to - from;
    if (width <= 0) return undefined;
    const start = rng.int(width);
    for (let i = 0; i < width; i++) {
      const index = from + ((start + i) % width);
      if (!this.used.has(index)) return index;
    }
    return undefined;
  }

  next(rng: Rng): number | undefined {
    const index = this.scan(this.offset, this.size, rng) ?? this.scan(0, this.offset, rng);
    if (index !== undefined) this.used.add(index);
    return index;
  }
}

export type AllocationError =
  | { reason: 'not-in-range'; message: string }
  | { reason: 'allocated'; message: string }
  | { reason: 'full'; message: string };

function ipToInt(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

function intToIp(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

export function parseCIDR(cidr: string): { base: number; bits: number } {
  const [ip, bits] = cidr.split('/');
  const base = ipToInt(ip);
  if (base === undefined) throw new Error(`bad CIDR ${cidr}`);
  return { base, bits: Number(bits) };
}

export function cidrContains(cidr: string, ip: string): boolean {
  const { base, bits } = parseCIDR(cidr);
  const n = ipToInt(ip);
  if (n === undefined) return false;
  const size = 2 ** (32 - bits);
  return n >= base && n < base + size;
}

/** Cluster IPs from the service CIDR (kubeadm default 10.96.0.0/12); network and broadcast addresses are never used. */
export class ClusterIPAllocator {
  private readonly base: number;
  private readonly bitmap: RangeBitmap;

  constructor(readonly cidr = '10.96.0.0/12') {
    const { base, bits } = parseCIDR(cidr);
    this.base = base;
    const size = 2 ** (32 - bits) - 2;
    this.bitmap = new RangeBitmap(size, rangeOffset(size, 16, 256, 16));
  }

  private indexOf(ip: string): number | undefined {
    const n = ipToInt(ip);
    if (n === undefined) return undefined;
    const index = n - this.base - 1;
    return index >= 0 && index < this.bitmap.size ? index : undefined;
  }

  /** The first usable address (10.96.0.1): the `kubernetes` Service's IP. */
  firstIP(): string { return intToIp(this.base + 1); }

  isAllocated(ip: string): boolean {
    const index = this.indexOf(ip);
    return index !== undefined && this.bitmap.has(index);
  }

  /** Marks a user-chosen IP as used; messages as the ipallocator's errors print them. */
  allocate(ip: string): AllocationError | undefined {
    const index = this.indexOf(ip);
    if (index === undefined) {
      return { reason: 'not-in-range', message: `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${this.cidr}` };
    }
    if (this.bitmap.has(index)) return { reason: 'allocated', message: 'provided IP is already allocated' };
    this.bitmap.take(index);
    return undefined;
  }

  allocateNext(rng: Rng): string | AllocationError {
    const index = this.bitmap.next(rng);
    if (index === undefined) return { reason: 'full', message: 'range is full' };
    return intToIp(this.base + 1 + index);
  }

  release(ip: string): void {
    const index = this.indexOf(ip);
    if (index !== undefined) this.bitmap.release(index);
  }
}

/** Node ports from --service-node-port-range (default 30000-32767, k8s-facts 7.1). */
export class NodePortAllocator {
  private readonly bitmap: RangeBitmap;

  constructor(readonly base = 30000, readonly size = 2768) {
    this.bitmap = new RangeBitmap(size, rangeOffset(size, 16, 128, 32));
  }

  get rangeText(): string { return `${this.base}-${this.base + this.size - 1}`; }

  isAllocated(port: number): boolean { return this.bitmap.has(port - this.base); }

  allocate(port: number): AllocationError | undefined {
    const index = port - this.base;
    if (!Number.isInteger(port) || index < 0 || index >= this.size) {
      return { reason: 'not-in-range', message: `provided port is not in the valid range. The range of valid ports is ${this.rangeText}` };
    }
    if (this.bitmap.has(index)) return { reason: 'allocated', message: 'provided port is already allocated' };
    this.bitmap.take(index);
    return undefined;
  }

  allocateNext(rng: Rng): number | AllocationError {
    const index = this.bitmap.next(rng);
    if (index === undefined) return { reason: 'full', message: 'range is full' };
    return this.base + index;
  }

  release(port: number): void {
    const index = port - this.base;
    if (index >= 0 && index < this.size) this.bitmap.release(index);
  }
}
