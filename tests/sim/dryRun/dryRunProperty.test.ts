import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCluster, type Cluster } from '../../../src/sim/index.ts';
import { hasDryRunFlag } from '../../../src/sim/cli/kubectl/dryRun.ts';
import { registeredVerbs } from '../../../src/sim/cli/kubectl/registry.ts';

// Property: every kubectl verb that writes, with every dry-run form (client, server, bare, =true and
// its Go boolean spellings), random valid arguments and output flags, on a cluster with objects,
// leaves etcd's revision where it was and every object as it was. The seed is fixed (override with
// DRY_RUN_SEED / DRY_RUN_RUNS to explore).
const SEED = Number(process.env.DRY_RUN_SEED ?? 20);
const RUNS = Number(process.env.DRY_RUN_RUNS ?? 500);

const filesDir = join(import.meta.dirname, '../../golden/dry-run/files');
const files: Record<string, string> = {};
for (const f of readdirSync(filesDir)) files[f] = readFileSync(join(filesDir, f), 'utf8');

const name = fc.constantFrom('redis', 'nginx', 'web', 'held', 'x', 'fresh', 'nothere', 'a1');
const image = fc.constantFrom('nginx', 'nginx:1.28', 'redis:7', 'busybox');
const count = fc.integer({ min: 0, max: 7 });
const key = fc.constantFrom('a', 'tier', 'run', 'team', 'example.com/owner');
const value = fc.constantFrom('b', 'web', 'cache', 'blue', '1');
const ns = fc.constantFrom('', '', ' -n dev', ' -n default');
const file = fc.constantFrom('made.yaml', 'web-3.yaml', 'redis-pod.yaml');
const opt = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: '' }).map((s) => (s ? ` ${s}` : ''));

