import { EtcdError } from './errors.ts';
import { inRange } from './keyRange.ts';
import type { MvccStore } from './kvStore.ts';
import type { KeyRange, MvccEvent } from './types.ts';

export interface WatchOptions extends KeyRange {
  /** First revision to deliver; 0 = changes after the current revision. */
  startRevision?: number;
  prevKv?: boolean;
}

interface Watcher extends WatchOptions {
  id: number;
}

export interface WatchDelivery {
  watchId: number;
  events: MvccEvent[];
  /** Set instead of events when the start revision was compacted away (etcd cancels the watch). */
  compactRevision?: number;
}

/**
 * The watchers of one member's store (etcd `mvcc/watchable_store.go`, synchronous): a watcher first
 * receives the stored history from its start revision, then every later change in its range.
 */
export class WatchHub {
  private nextId = 0;
  private readonly watchers = new Map<number, Watcher>();

  constructor(private readonly store: MvccStore) {}

  /** Registers a watcher; returns its id and the catch-up delivery (possibly empty). */
  watch(options: WatchOptions): { watchId: number; catchUp: WatchDelivery } {
    const id = this.nextId++;
    const start = options.startRevision ?? 0;
    if (start > 0 && start <= this.store.revision()) {
      let events: MvccEvent[];
      try {
        events = this.store.eventsSince(options, start);
      } catch (err) {
        if (!(err instanceof EtcdError)) throw err;
        return { watchId: id, catchUp: { watchId: id, events: [], compactRevision: this.store.compactRevision() } };
      }
      this.watchers.set(id, { ...options, id });
      return { watchId: id, catchUp: { watchId: id, events: events.map((e) => this.shape(options, e)) } };
    }
    this.watchers.set(id, { ...options, id });
    return { watchId: id, catchUp: { watchId: id, events: [] } };
  }

  cancel(watchId: number): boolean {
    return this.watchers.delete(watchId);
  }

  cancelAll(): number[] {
    const ids = [...this.watchers.keys()];
    this.watchers.clear();
    return ids;
  }

  size(): number {
    return this.watchers.size;
  }

  /** Routes the events of one committed transaction to the watchers whose range they touch. */
  notify(events: MvccEvent[]): WatchDelivery[] {
    if (events.length === 0) return [];
    const out: WatchDelivery[] = [];
    for (const w of this.watchers.values()) {
      const mine = events.filter((e) => inRange(w, e.kv.key) && e.kv.modRevision >= (w.startRevision ?? 0));
      if (mine.length > 0) out.push({ watchId: w.id, events: mine.map((e) => this.shape(w, e)) });
    }
    return out;
  }

  private shape(w: WatchOptions, e: MvccEvent): MvccEvent {
    return w.prevKv ? e : { type: e.type, kv: e.kv };
  }
}
