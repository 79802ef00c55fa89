import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { SimCluster } from '../../../src/sim/cluster/cluster.ts';

/**
 * Property: a manifest of any stored kind with one field replaced by a value of another JSON type
 * (string, number, fraction, bool, map, list, null, a huge number, a deeply nested list) is either
 * refused with a real error (no JavaScript text, exit code 1, nothing stored) or, where the field
 * really takes that type (quantities, int-or-string, null = unset), accepted; settle() afterwards
 * throws nothing and records no simulation error. Fixed seed (tests/setup/fast-check.ts, FC_SEED
 * overrides); at least 5,000 cases per run.
 */
const containers = [{ name: 'c', image: 'nginx', command: ['sleep', '3600'], ports: [{ containerPort: 80, protocol: 'TCP' }], env: [{ name: 'A', value: 'b' }], resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '20m' } } }];
const podSpec = { containers, restartPolicy: 'Always', nodeSelector: { disk: 'ssd' }, tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 30 }], terminationGracePeriodSeconds: 5 };
const template = { metadata: { labels: { app: 'web' } }, spec: podSpec };
const selector = { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] };
const meta = { labels: { app: 'web' }, annotations: { note: 'x' } };

const SAMPLES: Record<string, Record<string, unknown>> = {
  Pod: { apiVersion: 'v1', kind: 'Pod', metadata: meta, spec: podSpec },
  Deployment: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta, spec: { replicas: 2, selector, template, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: '25%' } }, minReadySeconds: 0, revisionHistoryLimit: 3, progressDeadlineSeconds: 60, paused: false } },
  ReplicaSet: { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: meta, spec: { replicas: 2, selector, template, minReadySeconds: 0 } },
  DaemonSet: { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: meta, spec: { selector, template, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } } } },
  StatefulSet: { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta, spec: { replicas: 1, serviceName: 'web', selector, template } },
  ReplicationController: { apiVersion: 'v1', kind: 'ReplicationController', metadata: meta, spec: { replicas: 1, selector: { app: 'web' }, template } },
  Service: { apiVersion: 'v1', kind: 'Service', metadata: meta, spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }], sessionAffinity: 'None' } },
  ResourceQuota: { apiVersion: 'v1', kind: 'ResourceQuota', metadata: meta, spec: { hard: { pods: '10', 'requests.cpu': '1' }, scopes: ['NotTerminating'] } },
  ConfigMap: { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta, data: { key: 'value' } },
  Secret: { apiVersion: 'v1', kind: 'Secret', metadata: meta, type: 'Opaque', data: { key: 'dmFsdWU=' }, stringData: { other: 'x' } },
  ServiceAccount: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta, automountServiceAccountToken: true },
  Namespace: { apiVersion: 'v1', kind: 'Namespace', metadata: meta },
  Endpoints: { apiVersion: 'v1', kind: 'Endpoints', metadata: meta, subsets: [{ addresses: [{ ip: '10.0.0.1', nodeName: 'node01' }], ports: [{ name: 'http', port: 80, protocol: 'TCP' }] }] },
  EndpointSlice: { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: meta, addressType: 'IPv4', endpoints: [{ addresses: ['10.0.0.1'], conditions: { ready: true } }], ports: [{ name: 'http', port: 80, protocol: 'TCP' }] },
  Lease: { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: meta, spec: { holderIdentity: 'me', leaseDurationSeconds: 40 } },
  PriorityClass: { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: meta, value: 1000, globalDefault: false, description: 'x' },
  Role: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] },
  RoleBinding: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: meta, subjects: [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }], roleRef: { kind: 'Role', name: 'r', apiGroup: 'rbac.authorization.k8s.io' } },
  Node: { apiVersion: 'v1', kind: 'Node', metadata: meta, spec: { unschedulable: true, taints: [{ key: 'k', value: 'v', effect: 'NoSchedule' }] } },
  Job: { apiVersion: 'batch/v1', kind: 'Job', metadata: meta, spec: { completions: 2, parallelism: 1, backoffLimit: 2, activeDeadlineSeconds: 60, template: { spec: { ...podSpec, restartPolicy: 'Never' } } } },
  CronJob: { apiVersion: 'batch/v1', kind: 'CronJob', metadata: meta, spec: { schedule: '*/5 * * * *', concurrencyPolicy: 'Forbid', successfulJobsHistoryLimit: 1, suspend: false, jobTemplate: { spec: { backoffLimit: 1, template: { spec: { ...podSpec, restartPolicy: 'OnFailure' } } } } } },
  ClusterRole: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: meta, rules: [{ apiGroups: [''], resources: ['nodes'], resourceNames: ['node01'], verbs: ['get'] }, { nonResourceURLs: ['/healthz'], verbs: ['get'] }] },
  ClusterRoleBinding: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: meta, subjects: [{ kind: 'ServiceAccount', name: 'robot', namespace: 'default' }], roleRef: { kind: 'ClusterRole', name: 'view', apiGroup: 'rbac.authorization.k8s.io' } },
};

