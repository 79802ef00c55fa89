#!/usr/bin/env node
// Records golden outputs of the real kubectl for the Services / Namespaces / ResourceQuota /
// kubeconfig commands that run offline (no API server needed), into tests/golden/services/.
// Usage: node scripts/golden/services.mjs [path-to-kubectl]   (default: the Cloud SDK's kubectl.1.33)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const kubectl = process.argv[2] ?? '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
const outDir = new URL('../../tests/golden/services/', import.meta.url).pathname;

// A kubeconfig like the one kubeadm writes for the admin (server unreachable on purpose: these
// commands never contact it). Certificates are left out: kubectl does not read them offline.
const KUBECONFIG_TEXT = `apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://controlplane:6443
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
    user: kubernetes-admin
  name: kubernetes-admin@kubernetes
current-context: kubernetes-admin@kubernetes
preferences: {}
users:
- name: kubernetes-admin
  user:
    token: sandbox
`;

/** Each case: a command line as a learner types it (after "kubectl"). Config cases get a fresh kubeconfig. */
const cases = [
  ['create-service-clusterip', 'create service clusterip web --tcp=80:8080 --dry-run=client -o yaml'],
  ['create-service-clusterip-two-ports', 'create service clusterip web --tcp=80:8080,443:8443 --dry-run=client -o yaml'],
  ['create-service-clusterip-headless', 'create service clusterip db --clusterip=None --dry-run=client -o yaml'],
  ['create-service-nodeport', 'create service nodeport web --tcp=80:8080 --node-port=30080 --dry-run=client -o yaml'],
  ['create-service-nodeport-json', 'create service nodeport web --tcp=80 --dry-run=client -o json'],
  ['create-service-loadbalancer', 'create service loadbalancer web --tcp=80:8080 --dry-run=client -o yaml'],
  ['create-service-externalname', 'create service externalname db --external-name=db.example.com --dry-run=client -o yaml'],
  ['create-service-namespaced', 'create service clusterip web --tcp=80 -n dev --dry-run=client -o yaml'],
  ['create-service-no-name', 'create service clusterip --tcp=80:8080 --dry-run=client -o yaml'],
  ['create-service-no-port', 'create service nodeport web --dry-run=client -o yaml'],
  ['create-service-bad-port', 'create service clusterip web --tcp=abc --dry-run=client -o yaml'],
  ['create-service-externalname-missing', 'create service externalname db --dry-run=client -o yaml'],
  ['create-service-bad-type', 'create service foo web --dry-run=client -o yaml'],
  ['create-service-named-target', 'create service clusterip web --tcp=80:http --dry-run=client -o yaml'],
  ['create-service-dry-run-default', 'create service clusterip web --tcp=80:8080 --dry-run=client'],
  ['create-service-dry-run-name', 'create service nodeport web --tcp=80:8080 --dry-run=client -o name'],
  ['create-namespace-dry-run-default', 'create namespace dev --dry-run=client'],
  ['create-quota-dry-run-default', 'create quota q --hard=pods=2 --dry-run=client'],
  ['create-svc-alias', 'create svc clusterip web --tcp=80 --dry-run=client -o yaml'],
  ['create-namespace', 'create namespace dev --dry-run=client -o yaml'],
  ['create-ns-alias-json', 'create ns dev --dry-run=client -o json'],
  ['create-namespace-no-name', 'create namespace --dry-run=client -o yaml'],
  ['create-namespace-bad-name', 'create namespace Dev_1 --dry-run=client -o yaml'],
  ['create-quota', 'create quota compute-quota --hard=pods=10,requests.cpu=4,requests.memory=5Gi,limits.cpu=10,limits.memory=10Gi -n dev --dry-run=client -o yaml'],
  ['create-quota-scopes', 'create quota best-effort --hard=pods=5 --scopes=BestEffort --dry-run=client -o yaml'],
  ['create-resourcequota-alias', 'create resourcequota q --hard=services=2 --dry-run=client -o yaml'],
  ['create-quota-no-name', 'create quota --hard=pods=1 --dry-run=client -o yaml'],
  ['create-quota-bad-hard', 'create quota q --hard=pods --dry-run=client -o yaml'],
  ['create-quota-bad-quantity', 'create quota q --hard=pods=ten --dry-run=client -o yaml'],
  ['config-get-contexts', 'config get-contexts', true],
  ['config-current-context', 'config current-context', true],
  ['config-set-context-namespace', 'config set-context --current --namespace=dev', true],
  ['config-get-contexts-after-set', 'config set-context --current --namespace=dev && config get-contexts', true],
  ['config-view-minify-namespace', 'config set-context --current --namespace=dev && config view --minify -o jsonpath={..namespace}', true],
  ['config-use-context-missing', 'config use-context nosuch', true],
];

const results = [];
for (const [name, line, needsConfig] of cases) {
  const dir = mkdtempSync(join(tmpdir(), 'kc-'));
  const kubeconfig = join(dir, 'config');
  writeFileSync(kubeconfig, KUBECONFIG_TEXT);
  const env = { ...process.env, KUBECONFIG: kubeconfig, HOME: dir };
  // "a && b" runs b against the kubeconfig a left behind; only b's output is recorded.
  const steps = line.split(' && ');
  let last;
  for (const step of steps) {
    last = spawnSync(kubectl, step.split(' '), { env, encoding: 'utf8', timeout: 20000 });
  }
  results.push({
    name,
    command: `kubectl ${line}`,
    usesKubeconfig: !!needsConfig,
    stdout: last.stdout,
    stderr: last.stderr,
    exitCode: last.status,
    kubeconfigAfter: needsConfig ? readFileSync(kubeconfig, 'utf8') : undefined,
  });
}

const version = spawnSync(kubectl, ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
const clientVersion = JSON.parse(version.stdout).clientVersion.gitVersion;
writeFileSync(join(outDir, 'kubectl-offline.json'), JSON.stringify({ kubectl: clientVersion, kubeconfig: KUBECONFIG_TEXT, cases: results }, null, 2) + '\n');
console.log(`recorded ${results.length} cases with kubectl ${clientVersion} into ${outDir}kubectl-offline.json`);