/** One generator of valid command lines per verb with a --dry-run flag (the verb name is the key). */
const VERBS: Record<string, fc.Arbitrary<string>> = {
  run: fc.tuple(name, image, ns, opt(fc.constantFrom('--port=80', '--labels=app=x,tier=t', '--restart=Never', '--env=A=1', '--port=8080 --expose'))).map(
    ([n, i, s, o]) => `kubectl run ${n} --image=${i}${s}${o}`),
  create: fc.oneof(
    fc.tuple(file, ns).map(([f, s]) => `kubectl create -f ${f}${s}`),
    fc.tuple(name, image, count, ns).map(([n, i, c, s]) => `kubectl create deployment ${n} --image=${i} --replicas=${c}${s}`),
    fc.tuple(name, ns).map(([n, s]) => `kubectl create service clusterip ${n} --tcp=80:8080${s}`),
    fc.tuple(name, count).map(([n, c]) => `kubectl create service nodeport ${n} --tcp=${80 + c}`),
    name.map((n) => `kubectl create namespace ${n}`),
    fc.tuple(name, count, ns).map(([n, c, s]) => `kubectl create quota ${n} --hard=pods=${c}${s}`),
    fc.tuple(name, key, value, ns).map(([n, k, v, s]) => `kubectl create configmap ${n} --from-literal=${k}=${v}${s}`),
    fc.tuple(name, key, value, ns).map(([n, k, v, s]) => `kubectl create secret generic ${n} --from-literal=${k}=${v}${s}`),
    fc.tuple(name, image, ns).map(([n, i, s]) => `kubectl create job ${n} --image=${i}${s}`),
    fc.tuple(name, image, ns).map(([n, i, s]) => `kubectl create cronjob ${n} --image=${i} --schedule='*/5 * * * *'${s}`),
    fc.tuple(name, ns).map(([n, s]) => `kubectl create serviceaccount ${n}${s}`),
    fc.tuple(name, ns).map(([n, s]) => `kubectl create role ${n} --verb=get,list --resource=pods,deployments.apps${s}`),
    name.map((n) => `kubectl create clusterrole ${n} --verb=get --resource=nodes`),
    fc.tuple(name, ns).map(([n, s]) => `kubectl create rolebinding ${n} --clusterrole=view --user=jane --serviceaccount=dev:robot${s}`),
    name.map((n) => `kubectl create clusterrolebinding ${n} --clusterrole=view --group=devs`),
  ),
  replace: fc.tuple(file, opt(fc.constantFrom('--validate=false'))).map(([f, o]) => `kubectl replace -f ${f}${o}`),
  apply: fc.tuple(file, ns).map(([f, s]) => `kubectl apply -f ${f}${s}`),
  delete: fc.tuple(
    fc.constantFrom('pod redis', 'pod nginx', 'pod/nothere', 'deployment web', 'pods -l tier=cache', 'pods --all', 'deployments --all', '-f redis-pod.yaml', 'namespace dev', 'svc kubernetes'),
    opt(fc.constantFrom('--grace-period=0 --force', '--now', '--wait=false', '--cascade=orphan', '--cascade=foreground', '--ignore-not-found')),
  ).map(([t, o]) => `kubectl delete ${t}${o}`),
  scale: fc.tuple(fc.constantFrom('deployment web', 'deployment/held', 'deploy web', 'rs -l app=web'), count, opt(fc.constantFrom('--current-replicas=2', '--current-replicas=5'))).map(
    ([t, c, o]) => `kubectl scale ${t} --replicas=${c}${o}`),
  label: fc.tuple(fc.constantFrom('pod redis', 'pods -l tier=cache', 'deployment web', 'pod/nginx', 'node node01', 'ns dev'), key, value, opt(fc.constantFrom('--overwrite'))).chain(
    ([t, k, v, o]) => fc.constantFrom(`kubectl label ${t} ${k}=${v}${o}`, `kubectl label ${t} ${k}-`)),
  annotate: fc.tuple(fc.constantFrom('pod redis', 'deployment web', 'deployment/held', 'pods --all', 'svc kubernetes'), key, value, opt(fc.constantFrom('--overwrite'))).chain(
    ([t, k, v, o]) => fc.constantFrom(`kubectl annotate ${t} ${k}=${v}${o}`, `kubectl annotate ${t} ${k}-`)),
  expose: fc.tuple(fc.constantFrom('pod redis', 'deployment web', 'deployment held', 'pod nginx'), count, opt(fc.constantFrom('--type=NodePort', '--name=other', '--target-port=8080', '--protocol=UDP'))).map(
    ([t, c, o]) => `kubectl expose ${t} --port=${80 + c}${o}`),
  set: fc.oneof(
    fc.tuple(fc.constantFrom('deployment/web nginx', 'deployment web nginx', 'pod/redis redis', 'deployment/held nginx', 'deployment/web *'), image).map(
      ([t, i]) => `kubectl set image ${t}=${i}`),
    fc.tuple(fc.constantFrom('deployment/web', 'pod/redis', 'deployment held'), key, value).map(([t, k, v]) => `kubectl set env ${t} ${k.replace(/[./]/g, '_')}=${v}`),
    fc.tuple(fc.constantFrom('deployment/web', 'deployment held'), fc.constantFrom('--limits=cpu=200m', '--requests=memory=64Mi', '--limits=cpu=1 --requests=cpu=500m')).map(([t, r]) => `kubectl set resources ${t} ${r}`),
    fc.tuple(key, value).map(([k, v]) => `kubectl set selector service kubernetes ${k}=${v}`),
  ),
  patch: fc.tuple(fc.constantFrom('deployment web', 'deployment/held', 'pod redis', 'svc kubernetes'), fc.constantFrom(
    `-p '{"metadata":{"labels":{"a":"b"}}}'`, `--type=merge -p '{"spec":{"replicas":4}}'`, `--type=json -p '[{"op":"add","path":"/metadata/labels/x","value":"y"}]'`,
    `-p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.28"}]}}}}'`, `--type=json -p '[{"op":"test","path":"/spec/replicas","value":9}]'`,
  )).map(([t, p]) => `kubectl patch ${t} ${p}`),
  taint: fc.tuple(fc.constantFrom('nodes node01', 'node node02', 'nodes --all', 'nodes -l kubernetes.io/hostname=node01', 'nodes nothere'), key, value, fc.constantFrom('NoSchedule', 'PreferNoSchedule', 'NoExecute'), opt(fc.constantFrom('--overwrite'))).chain(
    ([t, k, v, e, o]) => fc.constantFrom(`kubectl taint ${t} ${k}=${v}:${e}${o}`, `kubectl taint ${t} ${k}-`, `kubectl taint ${t} ${k}:${e}-`)),
  cordon: fc.constantFrom('node01', 'node02', 'controlplane', 'node01 node02', '-l kubernetes.io/hostname=node01', 'nothere').map((n) => `kubectl cordon ${n}`),
  uncordon: fc.constantFrom('node01', 'node02', 'controlplane', '-l kubernetes.io/hostname=node02', 'nothere').map((n) => `kubectl uncordon ${n}`),
  drain: fc.tuple(fc.constantFrom('node01', 'node02', 'controlplane', 'nothere'), opt(fc.constantFrom('--ignore-daemonsets', '--ignore-daemonsets --force', '--ignore-daemonsets --force --delete-emptydir-data', '--force --disable-eviction --ignore-daemonsets', '--grace-period=0 --ignore-daemonsets --force'))).map(
    ([n, o]) => `kubectl drain ${n}${o}`),
  rollout: fc.tuple(fc.constantFrom('deployment/web', 'deployment web', 'deployment/held'), opt(fc.constantFrom('--to-revision=1', '--to-revision=2', '--to-revision=9'))).map(
    ([t, o]) => `kubectl rollout undo ${t}${o}`),
};

