import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createCluster, type Cluster } from '../../../src/sim/index.ts';

// Every writing verb with --dry-run against the real kubectl v1.33, recorded with a stateful
// stand-in API server (scripts/golden/record-dry-run.sh, dry-run-fake-apiserver.mjs). The simulator
// is given the stand-in's objects (pods redis and nginx labelled tier=cache, deployment web with two
// revisions, deployment held paused, namespace dev); the comparison is exact for the lines kubectl
// writes, and for -o yaml|json of objects read from the server it is on what kubectl changed
// (objects differ in uid, timestamps and the defaults a real API server adds).
const root = join(import.meta.dirname, '../../golden/dry-run');
const dir = join(root, 'server');
const files: Record<string, string> = {};
for (const f of readdirSync(join(root, 'files'))) files[f] = readFileSync(join(root, 'files', f), 'utf8');
const cases = readdirSync(dir).filter((f) => f.endsWith('.cmd')).map((f) => f.slice(0, -4)).sort();
const read = (name: string, ext: string) => readFileSync(join(dir, `${name}.${ext}`), 'utf8');

/** The simulator's cluster with the stand-in's objects (same names, labels and revisions). */
function standInCluster(): Cluster {
  const c = createCluster({ seed: 1 });
  const setup = [
    'kubectl create namespace dev',
    'kubectl run redis --image=redis --port=6379 --labels=run=redis,tier=cache',
    'kubectl run nginx --image=nginx --port=80 --labels=run=nginx,tier=cache',
    // Revision 1 runs nginx:1.26, revision 2 nginx:1.27, as on the stand-in.
    'kubectl apply -f web.yaml',
    'kubectl set image deployment/web nginx=nginx:1.27',
    'kubectl create deployment held --image=nginx',
    'kubectl rollout pause deployment/held',
  ];
  for (const line of setup) {
    const r = c.exec(line, { files: { ...files, 'web.yaml': files['web-3.yaml'].replace('replicas: 3', 'replicas: 2').replace('nginx:1.27', 'nginx:1.26') } });
    if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr}`);
    c.settle();
  }
  // No heartbeats: from here etcd changes only by request, so one cluster serves every case (each
  // case asserts it changed nothing, which is what keeps the next case's starting point the same).
  for (const n of ['controlplane', 'node01', 'node02']) c.stopKubelet(n);
  c.settle();
  return c;
}

/** klog's header carries the wall time and pid of the recording: compare the text after it. */
const klogText = (text: string) => text.replace(/^([IWE])\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ /gm, '$1 ');

/** Outputs of objects read from the server (label/scale/set/annotate -o yaml|json): compared on what kubectl changes. */
const OBJECT_OUTPUTS: Record<string, (o: Record<string, any>) => unknown> = {
  'annotate-bare-json': (o) => ({ kind: o.kind, name: o.metadata.name, annotations: o.metadata.annotations, labels: o.metadata.labels }),
  'label-client-yaml': (o) => ({ kind: o.kind, name: o.metadata.name, labels: o.metadata.labels }),
  'scale-client-yaml': (o) => ({ kind: o.kind, name: o.metadata.name, replicas: o.spec.replicas }),
  'set-image-client-yaml': (o) => ({ kind: o.kind, name: o.metadata.name, images: o.spec.containers.map((c: { image: string }) => c.image) }),
  'expose-client-yaml-ns': (o) => o,
  'create-file-client-yaml': (o) => o,
  // A client dry run of apply prints the live object as it read it (the patch is not applied).
  'apply-configure-client-yaml': (o) => ({ kind: o.kind, name: o.metadata.name, replicas: o.spec.replicas }),
  'label-server-json-ns': (o) => ({ kind: o.kind, name: o.metadata.name, labels: o.metadata.labels }),
};

/** The ReplicaSet hash in a pod template differs (it hashes the simulator's template). */
const hashless = (text: string) => text.replace(/pod-template-hash=[a-z0-9]+/g, 'pod-template-hash=<hash>');

describe('kubectl --dry-run matches real kubectl 1.33 for every writing verb', () => {
  let shared: Cluster | undefined;
  const cluster = () => (shared ??= standInCluster());
  test('there are recorded cases', () => expect(cases.length).toBeGreaterThan(60));
  for (const name of cases) {
    test(name, { timeout: 60_000 }, () => {
      const c = cluster();
      const before = c.etcdKeys();
      const revision = c.snapshot().etcd.revision;
      const r = c.exec(read(name, 'cmd').trim(), { files });
      const expected = { stdout: read(name, 'stdout'), stderr: klogText(read(name, 'stderr')), exitCode: Number(read(name, 'exit').trim()) };
      const actual = { stdout: r.stdout, stderr: klogText(r.stderr), exitCode: r.exitCode };
      const pick = OBJECT_OUTPUTS[name];
      if (pick) {
        const parse = (t: string) => (t.trimStart().startsWith('{') ? JSON.parse(t) : (parseYaml(t) as Record<string, unknown>));
        expect(pick(parse(actual.stdout))).toEqual(pick(parse(expected.stdout)));
        expect({ ...actual, stdout: '' }).toEqual({ ...expected, stdout: '' });
      } else expect({ ...actual, stdout: hashless(actual.stdout) }).toEqual({ ...expected, stdout: hashless(expected.stdout) });
      // Whatever kubectl printed, a dry run (or a refused request: every recorded case is one or the
      // other) stored nothing.
      expect(c.snapshot().etcd.revision).toBe(revision);
      expect(c.etcdKeys()).toEqual(before);
    });
  }

  test('a client dry run sends no write request in the recordings (only reads)', () => {
    for (const name of cases.filter((n) => /--dry-run(=client|=true|=1)?( |$)/.test(read(n, 'cmd')))) {
      const writes = read(name, 'requests').split('\n').filter((l) => l && !l.startsWith('GET '));
      expect(writes, name).toEqual([]);
    }
  });

  test('a server dry run sends its writes with dryRun=All in the recordings', () => {
    for (const name of cases.filter((n) => read(n, 'cmd').includes('--dry-run=server'))) {
      const writes = read(name, 'requests').split('\n').filter((l) => l && !l.startsWith('GET '));
      for (const w of writes) expect(w.includes('dryRun=All') || w.startsWith('DELETE '), `${name}: ${w}`).toBe(true);
    }
  });
});
