import { prefixRangeEnd } from '../etcd/mvcc/keyRange.ts';
import type { WatchResponse } from '../etcd/server/requests.ts';
import type { KeyValue } from './storage.ts';

/**
 * How the API server's watch cache follows etcd (the real cacher's reflector on an etcd watch of
 * /registry): one watch stream on the member the API server talks to, from the revision the cache
 * has seen, so that every committed revision reaches the cache in order: the API server's own
 * writes, writes done with etcdctl behind its back, and writes whose request timed out while etcd
 * had no quorum but that committed later. When the stream breaks (the member stopped, etcd lost its
 * leader) it is opened again from the last revision seen; when that revision was compacted away the
 * cache is rebuilt from a fresh list, as the reflector's relist does.
 */
export const REGISTRY_PREFIX = '/registry/';

/** Delay before the stream is opened again after it broke (client-go's reflector backs off ~1 s). */
export const REWATCH_DELAY_MS = 1_000;

export interface ReflectorHost {
  /** The member the API server's etcd client uses now. */
  endpoint(): string;
  /** Opens a watch stream on `member`; its messages come back through onStream()/onClosed(). */
  openStream(member: string, streamId: number, startRevision: number): void;
  /** A background timer. */
  later(ms: number, fn: () => void): void;
  /** A linearizable range of /registry (the relist). */
  list(cb: (result: { kvs: KeyValue[]; revision: number } | undefined) => void): void;
  /** Applies one committed change (a put with its value, or a delete) unless the cache has it already. */
  applyPut(kv: KeyValue, background: boolean): void;
  applyDelete(key: string, revision: number, background: boolean): void;
  /** Replaces the whole cache with a list (relist). */
  replaceAll(kvs: KeyValue[]): void;
}

export class EtcdReflector {
  /** The highest revision the stream has delivered (or the list the cache was built from). */
  revision = 0;
  private streamId = 0;
  private open = false;
  private retryPending = false;

  constructor(private readonly host: ReflectorHost) {}

  /** Starts following etcd after the cache was loaded at `revision`. */
  start(revision: number): void {
    this.revision = revision;
    this.watch();
  }

  /** The stream is gone without a word from etcd (the API server stopped). */
  stop(): void {
    this.open = false;
    this.streamId++;
  }

  static request(startRevision: number) {
    return { type: 'watch' as const, key: REGISTRY_PREFIX, rangeEnd: prefixRangeEnd(REGISTRY_PREFIX), startRevision };
  }

  private watch(): void {
    const id = ++this.streamId;
    this.open = true;
    this.host.openStream(this.host.endpoint(), id, this.revision + 1);
  }

  /** A message of the stream `streamId`; `background`: it only echoes the API server's own writes. */
  onStream(streamId: number, response: WatchResponse, background: boolean): void {
    if (streamId !== this.streamId || !this.open) return;
    if (response.canceled) {
      this.open = false;
      if (response.compactRevision !== undefined && response.compactRevision > 0) return this.relist();
      return this.retry();
    }
    for (const e of response.events) {
      if (e.type === 'PUT') this.host.applyPut(e.kv, background);
      else this.host.applyDelete(e.kv.key, e.kv.modRevision, background);
      if (e.kv.modRevision > this.revision) this.revision = e.kv.modRevision;
    }
  }

  /** The member hosting the stream stopped: the connection broke. */
  onClosed(streamId: number): void {
    if (streamId !== this.streamId || !this.open) return;
    this.open = false;
    this.retry();
  }

  private retry(): void {
    if (this.retryPending) return;
    this.retryPending = true;
    this.host.later(REWATCH_DELAY_MS, () => {
      this.retryPending = false;
      if (!this.open) this.watch();
    });
  }

  private relist(): void {
    this.host.list((result) => {
      if (!result) return this.retry();
      this.host.replaceAll(result.kvs);
      this.revision = result.revision;
      this.watch();
    });
  }
}
