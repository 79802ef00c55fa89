/**
 * Kubelet back-off (k8s-facts 5.1, 5.5): container restarts and image pulls both start at 10 s and
 * double up to 300 s. The first restart after an exit happens at once; back-off applies from the second.
 */
export const INITIAL_BACKOFF_MS = 10_000;
export const MAX_BACKOFF_MS = 300_000;
/** A container that ran this long without trouble has its back-off reset. */
export const BACKOFF_RESET_AFTER_MS = 10 * 60_000;

export function nextBackoff(current: number): number {
  return current === 0 ? INITIAL_BACKOFF_MS : Math.min(current * 2, MAX_BACKOFF_MS);
}

/** Go's time.Duration.String() for whole milliseconds: 400ms, 2.6s, 1m30s, 5m0s. */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  if (ms < 60_000) return `${trimZeros((ms / 1000).toFixed(3))}s`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = trimZeros(((ms % 60_000) / 1000).toFixed(3));
  return h > 0 ? `${h}h${m}m${s}s` : `${m}m${s}s`;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
