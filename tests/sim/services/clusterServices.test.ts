import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../src/sim/index';
import type { EndpointSlice, Service } from '../../../src/sim/api/types';
import { buildServicePorts } from '../../../src/sim/node/kube-proxy/servicePorts';
import { syncProxyRules } from '../../../src/sim/node/kube-proxy/iptablesProxier';
import { nodeIptables, renderIptablesSave } from '../../../src/sim/node/kube-proxy/nodeIptables';
import { cidrContains } from '../../../src/sim/apiserver/registry/serviceAllocators';

function session(seed = 1) {
  const c = createCluster({ seed });
  c.settle();
  const run = (line: string, files?: Record<string, string>) => {
    const r = c.exec(line, files ? { files } : undefined);
    // Requests from inside pods change no object: no need to let the control plane settle.
    if (!/^kubectl exec |^curl |^kubectl get /.test(line)) c.settle();
    return r;
  };
  return { c, run };
}

function webPods(run: (l: string) => unknown, n = 3) {
  for (let i = 1; i <= n; i++) run(`kubectl run web${i} --image=nginx --labels=app=web`);
}

const kubeProxyPod = (run: (l: string) => { stdout: string }, node: string) =>
  run(`kubectl get pods -n kube-system -l k8s-app=kube-proxy -o wide`).stdout.split('\n').find((l) => l.includes(` ${node} `))!.split(/\s+/)[0];