// client and server twice: with many verbs, each still meets both real modes in RUNS cases.
const MODES = ['--dry-run=client', '--dry-run=server', '--dry-run=client', '--dry-run=server', '--dry-run', '--dry-run=true', '--dry-run=1', '--dry-run=T'];
const OUTPUTS = ['', '', ' -o yaml', ' -o json', ' -o name', " -o jsonpath='{.metadata.name}'"];
/** Verbs kubectl gives no -o flag (here or in kubectl 1.33). */
const NO_OUTPUT = new Set(['rollout', 'cordon', 'uncordon', 'drain']);

const commandLine = fc.constantFrom(...Object.keys(VERBS)).chain((verb) => fc.tuple(
  fc.constant(verb), VERBS[verb], fc.constantFrom(...MODES), fc.constantFrom(...(NO_OUTPUT.has(verb) ? [''] : verb === 'delete' ? ['', ' -o name'] : OUTPUTS)),
)).map(([verb, line, mode, output]) => ({ verb, line: `${line} ${mode}${output}` }));

/** Objects of every kind the verbs touch, as the API server holds them (the public API reads its cache). */
const KINDS = ['pods', 'deployments', 'replicasets', 'services', 'namespaces', 'resourcequotas', 'nodes', 'endpoints', 'configmaps', 'secrets', 'jobs', 'cronjobs', 'serviceaccounts', 'roles', 'rolebindings', 'clusterroles', 'clusterrolebindings'];
const state = (c: Cluster) => JSON.stringify(KINDS.map((k) => c.listObjects(k)));

