/**
 * Binary min-heap of timed events ordered by (time, seq). seq is the insertion counter, so events
 * due at the same virtual millisecond are delivered in the order they were scheduled (FIFO), which
 * keeps runs deterministic without relying on sort stability.
 */
export interface Timed {
  time: number;
  seq: number;
}

export class EventQueue<T extends Timed> {
  private heap: T[] = [];

  get size(): number {
    return this.heap.length;
  }

  peek(): T | undefined {
    return this.heap[0];
  }

  push(item: T): void {
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, heap[parent])) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = item;
  }

  pop(): T | undefined {
    const heap = this.heap;
    if (heap.length === 0) return undefined;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      let i = 0;
      const n = heap.length;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const child = r < n && before(heap[r], heap[l]) ? r : l;
        if (!before(heap[child], last)) break;
        heap[i] = heap[child];
        i = child;
      }
      heap[i] = last;
    }
    return top;
  }

  /** Removes every item for which drop() is true (used when a component stops). */
  removeWhere(drop: (item: T) => boolean): T[] {
    const removed: T[] = [];
    const kept: T[] = [];
    for (const item of this.heap) (drop(item) ? removed : kept).push(item);
    if (removed.length === 0) return removed;
    this.heap = [];
    for (const item of kept) this.push(item);
    return removed;
  }

  items(): readonly T[] {
    return this.heap;
  }
}

function before(a: Timed, b: Timed): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}
