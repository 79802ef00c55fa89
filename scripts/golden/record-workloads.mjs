#!/usr/bin/env node
// Records golden outputs of the real kubectl 1.33 for the workload commands that run offline
// (no cluster: client-side dry runs and flag validation). Run: node scripts/golden/record-workloads.mjs
// Writes tests/sim/controllers/golden/kubectl-workloads.json, which the controller tests compare
// the simulated kubectl against.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const KUBECTL = process.env.KUBECTL ?? '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
const OUT = fileURLToPath(new URL('../../tests/sim/controllers/golden/kubectl-workloads.json', import.meta.url));

const RS_FILE = `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: myapp-replicaset
spec:
  replicas: 3
  selector:
    matchLabels:
      type: front-end
  template:
    metadata:
      labels:
        type: front-end
    spec:
      containers:
      - name: nginx
        image: nginx
`;

// Cases that need files: the files are written to the working directory and passed to the
// simulated kubectl the same way.
const FILE_CASES = [
  { line: 'scale --replicas=6 -f replicaset-definition.yml replicaset myapp-replicaset', files: { 'replicaset-definition.yml': RS_FILE } },
  { line: 'scale --replicas=6 -f missing.yml', files: {} },
];

const CASES = [
  'create deployment nginx --image=nginx --dry-run=client -o yaml',
  'create deployment web --image=nginx:1.27 --replicas=3 --port=80 --dry-run=client -o yaml',
  'create deployment multi --image=nginx --image=busybox --dry-run=client -o yaml',
  'create deployment pause --image=registry.k8s.io/pause:3.9 --dry-run=client -o yaml',
  'create deploy api --image=httpd:2.4 -r 2 --dry-run=client -o yaml',
  'create deployment nginx --image=nginx --dry-run=client',
  'create deployment nginx --image=nginx --dry-run=client -o name',
  'create deployment nginx --image=nginx --dry-run=client -o json',
  'create deployment nginx --dry-run=client -o yaml',
  'create deployment --image=nginx --dry-run=client -o yaml',
  'create deployment a b --image=nginx --dry-run=client',
  'scale deployment web',
  'scale --replicas=3',
  'scale --replicas=-1 deployment web',
  'rollout status',
  'rollout undo',
  'rollout history',
  'rollout foo',
  'rollout',
  'rollout --help',
  'set image',
];

// Without a cluster, kubectl logs its failed API discovery (klog lines from memcache.go) before
// reaching an offline error; a connected kubectl prints no such lines, so they are dropped.
const dropDiscoveryNoise = (text) => text.split('\n').filter((l) => !/^E\d{4} .*memcache\.go/.test(l)).join('\n');

function run(line, files) {
  const cwd = mkdtempSync(join(tmpdir(), 'kubectl-golden-'));
  for (const [name, text] of Object.entries(files ?? {})) writeFileSync(join(cwd, name), text);
  // HOME points to an empty directory so that no kubeconfig is picked up.
  const r = spawnSync(KUBECTL, line.split(' '), { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: '/nonexistent-home' }, timeout: 20_000 });
  const result = { command: `kubectl ${line}`, stdout: r.stdout, stderr: dropDiscoveryNoise(r.stderr), exitCode: r.status };
  return files ? { ...result, files } : result;
}

const results = [...CASES.map((line) => run(line)), ...FILE_CASES.map((c) => run(c.line, c.files))];
writeFileSync(OUT, `${JSON.stringify({ kubectl: KUBECTL, version: 'v1.33', cases: results }, null, 2)}\n`);
console.log(`wrote ${results.length} cases to ${OUT}`);
