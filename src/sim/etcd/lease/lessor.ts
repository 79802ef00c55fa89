import { ERR_LEASE_EXIST, ERR_LEASE_NOT_FOUND, EtcdError } from '../mvcc/errors.ts';

export interface Lease {
  id: bigint;
  /** TTL the lease was granted with (seconds), after raising it to the minimum. */
  ttl: number;
  /** Virtual time (ms) at which the lease expires unless kept alive. */
  expiresAtMs: number;
}

/**
 * etcd's lessor (`lease/lessor.go`), driven by virtual time: leases expire when `nowMs` passes
 * their deadline; the leader then proposes their revocation through Raft, like etcd's revoke loop.
 */
export class Lessor {
  private readonly leases = new Map<bigint, Lease>();

  /** etcd raises short TTLs to 1.5 election timeouts, rounded up to whole seconds. */
  constructor(readonly minTtlSeconds: number) {}

  grant(id: bigint, ttl: number, nowMs: number): Lease {
    if (this.leases.has(id)) throw new EtcdError(ERR_LEASE_EXIST, 'FailedPrecondition');
    const effective = Math.max(ttl, this.minTtlSeconds);
    const lease: Lease = { id, ttl: effective, expiresAtMs: nowMs + effective * 1000 };
    this.leases.set(id, lease);
    return lease;
  }

  revoke(id: bigint): Lease {
    const lease = this.leases.get(id);
    if (!lease) throw new EtcdError(ERR_LEASE_NOT_FOUND, 'NotFound');
    this.leases.delete(id);
    return lease;
  }

  /** Keep-alive: restarts the lease's TTL; returns the TTL. */
  renew(id: bigint, nowMs: number): number {
    const lease = this.leases.get(id);
    if (!lease || lease.expiresAtMs <= nowMs) throw new EtcdError(ERR_LEASE_NOT_FOUND, 'NotFound');
    lease.expiresAtMs = nowMs + lease.ttl * 1000;
    return lease.ttl;
  }

  get(id: bigint): Lease | undefined {
    return this.leases.get(id);
  }

  has(id: bigint): boolean {
    return this.leases.has(id);
  }

  /** Remaining whole seconds, truncated as etcd reports them in `lease timetolive` (-1 once expired). */
  remainingSeconds(id: bigint, nowMs: number): number {
    const lease = this.leases.get(id);
    if (!lease || lease.expiresAtMs <= nowMs) return -1;
    return Math.floor((lease.expiresAtMs - nowMs) / 1000);
  }

  expired(nowMs: number): bigint[] {
    return [...this.leases.values()].filter((l) => l.expiresAtMs <= nowMs).map((l) => l.id);
  }

  /** A new leader gives every lease a fresh TTL, since it cannot know the old leader's clock (etcd `Promote`). */
  refreshAll(nowMs: number): void {
    for (const lease of this.leases.values()) lease.expiresAtMs = nowMs + lease.ttl * 1000;
  }

  list(): Lease[] {
    return [...this.leases.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
