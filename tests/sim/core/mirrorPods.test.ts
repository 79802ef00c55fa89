import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { Pod } from '../../../src/sim/index.ts';

const NAME = 'kube-apiserver-controlplane';

describe('kubelet: the mirror pod of a running static pod is recreated', () => {
  test('kubectl delete of a mirror pod: it comes back with a new uid, the static pod kept running', () => {
    const cluster = createCluster({ seed: 1 });
    cluster.settle();
    const before = cluster.getObject('pods', 'kube-system', NAME) as Pod;
    const containerID = before.status?.containerStatuses?.[0]?.containerID;
    expect(cluster.exec(`kubectl delete pod ${NAME} -n kube-system`).stdout).toBe(`pod "${NAME}" deleted\n`);
    cluster.settle();
    const after = cluster.getObject('pods', 'kube-system', NAME) as Pod;
    expect(after).toBeDefined();
    expect(after.metadata.uid).not.toBe(before.metadata.uid);
    expect(after.metadata.deletionTimestamp).toBeUndefined();
    expect(after.metadata.annotations?.['kubernetes.io/config.mirror']).toBe(before.metadata.annotations?.['kubernetes.io/config.mirror']);
    expect(after.spec.nodeName).toBe('controlplane');
    // The same container runs on (no restart), and the new mirror pod reports it.
    expect(after.status?.phase).toBe('Running');
    expect(after.status?.containerStatuses?.[0]?.containerID).toBe(containerID);
    expect(after.status?.containerStatuses?.[0]?.restartCount).toBe(0);
    expect(cluster.exec(`kubectl get pod ${NAME} -n kube-system --no-headers`).stdout).toMatch(new RegExp(`^${NAME}\\s+1/1\\s+Running\\s+0\\s+\\d+s$`, 'm'));
    // Still there later, and the cluster still answers.
    cluster.advance(60_000);
    expect((cluster.getObject('pods', 'kube-system', NAME) as Pod).metadata.uid).toBe(after.metadata.uid);
    expect(cluster.exec('kubectl run web --image=nginx').exitCode).toBe(0);
  });

  test('force deletion (--grace-period=0 --force) is answered the same way', () => {
    const cluster = createCluster({ seed: 2 });
    cluster.settle();
    const uid = (cluster.getObject('pods', 'kube-system', 'kube-scheduler-controlplane') as Pod).metadata.uid;
    cluster.exec('kubectl delete pod kube-scheduler-controlplane -n kube-system --grace-period=0 --force');
    cluster.settle();
    const after = cluster.getObject('pods', 'kube-system', 'kube-scheduler-controlplane') as Pod;
    expect(after?.metadata.uid).toBeDefined();
    expect(after.metadata.uid).not.toBe(uid);
    expect(after.status?.phase).toBe('Running');
  });
});
