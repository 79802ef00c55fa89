// Tables from k8s deployment_util_test.go (k8s-facts 2.2, 2.3, 2.5, 2.11, 2.12).
import { describe, expect, it } from 'vitest';
import type { Deployment, ReplicaSet } from '../../../src/sim/api/types.ts';
import {
  deploymentComplete, deploymentTimedOut, maxSurge, maxUnavailable, newRSNewReplicas, resolveFenceposts,
  setNewReplicaSetAnnotations, REVISION_ANNOTATION, REVISION_HISTORY_ANNOTATION,
} from '../../../src/sim/controllers/deployment/deploymentUtil.ts';
import { getScaledValueFromIntOrPercent } from '../../../src/sim/controllers/util/intOrPercent.ts';
import { nginxDeployment, T0 } from './support/fakeWorld.ts';
import { formatTime } from '../../../src/sim/controllers/util/time.ts';

describe('ResolveFenceposts (TestResolveFenceposts)', () => {
  const cases: [string | number | undefined, string | number | undefined, number, [number, number] | 'error'][] = [
    ['0%', '0%', 0, [0, 1]],
    ['39%', '39%', 10, [4, 3]],
    ['oops', '39%', 10, 'error'],
    ['55%', 'urg', 10, 'error'],
    [undefined, '39%', 10, [0, 3]],
    ['39%', undefined, 10, [4, 0]],
    [undefined, undefined, 10, [0, 1]],
  ];
  for (const [surge, unav, desired, want] of cases) {
    it(`(${surge}, ${unav}, ${desired})`, () => {
      const r = resolveFenceposts(surge, unav, desired);
      if (want === 'error') expect(r.ok).toBe(false);
      else expect(r).toEqual({ ok: true, surge: want[0], unavailable: want[1] });
    });
  }
  it('default 25%/25% for 1..10 replicas', () => {
    const got = [1, 2, 3, 4, 10].map((n) => {
      const r = resolveFenceposts('25%', '25%', n);
      return r.ok ? [r.surge, r.unavailable] : undefined;
    });
    expect(got).toEqual([[1, 0], [1, 0], [1, 0], [1, 1], [3, 2]]);
  });
  it('reports intstr errors with the apimachinery wording', () => {
    expect(getScaledValueFromIntOrPercent('oops', 10, true)).toEqual({ ok: false, error: 'invalid value for IntOrString: invalid type: string is not a percentage' });
  });
});

function withStrategy(replicas: number, maxUnav: number | string, type: 'RollingUpdate' | 'Recreate' = 'RollingUpdate'): Deployment {
  const d = nginxDeployment('web', replicas);
  d.spec.strategy = type === 'Recreate' ? { type } : { type, rollingUpdate: { maxSurge: 0 === maxUnav ? 1 : 0, maxUnavailable: maxUnav } };
  return d;
}

describe('MaxUnavailable (TestMaxUnavailable)', () => {
  const cases: [number, number | string, number][] = [
    [10, 5, 5], [10, 10, 10], [5, 10, 5], [0, 10, 0], [10, '50%', 5], [10, '100%', 10], [5, '100%', 5],
  ];
  for (const [replicas, mu, want] of cases) {
    it(`replicas ${replicas}, maxUnavailable ${mu} -> ${want}`, () => {
      expect(maxUnavailable(withStrategy(replicas, mu))).toBe(want);
    });
  }
  it('Recreate -> 0, and no surge', () => {
    const d = withStrategy(10, 5, 'Recreate');
    expect(maxUnavailable(d)).toBe(0);
    expect(maxSurge(d)).toBe(0);
  });
});

function rs(name: string, replicas: number): ReplicaSet {
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name, namespace: 'default' },
    spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [] } } },
  };
}

