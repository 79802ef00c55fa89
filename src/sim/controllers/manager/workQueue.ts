// A controller work queue (client-go workqueue, simplified): keys are deduplicated while they
// wait, a key is never synced twice at the same time, and a key marked dirty during its sync is
// synced again afterwards. Waiting keys are processed by one zero-delay timer, so a burst of watch
// events at the same instant leads to one sync per key.
import type { Narration } from '../../kernel/log.ts';
import type { ControllerName, ReconcileTarget } from '../../../i18n/narration/messages.ts';
import type { TimerHandle } from '../../kernel/kernel.ts';
import type { ControllerHost } from './controllerPlugin.ts';

export type SyncFn = (key: string, done: () => void) => void;

export class WorkQueue {
  private readonly dirty = new Set<string>();
  private readonly processing = new Set<string>();
  private timer: TimerHandle | undefined;
  private readonly delayed = new Map<string, TimerHandle>();
  private readonly failures = new Map<string, number>();

  constructor(
    private readonly host: ControllerHost,
    private readonly controller: ControllerName,
    private readonly sync: SyncFn,
    /** What the keys name, for the log ("reconciles ReplicaSet web"). */
    private readonly target: ReconcileTarget,
  ) {}

  add(key: string): void {
    this.dirty.add(key);
    if (!this.processing.has(key)) this.schedule();
    this.host.setBusy(this.controller, true);
  }

  /** AddAfter: a resync later (progress deadlines, minReadySeconds). */
  addAfter(key: string, ms: number, narration: Narration): void {
    this.host.clearTimer(this.delayed.get(key));
    this.delayed.set(key, this.host.setTimer(ms, narration, () => {
      this.delayed.delete(key);
      this.add(key);
    }, { background: true }));
  }

  forget(key: string): void {
    this.host.clearTimer(this.delayed.get(key));
    this.delayed.delete(key);
    this.failures.delete(key);
  }

  /**
   * AddRateLimited after a failed sync: the default controller rate limiter's per-item exponential
   * back-off, 5 ms doubling up to 1000 s. A successful sync resets it (done(true)).
   */
  addRateLimited(key: string, narration: Narration): void {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    this.addAfter(key, Math.min(5 * 2 ** n, 1_000_000), narration);
  }

  succeeded(key: string): void {
    this.failures.delete(key);
  }

  private schedule(): void {
    if (this.timer) return;
    const keys = [...this.dirty].filter((k) => !this.processing.has(k));
    if (keys.length === 0) return;
    const name = keys.length === 1 ? splitKey(keys[0])[1] : undefined;
    this.timer = this.host.setTimer(0, { id: 'controller.reconcile', params: { controller: this.controller, target: this.target, name, count: keys.length } }, () => this.run());
  }

  private run(): void {
    this.timer = undefined;
    const keys = [...this.dirty].filter((k) => !this.processing.has(k));
    for (const key of keys) {
      this.dirty.delete(key);
      this.processing.add(key);
      this.sync(key, () => {
        this.processing.delete(key);
        if (this.dirty.has(key)) this.schedule();
        this.updateBusy();
      });
    }
    this.updateBusy();
  }

  private updateBusy(): void {
    this.host.setBusy(this.controller, this.dirty.size > 0 || this.processing.size > 0);
  }

  reset(): void {
    this.dirty.clear();
    this.processing.clear();
    this.timer = undefined;
    this.delayed.clear();
  }
}

/** "default/web" -> ["default", "web"]. */
export function splitKey(key: string): [string | undefined, string] {
  const i = key.indexOf('/');
  return i < 0 ? [undefined, key] : [key.slice(0, i), key.slice(i + 1)];
}
