// Records what the real kubectl v1.33 proxy prints and answers, offline (no API server needed: the
// cases never reach the upstream): its banner, the bind error of a second proxy on a busy port, a
// malformed --port, and the proxy's own answers to curl (a rejected path, a path outside --api-prefix).
// tests/sim/shell/kubectlProxyGolden.test.ts runs the same lines in the simulated terminal.
// Run: node scripts/golden/kubectl-proxy.mjs > tests/golden/shell/kubectl-proxy.json
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const KUBECTL = process.env.KUBECTL ?? '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
const dir = mkdtempSync(join(tmpdir(), 'proxy-golden-'));
const kubeconfig = join(dir, 'config');
writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\nclusters:\n- cluster: {server: "http://127.0.0.1:1"}\n  name: c\ncontexts:\n- context: {cluster: c, user: u}\n  name: c\ncurrent-context: c\nusers:\n- name: u\n  user: {token: t}\n');
const env = { PATH: '/usr/bin:/bin', KUBECONFIG: kubeconfig };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts a proxy in the background and returns what it printed once it is serving. */
async function start(args) {
  const child = spawn(KUBECTL, ['proxy', ...args], { env });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  await sleep(1500);
  return { child, stdout };
}

function run(file, args) {
  const r = spawnSync(file, args, { env, encoding: 'utf8', timeout: 5000 });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status };
}

const cases = [];
const first = await start(['--port=18401']);
cases.push({ name: 'banner', line: 'kubectl proxy --port=18401 &', jobOutput: first.stdout });
const clash = run(KUBECTL, ['proxy', '--port=18401']);
cases.push({ name: 'port-in-use', line: 'kubectl proxy --port=18401 &', jobStderr: clash.stderr, jobExit: clash.exitCode });
cases.push({ name: 'exec-path-rejected', line: 'curl -s http://localhost:18401/api/v1/namespaces/default/pods/web/exec', ...run('curl', ['-s', 'http://localhost:18401/api/v1/namespaces/default/pods/web/exec']) });
cases.push({ name: 'attach-path-rejected', line: 'curl -s http://127.0.0.1:18401/api/v1/namespaces/default/pods/web/attach', ...run('curl', ['-s', 'http://127.0.0.1:18401/api/v1/namespaces/default/pods/web/attach']) });
first.child.kill();
const prefixed = await start(['--port=18402', '--api-prefix=/k8s/']);
cases.push({ name: 'outside-api-prefix', line: 'curl -s http://localhost:18402/api/v1/pods', ...run('curl', ['-s', 'http://localhost:18402/api/v1/pods']) });
prefixed.child.kill();
const any = await start(['--port=18403', '--address=0.0.0.0']);
cases.push({ name: 'banner-all-addresses', line: 'kubectl proxy --port=18403 --address=0.0.0.0 &', jobOutput: any.stdout });
any.child.kill();
const badPort = run(KUBECTL, ['proxy', '--port=abc']);
cases.push({ name: 'bad-port', line: 'kubectl proxy --port=abc', ...badPort });
const version = run(KUBECTL, ['version', '--client']).stdout.split('\n')[0];
process.stdout.write(`${JSON.stringify({ kubectl: version, cases }, null, 2)}\n`);
