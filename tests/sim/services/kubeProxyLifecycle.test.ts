import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { createCluster } from '../../../src/sim/index';
import { kubeProxyMachine, MIN_SYNC_PERIOD_MS } from '../../../src/sim/node/kube-proxy/kubeProxy';

function session(seed = 1) {
  const c = createCluster({ seed });
  c.settle();
  const run = (line: string) => {
    const r = c.exec(line);
    c.settle();
    return r;
  };
  return { c, run };
}

const natRules = (run: (l: string) => { stdout: string }, node = 'node01') => {
  const pod = run('kubectl get pods -n kube-system -l k8s-app=kube-proxy -o wide').stdout.split('\n').find((l) => l.includes(` ${node} `))!.split(/\s+/)[0];
  return run(`kubectl exec -n kube-system ${pod} -- iptables-save -t nat`).stdout;
};

describe('kube-proxy as a component', () => {
  it('its lifecycle machine reaches every state (model paths)', () => {
    const paths = getShortestPaths(kubeProxyMachine, { events: [{ type: 'SYNCED' }, { type: 'CHANGE' }, { type: 'SYNC' }, { type: 'STOP' }, { type: 'START' }] });
    const states = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    expect(states).toEqual(new Set(['"waitingForCaches"', '"idle"', '"syncPending"', '"stopped"']));
    for (const p of paths) {
      const actor = createActor(kubeProxyMachine).start();
      for (const step of p.steps) actor.send(step.event);
      expect(actor.getSnapshot().value).toEqual(p.state.value);
    }
  });

  it('rewrites the rules a moment after a change, batching changes within the min sync period', () => {
    const { c, run } = session();
    run('kubectl run web1 --image=nginx --labels=app=web');
    c.exec('kubectl create service clusterip web --tcp=80');
    // Right after the API server accepted the Service, no node has its rules yet.
    const proxyLog = () => c.log.filter((e) => e.from.startsWith('kube-proxy-') && e.kind === 'sync');
    const syncsBefore = proxyLog().length;
    c.settle();
    const syncs = proxyLog().slice(syncsBefore);
    expect(syncs.length).toBeGreaterThanOrEqual(3); // one per node at least
    expect(syncs[0].narration).toEqual({ id: 'kube-proxy.sync', params: { node: syncs[0].from.replace('kube-proxy-', '') } });
    // Changes closer together than the min sync period wait for it.
    const perNode = new Map<string, number[]>();
    for (const e of syncs) perNode.set(e.from, [...(perNode.get(e.from) ?? []), e.time]);
    for (const times of perNode.values()) for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(MIN_SYNC_PERIOD_MS);
    expect(natRules(run)).toContain('"default/web:80 cluster IP"');
  });

  it('lists a chain with iptables -t nat -S', () => {
    const { run } = session();
    const pod = run('kubectl get pods -n kube-system -l k8s-app=kube-proxy -o name').stdout.split('\n')[0].replace('pod/', '');
    const out = run(`kubectl exec -n kube-system ${pod} -- iptables -t nat -S KUBE-SERVICES`).stdout.split('\n');
    expect(out[0]).toBe('-N KUBE-SERVICES');
    expect(out[1]).toMatch(/^-A KUBE-SERVICES -d 10\.96\.0\.1\/32 -p tcp -m comment --comment "default\/kubernetes:https cluster IP"/);
    expect(run(`kubectl exec -n kube-system ${pod} -- iptables -S`).stdout.split('\n').slice(0, 3)).toEqual(['-P INPUT ACCEPT', '-P FORWARD ACCEPT', '-P OUTPUT ACCEPT']);
    expect(run(`kubectl exec -n kube-system ${pod} -- iptables -t nat -S NOPE`).exitCode).toBe(1);
  });

  it('drops the rules of a deleted Service and of everything in a deleted namespace', () => {
    const { run } = session();
    run('kubectl create namespace dev');
    run('kubectl run api --image=nginx --labels=app=api -n dev');
    run('kubectl create service clusterip api --tcp=80 -n dev');
    run('kubectl run web1 --image=nginx --labels=app=web');
    run('kubectl create service clusterip web --tcp=80');
    expect(natRules(run)).toContain('"dev/api:80 cluster IP"');
    run('kubectl delete svc web');
    expect(run('kubectl get endpoints web').exitCode).toBe(1);
    expect(run('kubectl get endpointslices -l kubernetes.io/service-name=web').stderr).toMatch(/No resources found/);
    run('kubectl delete namespace dev');
    const rules = natRules(run);
    expect(rules).not.toContain('default/web');
    expect(rules).not.toContain('dev/api');
  });

  it('exposes a deployment through its selector and follows its pods', () => {
    const { run } = session();
    expect(run('kubectl create deployment web --image=nginx --replicas=2').exitCode).toBe(0);
    expect(run('kubectl expose deployment web --port=80 --type=NodePort').stdout).toBe('service/web exposed\n');
    const svc = JSON.parse(run('kubectl get svc web -o json').stdout);
    expect(svc.spec.selector).toEqual({ app: 'web' });
    expect(svc.spec.ports[0]).toMatchObject({ port: 80, protocol: 'TCP', targetPort: 80 });
    expect(run('kubectl get endpointslices -l kubernetes.io/service-name=web').stdout).toMatch(/web-[a-z0-9]{5}\s+IPv4\s+80\s+10\.244\.\d+\.\d+,10\.244\.\d+\.\d+/);
    run('kubectl scale deployment web --replicas=3');
    expect(run('kubectl get endpoints web').stdout).toMatch(/(10\.244\.\d+\.\d+:80,){2}10\.244\.\d+\.\d+:80/);
    expect(run('kubectl expose deployment nosuch --port=80').stderr).toBe('Error from server (NotFound): deployments.apps "nosuch" not found\n');
    expect(run('kubectl expose deployment web').stderr).toBe("error: couldn't find port via --port flag or introspection\n");
  });
});

describe('views for the player', () => {
  it('shows each node\'s kube-proxy rules and traces a request without sending it', async () => {
    const { kubeProxyView, tracePacket } = await import('../../../src/sim/network/inspect');
    const { c, run } = session();
    run('kubectl run web1 --image=nginx --labels=app=web');
    run('kubectl create service nodeport web --tcp=80:80 --node-port=30080');
    const view = kubeProxyView(c, 'node02')!;
    expect(view.servicePorts.map((p) => p.name)).toContain('default/web:80-80');
    expect(view.natRules).toContain('-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web:80-80" -m tcp --dport 30080 -j KUBE-EXT-' + view.servicePorts.find((p) => p.name === 'default/web:80-80')!.extChain.slice('KUBE-EXT-'.length));
    expect(view.iptablesSave.startsWith('# Generated by iptables-save')).toBe(true);
    const node02 = (c.getObject('Node', undefined, 'node02') as { status: { addresses: { address: string }[] } }).status.addresses[0].address;
    const before = c.log.length;
    const trace = tracePacket(c, 'node02', node02, 30080);
    expect(trace.outcome).toBe('delivered');
    expect(trace.steps.map((s) => s.chain)).toEqual(expect.arrayContaining(['KUBE-SERVICES', 'KUBE-NODEPORTS']));
    expect(c.log.length).toBe(before);
    expect(kubeProxyView(c, 'nosuch')).toBeUndefined();
  });
});
