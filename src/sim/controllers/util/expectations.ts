// ControllerExpectations (pkg/controller/controller_utils.go): after a sync issues N creates or
// deletes, the controller waits until its watch has observed them before it syncs that owner again,
// so it never acts twice on a stale cache. Expectations expire after 5 minutes.

export const EXPECTATIONS_TIMEOUT_MS = 5 * 60 * 1000;

interface Expectation {
  add: number;
  del: number;
  timestamp: number;
}

export class ControllerExpectations {
  private readonly byKey = new Map<string, Expectation>();

  /** SatisfiedExpectations: no record, all observed, or expired. */
  satisfied(key: string, nowMs: number): boolean {
    const e = this.byKey.get(key);
    if (!e) return true;
    if (e.add <= 0 && e.del <= 0) return true;
    return nowMs - e.timestamp > EXPECTATIONS_TIMEOUT_MS;
  }

  expectCreations(key: string, adds: number, nowMs: number): void {
    this.byKey.set(key, { add: adds, del: 0, timestamp: nowMs });
  }

  expectDeletions(key: string, dels: number, nowMs: number): void {
    this.byKey.set(key, { add: 0, del: dels, timestamp: nowMs });
  }

  creationObserved(key: string): void {
    const e = this.byKey.get(key);
    if (e) e.add--;
  }

  deletionObserved(key: string): void {
    const e = this.byKey.get(key);
    if (e) e.del--;
  }

  delete(key: string): void {
    this.byKey.delete(key);
  }

  pending(key: string): { add: number; del: number } | undefined {
    const e = this.byKey.get(key);
    return e ? { add: e.add, del: e.del } : undefined;
  }
}