function clusterWithObjects(): Cluster {
  const c = createCluster({ seed: 5 });
  const setup = [
    'kubectl create namespace dev',
    'kubectl run redis --image=redis --port=6379 --labels=run=redis,tier=cache',
    'kubectl run nginx --image=nginx --port=80 --labels=run=nginx,tier=cache',
    'kubectl create deployment web --image=nginx:1.26 --replicas=2',
    'kubectl set image deployment/web nginx=nginx:1.27',
    'kubectl create deployment held --image=nginx',
    'kubectl rollout pause deployment/held',
    'kubectl create quota q --hard=pods=50 -n dev',
  ];
  for (const line of setup) {
    const r = c.exec(line, { files });
    if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr}`);
    c.settle();
  }
  // No heartbeats: from here etcd changes only by request (as in the robustness properties).
  for (const n of ['controlplane', 'node01', 'node02']) c.stopKubelet(n);
  c.settle();
  return c;
}

describe('a dry run changes nothing (property-based)', () => {
  test('every registered verb with a --dry-run flag is covered by the property', () => {
    const withDryRun = registeredVerbs().filter((v) => hasDryRunFlag(v.flags)).map((v) => v.name).sort();
    expect(withDryRun).toEqual(Object.keys(VERBS).sort());
  });

  test(`${RUNS} generated dry runs across verbs, modes and outputs leave etcd's revision and every object unchanged`, { timeout: 300_000 }, () => {
    const c = clusterWithObjects();
    const seen = new Map<string, Set<string>>();
    fc.assert(
      fc.property(commandLine, ({ verb, line }) => {
        const revision = c.snapshot().etcd.revision;
        const keys = c.etcdKeys();
        const before = state(c);
        const r = c.exec(line, { files });
        expect(r.stderr, line).not.toContain('simulation error');
        expect(c.snapshot().etcd.revision, line).toBe(revision);
        expect(c.etcdKeys(), line).toEqual(keys);
        expect(state(c), line).toBe(before);
        const mode = line.match(/--dry-run(=\S+)?/)![0];
        seen.set(verb, (seen.get(verb) ?? new Set()).add(`${mode} ${r.exitCode === 0 ? 'ok' : 'refused'}`));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The generated cases reached every verb, in both real modes, and mostly succeeded.
    for (const verb of Object.keys(VERBS)) {
      const outcomes = [...(seen.get(verb) ?? [])];
      expect(outcomes.some((o) => o.startsWith('--dry-run=client ok')), `${verb}: ${outcomes}`).toBe(true);
      expect(outcomes.some((o) => o.startsWith('--dry-run=server ok')), `${verb}: ${outcomes}`).toBe(true);
    }
  });
});

describe('a rejected dry run prints the real error and changes nothing', () => {
  const cases: [string, string][] = [
    ['an invalid name', 'kubectl run Bad_Name --image=nginx'],
    ['a selector that does not match the template', 'kubectl create -f bad-selector.yaml'],
    ['an object that exists already', 'kubectl create deployment web --image=nginx'],
    ['a quota that would be exceeded', 'kubectl run over --image=nginx -n dev'],
    ['a label that needs --overwrite (refused by kubectl itself)', 'kubectl label pod redis run=other'],
  ];
  const badFiles = {
    ...files,
    'bad-selector.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bad\nspec:\n  selector:\n    matchLabels:\n      app: a\n  template:\n    metadata:\n      labels:\n        app: b\n    spec:\n      containers:\n      - name: c\n        image: nginx\n',
  };
  for (const [what, line] of cases) {
    test(`${what}: ${line} --dry-run=server`, { timeout: 60_000 }, () => {
      const c = clusterWithObjects();
      c.exec('kubectl create quota full --hard=pods=0 -n dev', { files });
      c.settle();
      const revision = c.snapshot().etcd.revision;
      const before = state(c);
      const dry = c.exec(`${line} --dry-run=server`, { files: badFiles });
      expect(c.snapshot().etcd.revision).toBe(revision);
      expect(state(c)).toBe(before);
      // The same request without the dry run is refused with the same words.
      const real = c.exec(line, { files: badFiles });
      expect(dry.exitCode).toBe(1);
      expect(dry).toEqual(real);
      expect(dry.stderr).toMatch(/^(Error from server|The (Pod|Deployment) "\w+" is invalid|error: failed to create deployment|error: ')/);
    });
  }
});
