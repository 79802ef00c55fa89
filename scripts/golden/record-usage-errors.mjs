#!/usr/bin/env node
// Records cobra/pflag usage errors of real kubectl 1.33 into tests/golden/usage-errors/cases.json.
// kubectl prints these before it contacts any server; a throwaway kubeconfig points it at a closed
// port so that a line which does reach the network fails fast instead of using a real cluster.
// Run: node scripts/golden/record-usage-errors.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const KUBECTL = process.env.KUBECTL ?? '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
const OUT = new URL('../../tests/golden/usage-errors/cases.json', import.meta.url);

const LINES = [
  // unknown subcommands of command groups, with and without cobra's suggestions
  'kubectl create deploymnt x --image=nginx',
  'kubectl create deploy2 x',
  'kubectl create foo',
  'kubectl create pod x',
  'kubectl create secert generic s',
  'kubectl create servic clusterip x --tcp=80',
  'kubectl create service clusterip2 x',
  'kubectl create configmpa x',
  'kubectl set imag deploy/x a=b',
  'kubectl set foo',
  'kubectl rollout statu deploy/x',
  'kubectl rollout foo',
  'kubectl config use-contxt x',
  'kubectl config foo',
  'kubectl auth can x',
  'kubectl auth foo',
  'kubectl top pod2',
  'kubectl top foo',
  'kubectl gett pods',
  'kubectl foo',
  // unknown flags
  'kubectl run x --imagee=nginx',
  'kubectl run x --image=nginx --foo',
  'kubectl get pods --foo',
  'kubectl create deployment x --image=nginx --foo=1',
  'kubectl create deploy x --image=nginx --foo=1',
  'kubectl create service clusterip x --tcp=80 --foo',
  'kubectl delete pod x --foo',
  'kubectl describe pod x --bogus',
  'kubectl scale deploy x --replica=2',
  'kubectl expose deploy x --prot=80',
  'kubectl apply -f x.yaml --foo',
  'kubectl logs x --foo',
  'kubectl --foo get pods',
  // unknown shorthand flags
  'kubectl get pods -z',
  'kubectl create deployment x --image=nginx -z',
  'kubectl delete pod x -Z',
  'kubectl get pods -Az',
  // flags missing their argument
  'kubectl get pods -n',
  'kubectl get pods --namespace',
  'kubectl run x --image',
  'kubectl get pods -o',
  'kubectl create deployment x --image',
  'kubectl get pods -l',
  // bad values for typed flags
  'kubectl create deployment x --image=nginx --replicas=x',
  'kubectl scale deploy x --replicas=x',
  'kubectl run x --image=nginx --port=abc',
  'kubectl get pods --watch=maybe',
  'kubectl delete pod x --grace-period=soon',
  'kubectl logs x --tail=abc',
  'kubectl run x --image=nginx --rm=maybe',
  'kubectl get pods -v abc',
  'kubectl create deployment x --image=nginx -r abc',
  // required flags versus NAME
  'kubectl run x',
  'kubectl run --image=nginx',
  'kubectl run',
  'kubectl create deployment x',
  'kubectl create deployment --image=nginx',
  'kubectl create deployment',
  'kubectl create namespace',
  'kubectl create service clusterip',
  'kubectl create service clusterip x',
  'kubectl create configmap',
  'kubectl create serviceaccount',
  'kubectl scale deploy x',
  'kubectl expose',
  'kubectl create',
  'kubectl create deploy x --image=nginx --replicas',
  'kubectl scale --replicas=2',
  'kubectl delete',
  'kubectl create ns a b',
];

const dir = mkdtempSync(join(tmpdir(), 'usage-errors-'));
const kubeconfig = join(dir, 'config');
writeFileSync(
  kubeconfig,
  ['apiVersion: v1', 'kind: Config', 'clusters:', '- cluster:', '    server: http://127.0.0.1:1', '  name: sim',
    'contexts:', '- context:', '    cluster: sim', '    user: admin', '  name: sim', 'current-context: sim',
    'users:', '- name: admin', '  user: {}', ''].join('\n'),
);

const cases = LINES.map((line) => {
  // The lines are plain words separated by single spaces (no quoting), like a typed command.
  const argv = line.split(' ').slice(1);
  const r = spawnSync(KUBECTL, argv, { cwd: dir, env: { PATH: '/usr/bin:/bin', HOME: dir, KUBECONFIG: kubeconfig }, encoding: 'utf8', timeout: 20000 });
  return { line, stdout: r.stdout, stderr: r.stderr, exitCode: r.status };
});
writeFileSync(OUT, JSON.stringify({ kubectl: KUBECTL, cases }, null, 2) + '\n');
console.log(`${cases.length} cases -> ${OUT.pathname}`);