/** Every field path of a value (objects and lists, leaves included), without the top-level TypeMeta. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(value)) value.forEach((item, i) => out.push([...prefix, i], ...paths(item, [...prefix, i])));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (prefix.length === 0 && (key === 'apiVersion' || key === 'kind')) continue;
      out.push([...prefix, key], ...paths(item, [...prefix, key]));
    }
  }
  return out;
}

function setAt(obj: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(obj) as Record<string | number, unknown>;
  let cursor = copy;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string | number, unknown>;
  cursor[path[path.length - 1]] = value;
  return copy;
}

function deepList(depth: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const REPLACEMENTS: unknown[] = ['x', '', 7, -1, 1.5, 2 ** 31, 1e20, true, false, { a: 1 }, {}, ['x'], [], [1, 2], null, deepList(300), { a: { b: { c: [{ d: 1 }] } } }];

const jsonKind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
/** Fields that really take more than one JSON type: quantities and int-or-string. */
const POLYMORPHIC = /(requests|limits|hard)\.[^.]+$|targetPort$|maxSurge$|maxUnavailable$/;
/** JavaScript leaking into the terminal. */
const JS_LEAK = /\[object Object\]|TypeError|RangeError|ReferenceError|is not a function|is not iterable|undefined|Maximum call stack|Cannot (read|set|create) propert|NaN|simulation error/;

const cases = Object.entries(SAMPLES).flatMap(([kind, sample]) => paths(sample).map((path) => ({ kind, sample, path })));

describe('type-confused manifests of every stored kind', () => {
  test('are refused with a real error and store nothing, or are accepted as the field allows; settle() stays clean', () => {
    let cluster: SimCluster | undefined;
    let used = 0;
    let refused = 0;
    let n = 0;
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.constantFrom(...REPLACEMENTS), ({ kind, sample, path }, replacement) => {
        if (!cluster || used++ >= 400) {
          cluster = createCluster({ seed: 11 }) as SimCluster;
          used = 0;
        }
        const name = `fz${n++}`;
        const manifest = setAt({ ...sample, metadata: { ...(sample.metadata as object), name } }, path, replacement);
        const c = cluster;
        const r = c.exec('kubectl create -f m.json', { files: { 'm.json': JSON.stringify(manifest) } });
        const stored = c.etcdKeys().some((k) => k.endsWith(`/${name}`));
        const original = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], sample);
        const confused = jsonKind(replacement) !== jsonKind(original) && replacement !== null && !POLYMORPHIC.test(path.join('.'));
        if (r.exitCode !== 0) {
          expect(r.stderr, JSON.stringify(manifest)).toMatch(/^(Error from server|error: |The )/);
          expect(r.stderr).not.toMatch(JS_LEAK);
          expect(stored, `${r.stderr} but stored`).toBe(false);
          refused++;
        } else {
          expect(confused, `accepted a type-confused ${kind} at ${path.join('.')}: ${JSON.stringify(replacement)}`).toBe(false);
        }
        const errorsBefore = c.kernel.simulationErrorCount;
        expect(() => c.settle()).not.toThrow();
        expect(c.kernel.simulationErrorCount).toBe(errorsBefore);
      }),
      { numRuns: Number(process.env.TYPE_CONFUSION_RUNS ?? 5000) },
    );
    expect(refused).toBeGreaterThan(1000);
  }, 300_000);
});