describe('Services in a running cluster', () => {
  it('a fresh cluster has endpoints for kubernetes and kube-dns, and their rules on every node', () => {
    const { run } = session();
    const slices = run('kubectl get endpointslices -A').stdout;
    expect(slices).toMatch(/default\s+kubernetes\s+IPv4\s+6443\s+192\.168\.\d+\.\d+/);
    expect(slices).toMatch(/kube-system\s+kube-dns-[a-z0-9]{5}\s+IPv4\s+53,53,9153\s+10\.244\.\d+\.\d+,10\.244\.\d+\.\d+/);
    const rules = run(`kubectl exec -n kube-system ${kubeProxyPod(run, 'node01')} -- iptables-save -t nat`).stdout;
    expect(rules).toContain('-A KUBE-SERVICES -d 10.96.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j KUBE-SVC-NPX46M4PTMTKRN6Y');
    expect(rules).toContain('-j KUBE-SVC-TCOU7JCQXEZGVUNU');
  });

  it('kube-proxy writes exactly the rules computed from the API objects, on every node', () => {
    const { c, run } = session(3);
    webPods(run);
    run('kubectl expose pod web1 --name=web --port=80 --selector=app=web --type=NodePort');
    run('kubectl create service clusterip lonely --tcp=8080');
    const services = JSON.parse(run('kubectl get svc -A -o json').stdout).items as Service[];
    const slices = JSON.parse(run('kubectl get endpointslices -A -o json').stdout).items as EndpointSlice[];
    const expected = nodeIptables(syncProxyRules(buildServicePorts(services, slices), { clusterCIDR: '10.244.0.0/16' }));
    for (const node of ['controlplane', 'node01', 'node02']) {
      const out = run(`kubectl exec -n kube-system ${kubeProxyPod(run, node)} -- iptables-save`).stdout;
      // Same rules; only the timestamp lines depend on when we asked.
      const strip = (t: string) => t.replace(/^# .*$/gm, '');
      expect(strip(out)).toBe(strip(renderIptablesSave(expected, 0)));
    }
    expect(c.log.length).toBeGreaterThan(0);
  });

  it('exposes pods behind a cluster IP and spreads requests over the ready endpoints', () => {
    const { c, run } = session();
    webPods(run);
    run('kubectl run client --image=busybox --command -- sleep 3600');
    expect(run('kubectl expose pod web1 --name=web --port=80 --target-port=80 --selector=app=web').stdout).toBe('service/web exposed\n');
    const svc = JSON.parse(run('kubectl get svc web -o json').stdout) as Service;
    expect(cidrContains('10.96.0.0/12', svc.spec.clusterIP!)).toBe(true);
    expect(run('kubectl get endpoints web').stdout).toMatch(/web\s+10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80/);
    const seen = new Map<string, number>();
    for (let i = 0; i < 60; i++) {
      const r = run('kubectl exec client -- wget -qO- http://web');
      expect(r.exitCode).toBe(0);
      const who = r.stdout.trim().replace('Hello from ', '');
      seen.set(who, (seen.get(who) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual(['web1', 'web2', 'web3']);
    for (const n of seen.values()) expect(n).toBeGreaterThan(8);
    // The path is in the log: the request, the rules that decided, the pod that answered.
    const before = c.log.length;
    run('kubectl exec client -- wget -qO- http://web.default.svc.cluster.local:80');
    const path = c.log.slice(before).filter((e) => e.kind === 'packet').map((e) => e.narration);
    expect(path[0]).toEqual({ id: 'packet.send', params: { client: { pod: 'client' }, ip: expect.stringMatching(/^10\.\d+\.\d+\.\d+$/), port: 80 } });
    expect(path.some((n) => n.id === 'packet.jump' && /^KUBE-SVC-[A-Z2-7]{16}$/.test(n.params.target))).toBe(true);
    expect(path.some((n) => n.id === 'packet.dnat' && n.params.to.startsWith('10.244.'))).toBe(true);
    expect(path.at(-1)).toEqual({ id: 'packet.answer', params: { pod: expect.stringMatching(/^web\d$/) } });
  });

  it('is deterministic: the same seed and commands give the same answers and log', () => {
    const runAll = () => {
      const { c, run } = session(11);
      webPods(run, 2);
      run('kubectl run client --image=busybox --command -- sleep 3600');
      run('kubectl expose pod web1 --name=web --port=80 --selector=app=web');
      const answers = Array.from({ length: 10 }, () => run('kubectl exec client -- wget -qO- http://web').stdout);
      return { answers, log: c.log.map((e) => `${e.time} ${e.from} ${e.to} ${e.kind} ${JSON.stringify(e.narration)}`) };
    };
    expect(runAll()).toEqual(runAll());
  });

  it('reaches a NodePort service from outside through any node', () => {
    const { run } = session();
    webPods(run, 2);
    run('kubectl create service nodeport web --tcp=80:80 --node-port=30080');
    for (const node of ['controlplane', 'node01', 'node02']) {
      const r = run(`curl -s http://${node}:30080`);
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toMatch(/^Hello from web[12]\n$/);
    }
    expect(run('curl http://node01:30081')).toMatchObject({ exitCode: 7, stderr: "curl: (7) Failed to connect to node01 port 30081 after 0 ms: Couldn't connect to server\n" });
    expect(run('curl -s http://web')).toMatchObject({ exitCode: 6 });
    expect(run('curl -s http://localhost:30080').stdout).toMatch(/^Hello from web[12]\n$/);
    expect(run('kubectl exec web1 -- curl -s localhost').stdout).toBe('Hello from web1\n');
    expect(run('kubectl exec web1 -- curl -s localhost:8080').exitCode).toBe(7);
  });

  it('refuses connections to a service without endpoints until a matching pod is ready', () => {
    const { run } = session();
    run('kubectl run client --image=busybox --command -- sleep 3600');
    run('kubectl create service clusterip api --tcp=80');
    const refused = run('kubectl exec client -- wget -qO- http://api');
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toMatch(/^wget: can't connect to remote host \(10\.\d+\.\d+\.\d+\): Connection refused\n/);
    run('kubectl run api1 --image=nginx --labels=app=api');
    expect(run('kubectl exec client -- wget -qO- http://api').stdout).toBe('Hello from api1\n');
    const bad = run('kubectl exec client -- wget -qO- http://nosuch');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toMatch(/^wget: bad address 'nosuch'\n/);
  });

  it('answers nslookup like busybox: current images and the 1.28 image the DNS debugging guide uses', () => {
    const { run } = session();
    run('kubectl create namespace dev');
    run('kubectl create service clusterip db --tcp=5432 -n dev');
    run('kubectl run client --image=busybox --command -- sleep 3600');
    run('kubectl run old --image=busybox:1.28 --command -- sleep 3600');
    const ip = (JSON.parse(run('kubectl get svc db -n dev -o json').stdout) as Service).spec.clusterIP;
    const head = 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n';
    const fqdn = run('kubectl exec client -- nslookup db.dev.svc.cluster.local');
    expect(fqdn).toMatchObject({ exitCode: 0, stdout: `${head}Name:\tdb.dev.svc.cluster.local\nAddress: ${ip}\n\n\n` });
    const dotted = run('kubectl exec client -- nslookup db.dev');
    expect(dotted.exitCode).toBe(1);
    expect(dotted.stdout).toBe(`${head}** server can't find db.dev: NXDOMAIN\n\n** server can't find db.dev: NXDOMAIN\n\n`);
    const legacy = run('kubectl exec old -- nslookup db.dev');
    expect(legacy).toMatchObject({ exitCode: 0, stdout: `Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      db.dev\nAddress 1: ${ip} db.dev.svc.cluster.local\n` });
    const tmp = run('kubectl run tmp --image=busybox:1.28 --rm -i --restart=Never -- nslookup kubernetes.default');
    expect(tmp.stdout).toBe('Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      kubernetes.default\nAddress 1: 10.96.0.1 kubernetes.default.svc.cluster.local\npod "tmp" deleted\n');
  });

  it('run --expose creates the Service first, then the pod it selects', () => {
    const { run } = session();
    expect(run('kubectl run httpd --image=httpd:alpine --port=80 --expose')).toMatchObject({ exitCode: 0, stdout: 'service/httpd created\npod/httpd created\n' });
    run('kubectl run client --image=busybox --command -- sleep 3600');
    expect(run('kubectl exec client -- wget -qO- http://httpd').stdout).toBe('Hello from httpd\n');
  });

  it('mirrors hand-written Endpoints of a selector-less Service into a slice kube-proxy uses', () => {
    const { run } = session();
    run('kubectl run backend --image=nginx');
    run('kubectl run client --image=busybox --command -- sleep 3600');
    const ip = JSON.parse(run('kubectl get pod backend -o json').stdout).status.podIP as string;
    const files = {
      'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: external\nspec:\n  ports:\n  - port: 8080\n    targetPort: 80\n',
      'ep.yaml': `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: external\nsubsets:\n- addresses:\n  - ip: ${ip}\n  ports:\n  - port: 80\n`,
    };
    run('kubectl create -f svc.yaml', files);
    run('kubectl create -f ep.yaml', files);
    expect(run('kubectl get endpointslices -l kubernetes.io/service-name=external').stdout).toMatch(new RegExp(`external-[a-z0-9]{5}\\s+IPv4\\s+80\\s+${ip.replace(/\./g, '\\.')}`));
    expect(run('kubectl exec client -- wget -qO- http://external:8080').stdout).toBe('Hello from backend\n');
    expect(run('kubectl get endpointslices').stdout).not.toMatch(/^kubernetes-/m);
  });

  it('keeps a LoadBalancer external IP <pending> and rejects taken or out-of-range node ports', () => {
    const { run } = session();
    run('kubectl create service loadbalancer lb --tcp=80');
    expect(run('kubectl get svc lb').stdout).toMatch(/lb\s+LoadBalancer\s+10\.\d+\.\d+\.\d+\s+<pending>\s+80:3\d{4}\/TCP/);
    expect(run('kubectl create service nodeport a --tcp=80 --node-port=30500').exitCode).toBe(0);
    expect(run('kubectl create service nodeport b --tcp=80 --node-port=30500')).toMatchObject({
      exitCode: 1, stderr: 'The Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 30500: provided port is already allocated\n',
    });
    expect(run('kubectl create service nodeport c --tcp=80 --node-port=80').stderr)
      .toBe('The Service "c" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767\n');
    expect(run('kubectl get svc b').exitCode).toBe(1);
  });

  it('describes a service with its endpoints', () => {
    const { run } = session();
    webPods(run, 2);
    run('kubectl create service nodeport web --tcp=80:80 --node-port=30080');
    const text = run('kubectl describe svc web').stdout;
    expect(text).toMatch(/^Name:\s+web\nNamespace:\s+default\nLabels:\s+app=web\nAnnotations:\s+<none>\nSelector:\s+app=web\nType:\s+NodePort\n/);
    expect(text).toMatch(/\nPort:\s+80-80\s+80\/TCP\nTargetPort:\s+80\/TCP\nNodePort:\s+80-80\s+30080\/TCP\nEndpoints:\s+10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80\n/);
    expect(text).toMatch(/External Traffic Policy:\s+Cluster\n/);
    const ep = run('kubectl describe endpoints web').stdout;
    expect(ep).toMatch(/^Name:\s+web\nNamespace:\s+default\nLabels:\s+app=web\nAnnotations:\s+endpoints\.kubernetes\.io\/last-change-trigger-time: \S+\nSubsets:\n  Addresses:\s+10\.244\.\d+\.\d+,10\.244\.\d+\.\d+\n  NotReadyAddresses:\s+<none>\n  Ports:\n    Name\s+Port\s+Protocol\n    ----\s+----\s+--------\n    80-80\s+80\s+TCP\n/);
  });
});

describe('Namespaces, contexts and quotas in a running cluster', () => {
  it('starts with the four namespaces, scopes names, and deleting a namespace removes its contents', () => {
    const { run } = session();
    expect(run('kubectl get ns -o name').stdout).toBe('namespace/default\nnamespace/kube-node-lease\nnamespace/kube-public\nnamespace/kube-system\n');
    run('kubectl create namespace dev');
    expect(run('kubectl run nginx --image=nginx').exitCode).toBe(0);
    expect(run('kubectl run nginx --image=nginx -n dev').exitCode).toBe(0);
    expect(run('kubectl create namespace dev')).toMatchObject({ exitCode: 1, stderr: 'Error from server (AlreadyExists): namespaces "dev" already exists\n' });
    run('kubectl delete namespace dev');
    expect(run('kubectl get pods -n dev').stderr).toMatch(/No resources found in dev namespace/);
    expect(run('kubectl get pods').stdout).toMatch(/nginx/);
  });

  it('changes the default namespace with set-context --current', () => {
    const { run } = session();
    run('kubectl create namespace dev');
    expect(run('kubectl config current-context').stdout).toBe('kubernetes-admin@kubernetes\n');
    expect(run('kubectl config set-context --current --namespace=dev').stdout).toBe('Context "kubernetes-admin@kubernetes" modified.\n');
    run('kubectl run app --image=nginx');
    expect(run('kubectl get pods -n dev -o name').stdout).toBe('pod/app\n');
    expect(run('kubectl config get-contexts').stdout).toMatch(/\*\s+kubernetes-admin@kubernetes\s+kubernetes\s+kubernetes-admin\s+dev\n/);
  });

  it('holds a burst of creates from a ReplicaSet to the quota', () => {
    const { run } = session();
    run('kubectl create namespace dev');
    run('kubectl create quota q --hard=pods=2 -n dev');
    run('kubectl create deployment web --image=nginx --replicas=3 -n dev');
    expect(run('kubectl get pods -n dev -o name').stdout.trim().split('\n')).toHaveLength(2);
    expect(run('kubectl describe quota q -n dev').stdout).toMatch(/pods\s+2\s+2\n/);
    const events = run('kubectl get events -n dev').stdout;
    expect(events).toMatch(/FailedCreate\s+replicaset\/web-[a-z0-9]+\s+Error creating: pods "web-[a-z0-9]+-[a-z0-9]{5}" is forbidden: exceeded quota: q, requested: pods=1, used: pods=2, limited: pods=2/);
  });

  it('enforces a quota with the real messages and shows used/hard', () => {
    const { run } = session();
    run('kubectl create namespace dev');
    expect(run('kubectl create quota compute-quota --hard=pods=2,requests.cpu=1,limits.cpu=2 -n dev').stdout).toBe('resourcequota/compute-quota created\n');
    expect(run('kubectl run bare --image=nginx -n dev').stderr)
      .toBe('Error from server (Forbidden): pods "bare" is forbidden: failed quota: compute-quota: must specify limits.cpu for: bare; requests.cpu for: bare\n');
    const pod = (name: string, cpu: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: dev\nspec:\n  containers:\n  - name: app\n    image: nginx\n    resources:\n      requests:\n        cpu: ${cpu}\n      limits:\n        cpu: ${cpu}\n`;
    expect(run('kubectl create -f a.yaml', { 'a.yaml': pod('a', '600m') }).exitCode).toBe(0);
    expect(run('kubectl create -f b.yaml', { 'b.yaml': pod('b', '500m') }).stderr)
      .toBe('Error from server (Forbidden): error when creating "b.yaml": pods "b" is forbidden: exceeded quota: compute-quota, requested: requests.cpu=500m, used: requests.cpu=600m, limited: requests.cpu=1\n');
    expect(run('kubectl describe quota compute-quota -n dev').stdout).toBe(
      'Name:         compute-quota\nNamespace:    dev\nResource      Used  Hard\n--------      ----  ----\nlimits.cpu    600m  2\npods          1     2\nrequests.cpu  600m  1\n');
    expect(run('kubectl get quota -n dev').stdout).toMatch(/compute-quota\s+\d+s\s+pods: 1\/2, requests\.cpu: 600m\/1\s+limits\.cpu: 600m\/2\n/);
    expect(run('kubectl describe ns dev').stdout).toMatch(/Resource Quotas\n  Name:\s+compute-quota\n  Resource\s+Used\s+Hard\n  --------\s+---\s+---\n/);
  });
});

describe('Declarative apply in a running cluster', () => {
  const deploymentLike = (image: string, extra = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\n${extra}spec:\n  containers:\n  - name: web\n    image: ${image}\n`;
  const svcFile = (port: number, extra = '') => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: ${port}\n    targetPort: 80\n${extra}`;

  it('creates, reports unchanged, configures, and removes only what it applied', () => {
    const { run } = session();
    expect(run('kubectl apply -f svc.yaml', { 'svc.yaml': svcFile(80, '  type: NodePort\n') }).stdout).toBe('service/web created\n');
    expect(run('kubectl apply -f svc.yaml', { 'svc.yaml': svcFile(80, '  type: NodePort\n') }).stdout).toBe('service/web unchanged\n');
    const before = JSON.parse(run('kubectl get svc web -o json').stdout) as Service;
    run('kubectl label svc web team=blue');
    expect(run('kubectl apply -f svc.yaml', { 'svc.yaml': svcFile(80) }).stdout).toBe('service/web configured\n');
    const after = JSON.parse(run('kubectl get svc web -o json').stdout) as Service;
    expect(after.spec.type).toBe('ClusterIP');
    expect(after.spec.clusterIP).toBe(before.spec.clusterIP);
    expect(after.metadata.labels).toEqual({ team: 'blue' });
    expect(after.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration']).toBe(
      '{"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"ports":[{"port":80,"targetPort":80}],"selector":{"app":"web"}}}\n');
  });

  it('warns when applying over an object made by create, then takes it over', () => {
    const { run } = session();
    run('kubectl create -f pod.yaml', { 'pod.yaml': deploymentLike('nginx:1.27') });
    const r = run('kubectl apply -f pod.yaml', { 'pod.yaml': deploymentLike('nginx:1.27') });
    expect(r.stderr).toBe('Warning: resource pods/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n');
    expect(r.stdout).toBe('pod/web configured\n');
    expect(run('kubectl apply -f pod.yaml', { 'pod.yaml': deploymentLike('nginx:1.27') })).toMatchObject({ stdout: 'pod/web unchanged\n', stderr: '' });
    expect(run('kubectl create -f pod.yaml', { 'pod.yaml': deploymentLike('nginx:1.27') }).stderr)
      .toBe('Error from server (AlreadyExists): error when creating "pod.yaml": pods "web" already exists\n');
  });

  it('keeps replicas set by kubectl scale when the file never had them (k8s-facts 12.3)', () => {
    const { run } = session();
    const deploy = (image: string, replicas?: number) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n${replicas ? `  replicas: ${replicas}\n` : ''}  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: ${image}\n`;
    expect(run('kubectl apply -f d.yaml', { 'd.yaml': deploy('nginx:1.27') }).stdout).toBe('deployment.apps/web created\n');
    run('kubectl scale deployment web --replicas=3');
    expect(run('kubectl apply -f d.yaml', { 'd.yaml': deploy('nginx:1.28') }).stdout).toBe('deployment.apps/web configured\n');
    const d = JSON.parse(run('kubectl get deployment web -o json').stdout);
    expect(d.spec.replicas).toBe(3);
    expect(d.spec.template.spec.containers[0].image).toBe('nginx:1.28');
    // Once the file sets replicas, removing it from the file removes it from the object (then defaulted to 1).
    run('kubectl apply -f d.yaml', { 'd.yaml': deploy('nginx:1.28', 2) });
    expect(JSON.parse(run('kubectl get deployment web -o json').stdout).spec.replicas).toBe(2);
  });

  it('replace drops the last-applied annotation, so the next apply warns again', () => {
    const { run } = session();
    run('kubectl apply -f svc.yaml', { 'svc.yaml': svcFile(80) });
    expect(run('kubectl replace -f svc.yaml', { 'svc.yaml': svcFile(8080) }).stdout).toBe('service/web replaced\n');
    const svc = JSON.parse(run('kubectl get svc web -o json').stdout) as Service;
    expect(svc.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration']).toBeUndefined();
    expect(svc.spec.ports![0].port).toBe(8080);
    expect(run('kubectl apply -f svc.yaml', { 'svc.yaml': svcFile(8080) }).stderr).toMatch(/^Warning: resource services\/web is missing the kubectl\.kubernetes\.io\/last-applied-configuration annotation/);
    expect(run('kubectl apply -f svc.yaml --server-side', { 'svc.yaml': svcFile(80) }).exitCode).toBe(1);
  });

  it('prints the object with --dry-run=client -o yaml without creating it', () => {
    const { run } = session();
    const r = run('kubectl apply -f svc.yaml --dry-run=client -o yaml', { 'svc.yaml': svcFile(80) });
    expect(r.stdout).toContain('kubectl.kubernetes.io/last-applied-configuration: |\n      {"apiVersion":"v1","kind":"Service"');
    expect(run('kubectl get svc web').exitCode).toBe(1);
    expect(run('kubectl apply -f svc.yaml --dry-run=client', { 'svc.yaml': svcFile(80) }).stdout).toBe('service/web created (dry run)\n');
  });
});

