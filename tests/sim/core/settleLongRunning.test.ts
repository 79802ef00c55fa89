import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

describe('settle() and long-running containers', () => {
  it('does not wait an hour for `sleep 3600` to exit', () => {
    const cluster = createCluster({ seed: 1 });
    cluster.settle();
    const before = cluster.now();
    expect(cluster.exec('kubectl run client --image=busybox --command -- sleep 3600').exitCode).toBe(0);
    cluster.settle();
    expect(cluster.now() - before).toBeLessThan(60_000);
    expect(cluster.exec('kubectl get pod client').stdout).toMatch(/client\s+1\/1\s+Running\s+0/);
  });

  it('still waits for a container that exits soon', () => {
    const cluster = createCluster({ seed: 1 });
    cluster.settle();
    expect(cluster.exec("kubectl run once --image=busybox --restart=Never --command -- sh -c 'sleep 5'").exitCode).toBe(0);
    cluster.settle();
    expect(cluster.exec('kubectl get pod once').stdout).toMatch(/once\s+0\/1\s+Completed\s+0/);
  });
});
