// RateLimitedTimedQueue with a token-bucket limiter (scheduler/rate_limited_queue.go and
// client-go flowcontrol): the node controller taints at most `qps` nodes per second per zone.

export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(private qps: number, private readonly burst: number, nowMs: number) {
    this.tokens = burst;
    this.last = nowMs;
  }

  tryAccept(nowMs: number): boolean {
    if (this.qps <= 0) return false; // flowcontrol.NewFakeNeverRateLimiter
    this.tokens = Math.min(this.burst, this.tokens + ((nowMs - this.last) / 1000) * this.qps);
    this.last = nowMs;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** SwapLimiter keeps the queue but replaces the rate; the new bucket starts full. */
  swap(qps: number, nowMs: number): void {
    if (qps === this.qps) return;
    this.qps = qps;
    this.tokens = this.burst;
    this.last = nowMs;
  }

  get rate(): number {
    return this.qps;
  }

  /** When a token will be available (undefined: never, the limiter is stopped). */
  nextTokenAt(nowMs: number): number | undefined {
    if (this.qps <= 0) return undefined;
    const tokens = Math.min(this.burst, this.tokens + ((nowMs - this.last) / 1000) * this.qps);
    return tokens >= 1 ? nowMs : nowMs + ((1 - tokens) / this.qps) * 1000;
  }
}

interface TimedValue {
  value: string;
  processAt: number;
  addedAt: number;
}

export class RateLimitedTimedQueue {
  private items: TimedValue[] = [];
  readonly limiter: TokenBucket;

  constructor(qps: number, nowMs: number) {
    this.limiter = new TokenBucket(qps, 1, nowMs);
  }

  /** Adds a value unless present (a set). */
  add(value: string, nowMs: number): boolean {
    if (this.items.some((i) => i.value === value)) return false;
    this.items.push({ value, processAt: nowMs, addedAt: nowMs });
    return true;
  }

  remove(value: string): boolean {
    const before = this.items.length;
    this.items = this.items.filter((i) => i.value !== value);
    return this.items.length !== before;
  }

  has(value: string): boolean {
    return this.items.some((i) => i.value === value);
  }

  get size(): number {
    return this.items.length;
  }

  /** The earliest time a Try could process something. */
  nextAttemptAt(nowMs: number): number | undefined {
    if (this.items.length === 0) return undefined;
    const due = Math.min(...this.items.map((i) => i.processAt));
    const token = this.limiter.nextTokenAt(nowMs);
    return token === undefined ? undefined : Math.max(due, token, nowMs);
  }

  /**
   * Try: process due values in time order while the limiter allows; `fn` returns whether the value
   * is done, or a delay after which to retry it.
   */
  try(nowMs: number, fn: (value: string) => { done: boolean; retryAfterMs?: number }): void {
    this.items.sort((a, b) => a.processAt - b.processAt || a.addedAt - b.addedAt);
    const due = this.items.filter((i) => i.processAt <= nowMs);
    for (const item of due) {
      if (!this.limiter.tryAccept(nowMs)) return;
      const r = fn(item.value);
      if (r.done) this.remove(item.value);
      else item.processAt = nowMs + (r.retryAfterMs ?? 0);
    }
  }
}
