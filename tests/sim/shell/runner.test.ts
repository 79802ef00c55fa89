import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { needsCliParts } from '../../../src/sim/cli/lazyParts/needsCliParts.ts';
import { createCluster } from '../../../src/sim/index.ts';

const fresh = () => createCluster({ seed: 1 });

describe("the notes' shell lines, verbatim", () => {
  test('namespaces: set-context $(kubectl config current-context) changes the current context, not one named `$(kubectl`', () => {
    const c = fresh();
    expect(c.exec('kubectl config set-context $(kubectl config current-context) --namespace=dev')).toEqual({ stdout: 'Context "kubernetes-admin@kubernetes" modified.\n', stderr: '', exitCode: 0 });
    const contexts = c.exec('kubectl config get-contexts').stdout;
    expect(contexts).not.toContain('$(kubectl');
    expect(contexts).toMatch(/^\*\s+kubernetes-admin@kubernetes\s+kubernetes\s+kubernetes-admin\s+dev$/m);
  });

  test('kubectl get pods | head -1 prints the header only', () => {
    const c = fresh();
    c.exec('kubectl run nginx --image=nginx');
    c.settle();
    expect(c.exec('kubectl get pods | head -1')).toEqual({ stdout: 'NAME    READY   STATUS    RESTARTS   AGE\n', stderr: '', exitCode: 0 });
  });

  test('ps aux | grep kube-apiserver: the pipeline keeps the one process line that matches', () => {
    const r = fresh().exec('ps aux | grep kube-apiserver');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stdout).toMatch(/^root +\d+ .* kube-apiserver --advertise-address=/);
  });

  test('kubectl proxy & then curl http://localhost:8001/api/v1/namespaces/default/pods answers with the PodList, pretty-printed for curl', () => {
    const c = fresh();
    c.exec('kubectl run nginx --image=nginx');
    c.settle();
    expect(c.exec('kubectl proxy &')).toEqual({ stdout: '[1] 2261\nStarting to serve on 127.0.0.1:8001\n', stderr: '', exitCode: 0 });
    const r = c.exec('curl http://localhost:8001/api/v1/namespaces/default/pods');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const list = JSON.parse(r.stdout);
    expect(list.kind).toBe('PodList');
    expect(list.apiVersion).toBe('v1');
    expect(list.items.map((p: { metadata: { name: string } }) => p.metadata.name)).toEqual(['nginx']);
    // Items of a typed list carry no kind/apiVersion; the list's resourceVersion is the etcd revision.
    expect(list.items[0].kind).toBeUndefined();
    expect(list.metadata.resourceVersion).toMatch(/^\d+$/);
    // apimachinery's pretty JSON: MarshalIndent with two spaces, no newline at the end.
    expect(r.stdout).toBe(JSON.stringify(list, null, 2));
    expect(r.stdout.startsWith('{\n  "kind": "PodList",\n  "apiVersion": "v1",\n  "metadata": {')).toBe(true);
    // The same path with ?pretty=false: compact, with the encoder's newline.
    expect(c.exec("curl -s 'http://127.0.0.1:8001/api/v1/namespaces/default/pods?pretty=false'").stdout).toBe(`${JSON.stringify(list)}\n`);
  });

  test('export ETCDCTL_API=3 is seen by $ETCDCTL_API and by etcdctl', () => {
    const c = fresh();
    c.exec('export ETCDCTL_API=2');
    expect(c.exec('echo api=$ETCDCTL_API').stdout).toBe('api=2\n');
    expect(c.exec('ETCDCTL_API=3 etcdctl version | grep API').stdout).toBe('API version: 3.4\n');
  });
});

