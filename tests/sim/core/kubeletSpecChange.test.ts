import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { Pod } from '../../../src/sim/index.ts';

/** Event lines of `kubectl describe pod` (Type, Reason, ..., Message), without the Age column. */
function events(describe: string): { type: string; reason: string; message: string }[] {
  const section = describe.split('\nEvents:\n')[1] ?? '';
  return section
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const [type, reason] = l.trim().split(/\s+/);
      const message = l.split(/\s{2,}kubelet\s{2,}|\s{2,}default-scheduler\s{2,}/)[1] ?? '';
      return { type, reason, message };
    });
}

function containerStatus(cluster: ReturnType<typeof createCluster>, name: string) {
  const pod = cluster.getObject('pods', 'default', name) as Pod;
  return pod.status?.containerStatuses?.[0];
}

describe('kubelet: a container whose definition changed is restarted with the new spec (computePodActions)', () => {
  test('a pod in ImagePullBackOff pulls its new image at once after `kubectl set image`', () => {
    const cluster = createCluster({ seed: 1 });
    cluster.exec('kubectl run broken --image=nginx:1.27-typo');
    cluster.settle();
    cluster.advance(60_000);
    expect(containerStatus(cluster, 'broken')?.state?.waiting?.reason).toMatch(/ImagePullBackOff|ErrImagePull/);
    const before = cluster.now();
    expect(cluster.exec('kubectl set image pod/broken broken=nginx:1.27').stdout).toBe('pod/broken image updated\n');
    cluster.settle();
    // No waiting for the back-off (which had reached 40 s): the pod update is a sync.
    expect(cluster.now() - before).toBeLessThan(5_000);
    expect(cluster.exec('kubectl get pod broken --no-headers').stdout).toMatch(/^broken\s+1\/1\s+Running\s+0\s/);
    const status = containerStatus(cluster, 'broken')!;
    expect(status.image).toBe('docker.io/library/nginx:1.27');
    // Nothing had run: no restart counted.
    expect(status.restartCount).toBe(0);
    const ev = events(cluster.exec('kubectl describe pod broken').stdout);
    const tail = ev.slice(-4).map((e) => `${e.reason} ${e.message}`);
    expect(tail[0]).toBe('Pulling Pulling image "nginx:1.27"');
    expect(tail[1]).toMatch(/^Pulled Successfully pulled image "nginx:1.27" in /);
    expect(tail[2]).toBe('Created Created container: broken');
    expect(tail[3]).toBe('Started Started container broken');
    // The old image is not pulled again afterwards.
    cluster.advance(10 * 60_000);
    expect(containerStatus(cluster, 'broken')?.state?.running).toBeDefined();
  });

  test('a running container is killed ("definition changed, will be restarted") and started with the new image; it counts a restart', () => {
    const cluster = createCluster({ seed: 2 });
    cluster.exec('kubectl run web --image=nginx:1.27');
    cluster.settle();
    const first = containerStatus(cluster, 'web')!;
    expect(first.state?.running).toBeDefined();
    cluster.exec('kubectl set image pod/web web=nginx:1.28');
    cluster.settle();
    const status = containerStatus(cluster, 'web')!;
    expect(status.image).toBe('docker.io/library/nginx:1.28');
    expect(status.state?.running).toBeDefined();
    expect(status.containerID).not.toBe(first.containerID);
    expect(status.restartCount).toBe(1);
    expect(status.lastState?.terminated?.containerID).toBe(first.containerID);
    const reasons = events(cluster.exec('kubectl describe pod web').stdout).map((e) => `${e.reason} ${e.message}`);
    const killing = reasons.indexOf('Killing Container web definition changed, will be restarted');
    expect(killing).toBeGreaterThan(0);
    // Events of the same second: describe's order among them is the sort's, not the kubelet's.
    expect(reasons.slice(killing + 1).sort()).toEqual([
      'Created Created container: web',
      'Pulled Successfully pulled image "nginx:1.28" in 2.6s (2.6s including waiting). Image size: 72225394 bytes.',
      'Pulling Pulling image "nginx:1.28"',
      'Started Started container web',
    ]);
    expect(cluster.exec('kubectl get pod web --no-headers').stdout).toMatch(/^web\s+1\/1\s+Running\s+1 \(\d+s ago\)\s/);
  });

  test('a container in CrashLoopBackOff starts with its new spec at once', () => {
    const cluster = createCluster({ seed: 3 });
    cluster.exec('kubectl run crash --image=busybox -- sh -c "exit 1"');
    cluster.settle();
    cluster.advance(60_000);
    expect(containerStatus(cluster, 'crash')?.state?.waiting?.reason).toBe('CrashLoopBackOff');
    const restarts = containerStatus(cluster, 'crash')!.restartCount!;
    cluster.exec('kubectl set image pod/crash crash=nginx:1.27');
    cluster.settle();
    const status = containerStatus(cluster, 'crash')!;
    expect(status.image).toBe('docker.io/library/nginx:1.27');
    // It started at once with the new image; nginx's entrypoint runs the pod's args (`sh -c "exit 1"`),
    // so the new container exits too and the kubelet goes on restarting it.
    expect(status.restartCount).toBeGreaterThan(restarts);
  });

  test('an unchanged pod update (a label) restarts nothing', () => {
    const cluster = createCluster({ seed: 4 });
    cluster.exec('kubectl run web --image=nginx:1.27');
    cluster.settle();
    const id = containerStatus(cluster, 'web')!.containerID;
    cluster.exec('kubectl label pod web tier=front');
    cluster.settle();
    expect(containerStatus(cluster, 'web')!.containerID).toBe(id);
    expect(containerStatus(cluster, 'web')!.restartCount).toBe(0);
  });
});
