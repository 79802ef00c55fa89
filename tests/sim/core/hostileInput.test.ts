import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { SimCluster } from '../../../src/sim/cluster/cluster.ts';

/**
 * Manifests with fields of the wrong JSON type, absurd values and hostile documents (the cases the
 * fuzzing of issue 18 found): each is refused at the door with the real tools' text, nothing is
 * stored, and the cluster settles cleanly afterwards (the global setup fails the test on any
 * simulation error).
 */
function cluster(): SimCluster {
  return createCluster({ seed: 5 }) as SimCluster;
}

function create(c: SimCluster, manifest: unknown, file = 'x.json') {
  const text = typeof manifest === 'string' ? manifest : JSON.stringify(manifest);
  const r = c.exec(`kubectl create -f ${file}`, { files: { [file]: text } });
  c.settle();
  return r;
}

const deployment = (spec: Record<string, unknown>) => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' },
  spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } }, ...spec },
});

describe('decoding at the door', () => {
  test.each([
    [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: 'x' } },
      'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field ServiceSpec.spec.ports of type []v1.ServicePort'],
    [deployment({ replicas: '3' }), 'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32'],
    [deployment({ replicas: 1.5 }), 'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number 1.5 into Go struct field DeploymentSpec.spec.replicas of type int32'],
    [deployment({ replicas: true }), 'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal bool into Go struct field DeploymentSpec.spec.replicas of type int32'],
    [deployment({ replicas: 1e20 }), 'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number 100000000000000000000 into Go struct field DeploymentSpec.spec.replicas of type int32'],
    [deployment({ replicas: { a: 1 } }), 'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal object into Go struct field DeploymentSpec.spec.replicas of type int32'],
    [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: { a: 1 } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal object into Go struct field ObjectMeta.metadata.name of type string'],
    [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'busybox', command: [['sleep', '10']] }] } },
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal array into Go struct field Container.spec.containers.command of type string'],
    [{ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q' }, spec: { hard: { pods: { a: 1 } } } },
      "ResourceQuota in version \"v1\" cannot be handled as a ResourceQuota: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"],
    [{ ...deployment({}), status: 'broken' }, 'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field Deployment.status of type v1.DeploymentStatus'],
  ])('%j is refused', (manifest, message) => {
    const c = cluster();
    const revision = c.etcd.revision();
    const r = c.exec('kubectl create -f x.json', { files: { 'x.json': JSON.stringify(manifest) } });
    expect(r.stderr).toBe(`Error from server (BadRequest): error when creating "x.json": ${message}\n`);
    expect(r.exitCode).toBe(1);
    expect(c.etcd.revision()).toBe(revision);
    c.settle();
  });

  test('a quota hard limit given as a number is stored as a quantity string, and the quota controller counts against it', () => {
    const c = cluster();
    const r = create(c, { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q' }, spec: { hard: { pods: 5 } } });
    expect(r.stderr).toBe('');
    expect(c.exec('kubectl get quota q -o jsonpath={.spec.hard.pods}').stdout).toBe('5');
  });

  test('metadata.namespace "" is the request namespace (default), not a key with an empty segment', () => {
    const c = cluster();
    const r = create(c, { ...deployment({ replicas: 2 }), metadata: { name: 'web', namespace: '' } });
    expect(r.stdout).toBe('deployment.apps/web created\n');
    expect(c.etcdKeys().filter((k) => k.includes('//'))).toEqual([]);
    expect(c.exec('kubectl get deploy web -n default --no-headers').stdout).toMatch(/^web\s+2\/2/);
    expect(c.exec('kubectl get pods --no-headers').stdout.trim().split('\n')).toHaveLength(2);
  });

  test('an update (replace) with a wrong type is refused the same way', () => {
    const c = cluster();
    create(c, deployment({ replicas: 1 }));
    const r = c.exec('kubectl replace -f d.json', { files: { 'd.json': JSON.stringify(deployment({ replicas: 'two' })) } });
    expect(r.stderr).toBe('Error from server (BadRequest): error when replacing "d.json": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32\n');
  });
});

describe('document limits', () => {
  test('an alias bomb gets go-yaml\'s message, quickly', () => {
    const c = cluster();
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const r = create(c, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\n${levels.join('\n')}\n`, 'bomb.yaml');
    expect(r.stderr).toBe('error: error parsing bomb.yaml: error converting YAML to JSON: yaml: document contains excessive aliasing\n');
    expect(r.exitCode).toBe(1);
  });

  test('a few aliases are fine', () => {
    const c = cluster();
    const r = create(c, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n  labels: &l\n    app: web\n  annotations: *l\n', 'ok.yaml');
    expect(r.stdout).toBe('configmap/ok created\n');
  });

  test('JSON nested deeper than 10000 levels gets encoding/json\'s message through kubectl\'s decoder', () => {
    const c = cluster();
    const text = `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"deep"},"x":${'['.repeat(10001)}${']'.repeat(10001)}}`;
    const r = create(c, text, 'deep.json');
    expect(r.stderr).toBe(`error: error parsing deep.json: json: offset ${text.indexOf('[') + 10000}: invalid character '[' exceeded max depth\n`);
  });

  test('YAML nested deeper than 10000 levels gets go-yaml\'s message; deep but allowed documents get a plain simulation limit, never a stack overflow', () => {
    const c = cluster();
    const deep = create(c, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\nx: ${'['.repeat(10001)}${']'.repeat(10001)}\n`, 'deep.yaml');
    expect(deep.stderr).toBe('error: error parsing deep.yaml: error converting YAML to JSON: yaml: line 5: exceeded max depth of 10000\n');
    const middle = create(c, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'mid.yaml');
    expect(middle.stderr).toMatch(/^error: error parsing mid\.yaml: the document is nested too deeply for this simulation/);
    expect(middle.stderr).not.toMatch(/Maximum call stack|RangeError/);
  });

  test('a request over 3 MiB is refused by the API server', () => {
    const c = cluster();
    const r = create(c, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'big' }, data: { blob: 'x'.repeat(3 * 1024 * 1024) } }, 'big.json');
    expect(r.stderr).toBe('Error from server (RequestEntityTooLarge): error when creating "big.json": Request entity too large: limit is 3145728\n');
    expect(c.exec('kubectl get cm big').exitCode).toBe(1);
  });
});

describe('objects written behind the API server\'s back', () => {
  test('a pod that does not decode fails get and list with the decoder\'s text, and nothing crashes', () => {
    const c = cluster();
    c.exec('kubectl run web --image=nginx');
    c.settle();
    const put = c.exec(`etcdctl put /registry/pods/default/bad '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"bad","namespace":"default"},"spec":{"containers":"x"}}'`);
    expect(put.stdout).toBe('OK\n');
    const message = 'json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type []v1.Container';
    expect(c.exec('kubectl get pods').stderr).toBe(`Error from server: ${message}\n`);
    expect(c.exec('kubectl get pod bad').stderr).toBe(`Error from server: ${message}\n`);
    c.exec("etcdctl put /registry/pods/default/bad 'not json'");
    expect(c.exec('kubectl get pods').stderr).toBe("Error from server: couldn't get version/kind; json parse error: invalid character 'n' looking for beginning of value\n");
    c.settle();
    c.exec('etcdctl del /registry/pods/default/bad');
    expect(c.exec('kubectl get pods --no-headers').stdout).toMatch(/^web\s/);
  });
});