describe('lists, pipelines, substitutions and redirections', () => {
  test('&& and || follow exit statuses; $? is the last status', () => {
    const c = fresh();
    expect(c.exec('kubectl get pod nope && echo found || echo missing').stdout).toBe('missing\n');
    expect(c.exec('kubectl get ns default > /dev/null && echo there').stdout).toBe('there\n');
    expect(c.exec('kubectl get pod nope 2>/dev/null; echo $?')).toEqual({ stdout: '1\n', stderr: '', exitCode: 0 });
    expect(c.exec('false').exitCode).toBe(1);
    expect(c.exec('echo $?').stdout).toBe('1\n');
  });

  test('a pipeline exits with its last command (no pipefail); stderr of every command reaches the terminal', () => {
    const c = fresh();
    const r = c.exec('kubectl get pod nope | wc -l');
    expect(r).toEqual({ stdout: '0\n', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 0 });
    expect(c.exec('kubectl get pod nope 2>&1 | grep -c NotFound').stdout).toBe('1\n');
    expect(c.exec('kubectl get pod nope |& grep -o NotFound').stdout).toBe('NotFound\n');
  });

  test('a substitution splices its stdout (trailing newlines removed, split at blanks unless quoted); its stderr goes to the terminal', () => {
    const c = fresh();
    expect(c.exec('echo [$(kubectl get pod nope)]')).toEqual({ stdout: '[]\n', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 0 });
    expect(c.exec('kubectl get ns $(echo default kube-system) -o name').stdout).toBe('namespace/default\nnamespace/kube-system\n');
    expect(c.exec('kubectl get ns "$(echo default kube-system)"').exitCode).toBe(1);
    expect(c.exec('echo "$(kubectl get ns default -o name)"').stdout).toBe('namespace/default\n');
  });

  test('a file written by one command of a line is read by the next; < reads a file as stdin', () => {
    const c = fresh();
    const r = c.exec('kubectl run web --image=nginx --dry-run=client -o yaml > web.yaml; kubectl create -f web.yaml && grep -c image: < web.yaml');
    expect(r).toEqual({ stdout: 'pod/web created\n1\n', stderr: '', exitCode: 0 });
    expect(c.exec('cat web.yaml | kubectl create -f - --dry-run=client').stdout).toBe('pod/web created (dry run)\n');
  });

  test('variables: NAME=value on its own sets a shell variable; a prefix only reaches its command', () => {
    const c = fresh();
    expect(c.exec('NS=kube-system; kubectl get ns $NS -o name').stdout).toBe('namespace/kube-system\n');
    expect(c.exec('X=1 echo $X').stdout).toBe('\n');
  });

  test('the identity of kubectl --as survives the pipeline', () => {
    const r = fresh().exec('kubectl get pods --as=jane | cat');
    expect(r.stderr).toBe('Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"\n');
  });

  test('syntax errors run nothing and exit 2', () => {
    const c = fresh();
    expect(c.exec('kubectl run x --image=nginx && | wc')).toEqual({ stdout: '', stderr: "bash: syntax error near unexpected token `|'\n", exitCode: 2 });
    expect(c.exec('kubectl get pods -o name').stdout).toBe('');
    expect(c.exec('cat <<<word').stderr).toBe('bash: A here-string <<< is not supported in this simulated shell\n');
  });

  test('a list joined with ; prints what its commands print one by one, and exits with the last status', () => {
    const command = fc.constantFrom('echo one', 'true', 'false', 'kubectl get ns -o name', 'kubectl get pod nope', 'kubectl create ns extra', 'kubectl get ns extra -o name | wc -l', 'echo $?', 'kubectl get pods -A | grep -c Running');
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 5 }), (cmds) => {
        const joined = fresh();
        const single = fresh();
        const all = joined.exec(cmds.join('; '));
        const each = cmds.map((cmd) => single.exec(cmd));
        expect(all.stdout).toBe(each.map((r) => r.stdout).join(''));
        expect(all.stderr).toBe(each.map((r) => r.stderr).join(''));
        expect(all.exitCode).toBe(each[each.length - 1].exitCode);
      }),
      { numRuns: 25 },
    );
  });
});

