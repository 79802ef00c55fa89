import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import { indentJson } from '../../../src/sim/cli/kubectl/apply/viewLastApplied.ts';
import fc from 'fast-check';

// get --raw paths the simulated API server serves, and -v request lines for other verbs.
describe('kubectl get --raw', () => {
  const c = createCluster({ seed: 4 });
  c.exec('kubectl run nginx --image=nginx --labels=app=web');
  c.exec('kubectl run other --image=nginx');
  c.settle();
  const raw = (path: string) => c.exec(`kubectl get --raw '${path}'`);

  test('a single object is the stored object as JSON on one line, resourceVersion included', () => {
    const r = raw('/api/v1/namespaces/default/pods/nginx');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const pod = JSON.parse(r.stdout);
    expect(Object.keys(pod).slice(0, 3)).toEqual(['kind', 'apiVersion', 'metadata']);
    expect(pod.metadata.resourceVersion).toBe(c.getObject('pods', 'default', 'nginx')!.metadata.resourceVersion);
    expect(pod.status.phase).toBe('Running');
  });

  test('lists: namespaced, all namespaces, cluster-scoped, named groups, label selectors', () => {
    const names = (path: string) => (JSON.parse(raw(path).stdout).items as { metadata: { name: string } }[]).map((i) => i.metadata.name);
    expect(names('/api/v1/namespaces/default/pods')).toEqual(['nginx', 'other']);
    expect(names('/api/v1/namespaces/default/pods?labelSelector=app%3Dweb')).toEqual(['nginx']);
    expect(names('/api/v1/pods')).toEqual(expect.arrayContaining(['nginx', 'etcd-controlplane']));
    expect(names('/api/v1/nodes')).toEqual(['controlplane', 'node01', 'node02']);
    const deployments = JSON.parse(raw('/apis/apps/v1/namespaces/kube-system/deployments').stdout);
    expect([deployments.kind, deployments.apiVersion]).toEqual(['DeploymentList', 'apps/v1']);
    expect(deployments.items[0].kind).toBeUndefined();
  });

  test('health checks answer ok without a newline; /version is indented JSON', () => {
    for (const p of ['/healthz', '/livez', '/readyz']) expect(raw(p)).toEqual({ stdout: 'ok', stderr: '', exitCode: 0 });
    expect(JSON.parse(raw('/version').stdout).gitVersion).toBe('v1.33.1');
  });

  test('pods/log is the container\'s log text', () => {
    c.exec('kubectl run hello --image=busybox --restart=Never -- echo hello');
    c.settle();
    expect(raw('/api/v1/namespaces/default/pods/hello/log')).toEqual({ stdout: 'hello\n', stderr: '', exitCode: 0 });
  });

  test('paths it does not serve get the plain 404; missing objects their NotFound', () => {
    const notServed = { stdout: '', stderr: 'Error from server (NotFound): the server could not find the requested resource\n', exitCode: 1 };
    expect(raw('/api/v1/deployments')).toEqual(notServed);
    expect(raw('/apis/apps/v1/namespaces/default/pods')).toEqual(notServed);
    expect(raw('/api/v1/namespaces/default/pods/nginx/exec')).toEqual(notServed);
    expect(raw('/apis/apps/v1/namespaces/default/deployments/nope').stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    expect(c.exec('kubectl get --raw healthz').stderr).toBe('error: --raw must be a valid URL path: parse "healthz": invalid URI for request\n');
  });
});

describe('kubectl -v=6 request lines', () => {
  const responseLines = (stderr: string) => stderr.split('\n').filter((l) => l.includes('"Response"')).map((l) => l.replace(/^.*\] /, '').replace(/milliseconds=\d+/, 'milliseconds=N'));

  test('writes: POST, PATCH and DELETE with kubectl\'s field manager and --validate; dry runs add dryRun=All', () => {
    const c = createCluster({ seed: 1 });
    expect(responseLines(c.exec('kubectl create deployment web --image=nginx -v=6').stderr)).toEqual([
      '"Response" verb="POST" url="https://192.168.1.10:6443/apis/apps/v1/namespaces/default/deployments?fieldManager=kubectl-create&fieldValidation=Strict" status="201 Created" milliseconds=N',
    ]);
    c.settle();
    expect(responseLines(c.exec('kubectl annotate deploy web a=b -v=6 --dry-run=server').stderr)).toEqual([
      '"Response" verb="GET" url="https://192.168.1.10:6443/apis/apps/v1/namespaces/default/deployments/web" status="200 OK" milliseconds=N',
      '"Response" verb="PATCH" url="https://192.168.1.10:6443/apis/apps/v1/namespaces/default/deployments/web?dryRun=All&fieldManager=kubectl-annotate" status="200 OK" milliseconds=N',
    ]);
    expect(responseLines(c.exec('kubectl delete deploy web -v=6 --wait=false').stderr)[0]).toBe(
      '"Response" verb="DELETE" url="https://192.168.1.10:6443/apis/apps/v1/namespaces/default/deployments/web" status="200 OK" milliseconds=N');
    expect(responseLines(c.exec('kubectl get pods -l app=web -v=6').stderr)).toEqual([
      '"Response" verb="GET" url="https://192.168.1.10:6443/api/v1/namespaces/default/pods?labelSelector=app%3Dweb&limit=500" status="200 OK" milliseconds=N',
    ]);
  });

  test('the time is the virtual clock; without -v nothing is logged; higher levels log as 6', () => {
    const c = createCluster({ seed: 1 });
    c.advance(61_500);
    const r = c.exec('kubectl get nodes -v=9');
    expect(r.stderr.split('\n')[0]).toBe('I0115 09:01:01.500000   48211 loader.go:402] Config loaded from file:  /root/.kube/config');
    expect(responseLines(r.stderr)).toHaveLength(1);
    expect(c.exec('kubectl get nodes').stderr).toBe('');
    expect(c.exec('kubectl get nodes -v=0').stderr).toBe('');
  });
});

describe('indentJson (Go json.Indent)', () => {
  test('matches JSON.stringify(parse(x), null, indent) on compact JSON, keeping the trailing newline', () => {
    const value = fc.jsonValue({ maxDepth: 3 }).filter((v) => !JSON.stringify(v).includes('-0'));
    fc.assert(fc.property(value, (v) => {
      const text = `${JSON.stringify(v)}\n`;
      expect(indentJson(text, '  ')).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }));
  });
  test('keeps the escapes of the source', () => {
    expect(indentJson('{"a":"\\u003cb\\u003e","q":"say \\"x\\""}\n', '  ')).toBe('{\n  "a": "\\u003cb\\u003e",\n  "q": "say \\"x\\""\n}\n');
  });
});
