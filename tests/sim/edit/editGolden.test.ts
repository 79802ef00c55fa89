import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCluster, type Cluster } from '../../../src/sim/index.ts';

// Editing verbs (patch of the three types, set env|resources|selector|image, apply, replace, diff)
// against the real kubectl v1.33, recorded with the stateful stand-in API server applying patches
// with the engine's own code (scripts/golden/record-edit.sh). Each recording starts from the
// stand-in's objects, so each case runs on a fresh simulated cluster holding the same ones. What is
// compared: kubectl's own lines exactly (messages, errors, -o jsonpath of what the edit changed), the
// exit code, and for `diff` the format and the changed lines (the live objects differ in uid,
// timestamps and the defaults a real API server adds, which the stand-in does not).
const root = join(import.meta.dirname, '../../golden/edit');
const dir = join(root, 'server');
const files: Record<string, string> = {};
for (const f of readdirSync(join(root, 'files'))) files[f] = readFileSync(join(root, 'files', f), 'utf8');
const cases = readdirSync(dir).filter((f) => f.endsWith('.cmd')).map((f) => f.slice(0, -4)).sort();
const read = (name: string, ext: string) => readFileSync(join(dir, `${name}.${ext}`), 'utf8');

/**
 * Cases where the stand-in accepted what a real API server refuses (it neither validates nor
 * enforces pod immutability): the simulator answers as the real server does, so kubectl's output
 * differs from the recording. Each is checked for the refusal instead.
 */
const SERVER_REFUSES: Record<string, RegExp> = {
  'set-env-pod': /^The Pod "redis" is invalid: spec: Forbidden: pod updates may not change fields/,
  'patch-strategic-delete-container': /^The Pod "redis" is invalid: /,
  'patch-json-move': /cannot unmarshal string into Go struct field ObjectMeta.metadata.labels/,
};

function standInCluster(): Cluster {
  const c = createCluster({ seed: 1 });
  // No kubelets: the pods stay Pending, which the edits do not look at, and settling stays cheap.
  for (const n of ['controlplane', 'node01', 'node02']) c.stopKubelet(n);
  const web = files['web-2.yaml'];
  const setup = [
    'kubectl create namespace dev',
    'kubectl run redis --image=redis --port=6379 --labels=run=redis,tier=cache',
    'kubectl run nginx --image=nginx --port=80 --labels=run=nginx,tier=cache',
    'kubectl apply -f web.yaml',
    'kubectl create deployment held --image=nginx',
    'kubectl label deployment held app=held',
    'kubectl rollout pause deployment/held',
  ];
  for (const line of setup) {
    const r = c.exec(line, { files: { ...files, 'web.yaml': web } });
    if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr}`);
  }
  c.settle();
  return c;
}

const mask = (line: string) => line.replace(/(uid|resourceVersion|creationTimestamp|generation): .*/, '$1: <masked>');
function diffShape(text: string) {
  const lines = text.split('\n');
  return {
    headers: lines.filter((l) => /^(diff|---|\+\+\+) /.test(l)).map((l) => l.replace(/\/tmp\/(LIVE|MERGED)-\d+/g, '/tmp/$1-N').replace(/\t.*$/, '\t<time>')),
    hunks: lines.filter((l) => l.startsWith('@@')).every((l) => /^@@ -\d+(,\d+)? \+\d+(,\d+)? @@$/.test(l)),
    changed: lines.filter((l) => /^[-+](?![-+]{2} )/.test(l)).map(mask),
  };
}

describe('editing verbs match real kubectl 1.33', () => {
  test('there are recorded cases', () => expect(cases.length).toBeGreaterThan(60));
  // Cases that store nothing (errors, dry runs, no change: checked below) share one cluster.
  let shared: Cluster | undefined;
  const writes = (name: string) => read(name, 'cmd').trim().includes('\n') || read(name, 'requests').split('\n').some((l) => /^(PATCH|POST|PUT) /.test(l) && !l.includes('dryRun=All') && / 20\d$/.test(l));
  for (const name of cases) {
    test(name, () => {
      const c = writes(name) || SERVER_REFUSES[name] ? standInCluster() : (shared ??= standInCluster());
      const lines = read(name, 'cmd').trim().split('\n');
      let r = { stdout: '', stderr: '', exitCode: 0 };
      let revision = 0;
      for (const line of lines) {
        // The controllers' reactions to a preparing line finish before the recorded one runs.
        c.settle();
        revision = c.snapshot().etcd.revision;
        r = c.exec(line, { files });
      }
      const expected = { stdout: read(name, 'stdout'), stderr: read(name, 'stderr'), exitCode: Number(read(name, 'exit').trim()) };
      const refusal = SERVER_REFUSES[name];
      if (refusal) {
        expect(r.stderr).toMatch(refusal);
        expect(r.exitCode).toBe(1);
      } else if (name.startsWith('diff-')) {
        const ours = diffShape(r.stdout);
        const theirs = diffShape(expected.stdout);
        expect(ours.headers).toEqual(theirs.headers);
        expect(ours.hunks).toBe(true);
        // Every line the real diff changed (besides server-owned metadata) is changed here too.
        const changed = new Set(ours.changed);
        for (const l of theirs.changed.filter((x) => !x.includes('<masked>'))) expect(changed.has(l), l).toBe(true);
        expect({ ...r, stdout: '' }).toEqual({ ...expected, stdout: '' });
      } else expect(r).toEqual(expected);
      // A request kubectl did not write with (no PATCH/POST/PUT answered 2xx without dryRun) stored nothing.
      if (!writes(name) && !refusal) expect(c.snapshot().etcd.revision, 'nothing written').toBe(revision);
    });
  }
});