describe('NewRSNewReplicas (TestNewRSNewReplicas)', () => {
  const cases: [string, 'RollingUpdate' | 'Recreate', number, number, number, number][] = [
    ['can not scale up - to newRSReplicas', 'RollingUpdate', 1, 5, 1, 5],
    ['scale up - to depReplicas', 'RollingUpdate', 6, 2, 10, 6],
    ['recreate - to depReplicas', 'Recreate', 3, 1, 1, 3],
  ];
  for (const [name, type, depReplicas, newRSReplicas, surge, want] of cases) {
    it(name, () => {
      const d = nginxDeployment('web', depReplicas);
      d.spec.strategy = type === 'Recreate' ? { type } : { type, rollingUpdate: { maxSurge: surge, maxUnavailable: 1 } };
      const newRS = rs('new', newRSReplicas);
      expect(newRSNewReplicas(d, [rs('all', 5)], newRS)).toBe(want);
    });
  }
});

describe('DeploymentTimedOut (TestDeploymentTimedOut)', () => {
  const at = (secondsAgo: number) => {
    const d = nginxDeployment('web', 1);
    d.spec.progressDeadlineSeconds = 10;
    const t = formatTime(T0 - secondsAgo * 1000);
    d.status = { conditions: [{ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', lastUpdateTime: t, lastTransitionTime: t }] };
    return deploymentTimedOut(d, d.status, T0);
  };
  it('11s after the last update with a 10s deadline: timed out', () => expect(at(11)).toBe(true));
  it('9s: not yet', () => expect(at(9)).toBe(false));
});

describe('DeploymentComplete (TestDeploymentComplete)', () => {
  const complete = (desired: number, current: number, updated: number, available: number, maxSurgeV: number) => {
    const d = nginxDeployment('web', desired);
    d.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: maxSurgeV, maxUnavailable: 0 } };
    d.metadata.generation = 1;
    return deploymentComplete(d, { replicas: current, updatedReplicas: updated, availableReplicas: available, observedGeneration: 1 });
  };
  it('not complete: min but not all pods become available', () => expect(complete(5, 5, 5, 4, 1)).toBe(false));
  it('not complete: min availability is not honored', () => expect(complete(5, 5, 5, 3, 1)).toBe(false));
  it('complete', () => expect(complete(5, 5, 5, 5, 0)).toBe(true));
  it('not complete: all pods are available but not updated', () => expect(complete(5, 5, 4, 5, 0)).toBe(false));
  it('not complete: still running old pods', () => expect(complete(1, 2, 1, 1, 0)).toBe(false));
  it('not complete: one replica deployment never comes up', () => expect(complete(1, 1, 1, 0, 1)).toBe(false));
});

describe('SetNewReplicaSetAnnotations', () => {
  it('gives a re-used ReplicaSet the next revision and remembers the old one', () => {
    const d = nginxDeployment('web', 3);
    const r = rs('web-abc', 0);
    r.metadata.annotations = { [REVISION_ANNOTATION]: '1' };
    expect(setNewReplicaSetAnnotations(d, r, 3, true)).toBe(true);
    expect(r.metadata.annotations[REVISION_ANNOTATION]).toBe('3');
    expect(r.metadata.annotations[REVISION_HISTORY_ANNOTATION]).toBe('1');
    setNewReplicaSetAnnotations(d, r, 5, true);
    expect(r.metadata.annotations[REVISION_HISTORY_ANNOTATION]).toBe('1,3');
  });
  it('copies change-cause but not last-applied-configuration', () => {
    const d = nginxDeployment('web', 3);
    d.metadata.annotations = { 'kubernetes.io/change-cause': 'kubectl set image', 'kubectl.kubernetes.io/last-applied-configuration': '{}' };
    const r = rs('web-abc', 0);
    setNewReplicaSetAnnotations(d, r, 1, false);
    expect(r.metadata.annotations).toEqual({
      'kubernetes.io/change-cause': 'kubectl set image',
      [REVISION_ANNOTATION]: '1',
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
    });
  });
});