describe('background jobs and kubectl proxy', () => {
  test('jobs lists the proxy; a second proxy on the same port fails; kill %1 stops it and frees the port', () => {
    const c = fresh();
    c.exec('kubectl proxy &');
    expect(c.exec('jobs')).toEqual({ stdout: '[1]+  Running                 kubectl proxy &\n', stderr: '', exitCode: 0 });
    expect(c.exec('kubectl proxy &')).toEqual({
      stdout: '[2] 2262\n[2]+  Exit 1                  kubectl proxy\n',
      stderr: 'error: listen tcp 127.0.0.1:8001: bind: address already in use\n',
      exitCode: 0,
    });
    expect(c.exec('jobs -l').stdout).toBe('[1]+ 2261 Running                 kubectl proxy &\n');
    expect(c.exec('kill %1')).toEqual({ stdout: '[1]+  Terminated              kubectl proxy\n', stderr: '', exitCode: 0 });
    expect(c.exec('jobs').stdout).toBe('');
    expect(c.exec('kill %1')).toEqual({ stdout: '', stderr: 'bash: kill: %1: no such job\n', exitCode: 1 });
    expect(c.exec('kubectl proxy --port=8001 &').stdout).toBe('[1] 2263\nStarting to serve on 127.0.0.1:8001\n');
  });

  test('a foreground kubectl proxy explains that it needs &', () => {
    const r = fresh().exec('kubectl proxy');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('kubectl proxy &');
  });

  test('the proxy filters as the real one: exec paths and foreign hosts are Forbidden; --api-prefix moves the API', () => {
    const c = fresh();
    c.exec('kubectl proxy --port=8011 --api-prefix=/k8s &');
    expect(c.exec('curl -s http://localhost:8011/k8s/api/v1/namespaces/default/pods/x/exec').stdout).toBe('Forbidden\n');
    expect(c.exec('curl -s http://localhost:8011/api/v1/pods').stdout).toBe('404 page not found\n');
    expect(JSON.parse(c.exec('curl -s http://localhost:8011/k8s/api/v1/namespaces/kube-system/pods/nope').stdout)).toEqual({
      kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'pods "nope" not found', reason: 'NotFound', details: { name: 'nope', kind: 'pods' }, code: 404,
    });
    expect(c.exec('curl -s http://localhost:8011/k8s/healthz').stdout).toBe('ok');
  });

  test("the proxy forwards with the identity kubectl had when it started (--as)", () => {
    const c = fresh();
    c.exec('kubectl proxy --as=jane --port=8003 &');
    const status = JSON.parse(c.exec('curl -s http://localhost:8003/api/v1/namespaces/default/pods').stdout);
    expect(status).toMatchObject({ kind: 'Status', reason: 'Forbidden', code: 403, message: 'pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"' });
  });

  test('fg waits for a job that still has work, and explains a server it cannot wait for', () => {
    const c = fresh();
    c.exec('kubectl get pod nope &');
    expect(c.exec('fg')).toEqual({ stdout: 'kubectl get pod nope\n', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
    c.exec('kubectl proxy &');
    const r = c.exec('fg %1');
    expect(r.stdout).toBe('kubectl proxy\n');
    expect(r.stderr).toContain('kill %1');
    expect(c.exec('jobs').stdout).toBe('[1]+  Running                 kubectl proxy &\n');
  });

  test('jobs, kill and fg answer like bash when there is no job', () => {
    const c = fresh();
    expect(c.exec('fg')).toEqual({ stdout: '', stderr: 'bash: fg: current: no such job\n', exitCode: 1 });
    expect(c.exec('kill 99999')).toEqual({ stdout: '', stderr: 'bash: kill: (99999) - No such process\n', exitCode: 1 });
    expect(c.exec('kill')).toEqual({ stdout: '', stderr: 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n', exitCode: 2 });
  });

  test('a job prints when its output arrives and is reported as ended before the next prompt', () => {
    const c = fresh();
    // The foreground echo finishes first; the job's request is still on its way.
    expect(c.exec('kubectl get pod nope & echo after')).toEqual({ stdout: '[1] 2261\nafter\n', stderr: '', exitCode: 0 });
    c.settle();
    expect(c.exec('echo next')).toEqual({
      stdout: 'next\n[1]+  Exit 1                  kubectl get pod nope\n',
      stderr: 'Error from server (NotFound): pods "nope" not found\n',
      exitCode: 0,
    });
    expect(c.exec('echo $!').stdout).toBe('2261\n');
  });
});

describe('lazily loaded CLI parts are still detected inside the new forms', () => {
  test.each([
    ['echo $(etcdctl version)', 'etcdctl'],
    ['echo `etcdctl version`', 'etcdctl'],
    ['true && ETCDCTL_API=3 etcdctl member list | head -1', 'etcdctl'],
    ['kubectl get pods | grep x -h', 'kubectl-help'],
    ['x=$(kubectl get --help)', 'kubectl-help'],
  ])('%j', (line, part) => {
    expect(needsCliParts(line)).toContain(part);
  });
});

describe('globbing against the session files', () => {
  test('*.yaml expands to the files written earlier; no match leaves the pattern, as bash does', () => {
    const c = fresh();
    c.exec('kubectl run a --image=nginx --dry-run=client -o yaml > a.yaml; kubectl run b --image=nginx --dry-run=client -o yaml > b.yaml');
    expect(c.exec('echo *.yaml').stdout).toBe('a.yaml b.yaml\n');
    expect(c.exec("echo '*.yaml' \\*.yaml").stdout).toBe('*.yaml *.yaml\n');
    expect(c.exec('ls *.yml')).toEqual({ stdout: '', stderr: "ls: cannot access '*.yml': No such file or directory\n", exitCode: 2 });
    expect(c.exec('kubectl create -f a.yaml -f b.yaml -o name').stdout).toBe('pod/a\npod/b\n');
    expect(c.exec('grep -h "name: " *.yaml | sort -u').stdout).toBe('    name: a\n    name: b\n  name: a\n  name: b\n');
  });
});

describe('robustness', () => {
  test('any line of shell pieces ends with an exit status and never throws; syntax errors change nothing', () => {
    const c = fresh();
    const piece = fc.constantFrom('echo a', 'kubectl get ns', ' | ', ' || ', ' && ', '; ', ' & ', '$(', ')', '"', "'", '`', ' > f.txt', ' 2>&1', ' < f.txt', 'grep -c a', 'wc -l', 'head -1', '$?', '*', ' # c', 'k get po', 'kill %1', 'jobs', '{a,b}', '\\');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const before = c.exec('kubectl get ns -o name').stdout;
        const r = c.exec(pieces.join(''));
        expect(Number.isInteger(r.exitCode)).toBe(true);
        if (r.exitCode === 2 && r.stderr.startsWith('bash: syntax error')) expect(c.exec('kubectl get ns -o name').stdout).toBe(before);
      }),
      { numRuns: 150 },
    );
  });
});

describe('ls of kubeadm host directories', () => {
  test('the static pod manifests are those the control-plane kubelet runs', () => {
    const single = createCluster({ seed: 1 });
    expect(single.exec('ls /etc/kubernetes/manifests/').stdout).toBe('etcd.yaml  kube-apiserver.yaml  kube-controller-manager.yaml  kube-scheduler.yaml\n');
    // With an external etcd (3 members) kubeadm writes no etcd.yaml.
    const external = createCluster({ seed: 1, etcdMembers: 3 });
    expect(external.exec('ls /etc/kubernetes/manifests').stdout).toBe('kube-apiserver.yaml  kube-controller-manager.yaml  kube-scheduler.yaml\n');
    expect(single.exec('ls /etc/kubernetes').stdout).toContain('admin.conf');
    expect(single.exec('ls /nowhere').stderr).toBe("ls: cannot access '/nowhere': No such file or directory\n");
  });
});

describe('curl to the node loopback', () => {
  test('a port nothing listens on refuses at once; kubectl proxy listens until killed', () => {
    const c = createCluster({ seed: 1 });
    const refused = { stdout: '', stderr: "curl: (7) Failed to connect to localhost port 8001 after 0 ms: Couldn't connect to server\n", exitCode: 7 };
    expect(c.exec('curl http://localhost:8001/api')).toEqual(refused);
    c.exec('kubectl proxy &');
    expect(c.exec('curl -s http://localhost:8001/healthz')).toEqual({ stdout: 'ok', stderr: '', exitCode: 0 });
    c.exec('kill %1');
    expect(c.exec('curl http://localhost:8001/api')).toEqual(refused);
  });
});
