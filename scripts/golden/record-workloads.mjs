#!/usr/bin/env node
// Records golden outputs of the real kubectl 1.33 for the workload commands that run offline
// (no cluster: client-side dry runs and flag validation). Run: node scripts/golden/record-workloads.mjs
// Writes tests/sim/controllers/golden/kubectl-workloads.json, which the controller tests compare
// the simulated kubectl against.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const KUBECTL = process.env.KUBECTL ?? '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
const OUT = fileURLToPath(new URL('../../tests/sim/controllers/golden/kubectl-workloads.json', import.meta.url));

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

const results = CASES.map((line) => {
  // HOME points to an empty directory so that no kubeconfig is picked up.
  const r = spawnSync(KUBECTL, line.split(' '), { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: '/nonexistent-home' }, timeout: 20_000 });
  return { command: `kubectl ${line}`, stdout: r.stdout, stderr: r.stderr, exitCode: r.status };
});
writeFileSync(OUT, `${JSON.stringify({ kubectl: KUBECTL, version: 'v1.33', cases: results }, null, 2)}\n`);
console.log(`wrote ${results.length} cases to ${OUT}`);
