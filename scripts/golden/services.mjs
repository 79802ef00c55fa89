#!/usr/bin/env node
// Records golden outputs of the real kubectl for the Services / Namespaces / ResourceQuota /
// kubeconfig commands that run offline (no API server needed), into tests/golden/services/.
// Usage: node scripts/golden/services.mjs [path-to-kubectl]   (default: the Cloud SDK's kubectl.1.33)
import { spawn, spawnSync } from 'node:child_process';
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

// For the `config` cases: the shape of kubeadm's admin.conf (certificate data instead of a token;
// the data is a placeholder, which `config` commands never decode).
const ADMIN_CONF_TEXT = `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: c2FuZGJveA==
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
    client-certificate-data: c2FuZGJveA==
    client-key-data: c2FuZGJveA==
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
  ['create-service-save-config', 'create service clusterip web --tcp=80:8080 --dry-run=client -o yaml --save-config'],
  ['create-namespace-save-config', 'create namespace dev --dry-run=client -o json --save-config'],
  ['create-quota-canonical', 'create quota q --hard=cpu=1.5,memory=1024Mi,requests.memory=1.5Gi,limits.memory=500M,count/deployments.apps=2 --dry-run=client -o yaml'],
  ['create-service-nodeport-two-ports', 'create service nodeport web --tcp=80:8080,443:8443 --node-port=30080 --dry-run=client -o yaml'],
  ['config-get-contexts', 'config get-contexts', true],
  ['config-get-contexts-name', 'config get-contexts -o name', true],
  ['config-set-context-new', 'config set-context dev --namespace=dev --cluster=kubernetes --user=kubernetes-admin', true],
  ['config-use-context-new', 'config set-context dev --namespace=dev --cluster=kubernetes --user=kubernetes-admin && config use-context dev', true],
  ['config-get-contexts-two', 'config set-context dev --namespace=dev --cluster=kubernetes --user=kubernetes-admin && config get-contexts', true],
  ['config-view', 'config view', true],
  ['config-view-minify', 'config set-context --current --namespace=dev && config view --minify', true],
  ['config-unknown', 'config foo', true],
  ['config-current-context', 'config current-context', true],
  ['config-set-context-namespace', 'config set-context --current --namespace=dev', true],
  ['config-get-contexts-after-set', 'config set-context --current --namespace=dev && config get-contexts', true],
  ['config-view-minify-namespace', 'config set-context --current --namespace=dev && config view --minify -o jsonpath={..namespace}', true],
  ['config-use-context-missing', 'config use-context nosuch', true],
];

// Commands that need an API server (expose reads the object; apply reads the live object first)
// run against scripts/golden/services-fake-apiserver.py on 127.0.0.1.
const PORT = 18471;
const SERVER_KUBECONFIG = KUBECONFIG_TEXT.replace('https://controlplane:6443', `http://127.0.0.1:${PORT}`);
const SVC_FILE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: 8080\n';
const POD_FILE = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\n    tier: front\n  annotations:\n    team: a&b <ops>\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.27\n    ports:\n    - containerPort: 80\n';
const serverCases = [
  ['expose-deployment', 'expose deployment web --port=80 --dry-run=client -o yaml'],
  ['expose-deployment-nodeport', 'expose deployment web --port=80 --target-port=8080 --type=NodePort --name=web-svc --dry-run=client -o yaml'],
  ['expose-deployment-json', 'expose deployment web --port=80 --dry-run=client -o json'],
  ['expose-deployment-text', 'expose deployment web --port=80 --dry-run=client'],
  ['expose-pod-inferred-port', 'expose pod nginx --dry-run=client -o yaml'],
  ['expose-pod-no-labels', 'expose pod bare --port=80 --dry-run=client -o yaml'],
  ['expose-rs', 'expose rs web-rs --port=80 --dry-run=client -o yaml'],
  ['expose-no-port', 'expose pod bare --dry-run=client -o yaml'],
  ['run-expose-dry-run-yaml', 'run httpd --image=httpd:alpine --port=80 --expose --dry-run=client -o yaml'],
  ['run-expose-dry-run-text', 'run httpd --image=httpd:alpine --port=80 --expose --dry-run=client'],
  ['run-expose-no-port', 'run httpd --image=httpd:alpine --expose --dry-run=client'],
  ['apply-service-dry-run-yaml', 'apply -f svc.yaml --dry-run=client --validate=false -o yaml'],
  ['apply-pod-dry-run-json', 'apply -f pod.yaml --dry-run=client --validate=false -o json'],
  ['apply-service-dry-run-text', 'apply -f svc.yaml --dry-run=client --validate=false'],
];

const server = spawn('python3', [new URL('./services-fake-apiserver.py', import.meta.url).pathname, String(PORT)], { stdio: 'ignore' });
spawnSync('sleep', ['1']);

const results = [];
for (const [name, line] of serverCases) {
  const dir = mkdtempSync(join(tmpdir(), 'kc-'));
  const kubeconfig = join(dir, 'config');
  writeFileSync(kubeconfig, SERVER_KUBECONFIG);
  writeFileSync(join(dir, 'svc.yaml'), SVC_FILE);
  writeFileSync(join(dir, 'pod.yaml'), POD_FILE);
  const r = spawnSync(kubectl, line.split(' '), { cwd: dir, env: { ...process.env, KUBECONFIG: kubeconfig, HOME: dir }, encoding: 'utf8', timeout: 20000 });
  results.push({ name, command: `kubectl ${line}`, usesServer: true, files: { 'svc.yaml': SVC_FILE, 'pod.yaml': POD_FILE }, stdout: r.stdout, stderr: r.stderr, exitCode: r.status });
}
server.kill();

for (const [name, line, needsConfig] of cases) {
  const dir = mkdtempSync(join(tmpdir(), 'kc-'));
  const kubeconfig = join(dir, 'config');
  writeFileSync(kubeconfig, needsConfig ? ADMIN_CONF_TEXT : KUBECONFIG_TEXT);
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
writeFileSync(join(outDir, 'kubectl-offline.json'), JSON.stringify({ kubectl: clientVersion, kubeconfig: KUBECONFIG_TEXT, adminConf: ADMIN_CONF_TEXT, cases: results }, null, 2) + '\n');
console.log(`recorded ${results.length} cases with kubectl ${clientVersion} into ${outDir}kubectl-offline.json`);
