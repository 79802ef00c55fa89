import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

// kubectl get -w, --watch-only and --output-watch-events on the virtual clock: a change made while
// the watch runs (a second command submitted meanwhile) shows up as a row.

function watchWhile(watchLine: string, change: string) {
  const c = createCluster({ seed: 2 });
  c.exec('kubectl run web --image=nginx');
  c.settle();
  const watch = c.submit(watchLine);
  c.advance(100);
  c.submit(change);
  c.advance(60_000);
  return c.result(watch.id)!;
}

describe('kubectl get -w', () => {
  test('--output-watch-events: the listed pod as ADDED, then its changes as MODIFIED and its removal as DELETED', () => {
    const r = watchWhile('kubectl get pods -w --output-watch-events --request-timeout=50s', 'kubectl delete pod web --wait=false');
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^EVENT +NAME +READY +STATUS +RESTARTS +AGE$/);
    expect(lines[1]).toMatch(/^ADDED +web +1\/1 +Running /);
    expect(lines.slice(2).some((l) => /^MODIFIED +web +\S+ +Terminating /.test(l))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/^DELETED +web /);
    expect(r.exitCode).toBe(0);
  });

  test('--watch-only prints no table, only the changes', () => {
    const r = watchWhile('kubectl get pods --watch-only --request-timeout=50s', 'kubectl label pod web tier=front');
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^web +1\/1 +Running +0 /);
  });

  test('a field selector picks the watched objects as the API server would', () => {
    const r = watchWhile('kubectl get pods -w --field-selector spec.nodeName=nowhere --request-timeout=50s', 'kubectl label pod web tier=front');
    expect(r.stdout).toBe('');
  });
});
