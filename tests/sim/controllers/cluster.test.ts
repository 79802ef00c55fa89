// The controllers running inside the simulated cluster (kube-controller-manager), driven through
// kubectl and the fault methods, checked against k8s-facts and the real kubectl goldens.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { Deployment, Node, Pod, ReplicaSet } from '../../../src/sim/index.ts';
import goldens from './golden/kubectl-workloads.json' with { type: 'json' };

type Cluster = ReturnType<typeof createCluster>;

function sh(c: Cluster, line: string, files?: Record<string, string>) {
  return c.exec(line, files ? { files } : undefined);
}

const pods = (c: Cluster, ns = 'default') => c.listObjects('Pod', ns) as Pod[];
const isReady = (p: Pod) => p.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True') === true;

describe('kubectl workload commands against the real kubectl 1.33 goldens', () => {
  for (const g of goldens.cases) {
    it(g.command, () => {
      const c = createCluster({ seed: 7 });
      const r = sh(c, g.command, (g as { files?: Record<string, string> }).files);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: g.stdout, stderr: g.stderr, exitCode: g.exitCode });
    });
  }
});

describe('ReplicaSet and Deployment controllers in the cluster', () => {
  it('create deployment: a ReplicaSet named <deploy>-<hash>, pods <rs>-<5 chars>, events with real texts', () => {
    const c = createCluster({ seed: 1 });
    expect(sh(c, 'kubectl create deployment web --image=nginx --replicas=3').stdout).toBe('deployment.apps/web created\n');
    c.settle();
    const [rs] = c.listObjects('ReplicaSet', 'default') as ReplicaSet[];
    expect(rs.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{6,10}$/);
    expect(rs.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Deployment', name: 'web', controller: true, blockOwnerDeletion: true });
    const ps = pods(c);
    expect(ps).toHaveLength(3);
    expect(ps.every((p) => p.metadata.name!.startsWith(`${rs.metadata.name}-`) && p.metadata.name!.length === rs.metadata.name!.length + 6)).toBe(true);
    expect(ps.every(isReady)).toBe(true);
    const describe = sh(c, `kubectl describe rs ${rs.metadata.name}`).stdout;
    expect(describe).toContain('Controlled By:  Deployment/web');
    expect(describe).toContain('Replicas:       3 current / 3 desired');
    expect(describe).toContain('Pods Status:    3 Running / 0 Waiting / 0 Succeeded / 0 Failed');
    expect(describe).toMatch(/Normal {2}SuccessfulCreate {2}\S+ +replicaset-controller {2}Created pod: web-/);
    const d = sh(c, 'kubectl describe deploy web').stdout;
    expect(d).toContain('Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable');
    expect(d).toContain('RollingUpdateStrategy:  25% max unavailable, 25% max surge');
    expect(d).toContain(`OldReplicaSets:  <none>\nNewReplicaSet:   ${rs.metadata.name} (3/3 replicas created)`);
    expect(d).toContain(`Scaled up replica set ${rs.metadata.name} from 0 to 3`);
    expect(sh(c, 'kubectl get deploy web').stdout).toMatch(/^NAME {3}READY {3}UP-TO-DATE {3}AVAILABLE {3}AGE\nweb {4}3\/3 {5}3 {12}3 {11}\d+s\n$/);
  });

  it('a deleted pod is replaced; scale down deletes the surplus', () => {
    const c = createCluster({ seed: 2 });
    sh(c, 'kubectl create deployment web --image=nginx --replicas=3');
    c.settle();
    const victim = pods(c)[0].metadata.name!;
    sh(c, `kubectl delete pod ${victim}`);
    c.settle();
    const after = pods(c);
    expect(after.map((p) => p.metadata.name)).not.toContain(victim);
    expect(after.filter(isReady)).toHaveLength(3);
    expect(sh(c, 'kubectl scale deployment web --replicas=1').stdout).toBe('deployment.apps/web scaled\n');
    c.settle();
    expect(pods(c)).toHaveLength(1);
    // Recorded from kubectl 1.33: tests/golden/dry-run/server/scale-missing.
    expect(sh(c, 'kubectl scale deployment nope --replicas=1').stderr).toBe('error: no objects passed to scale deployments.apps "nope" not found\n');
  });

  it('rolling update: never more than replicas + maxSurge pods, never fewer than replicas - maxUnavailable available', { timeout: 60_000 }, () => {
    const c = createCluster({ seed: 3 });
    sh(c, 'kubectl create deployment web --image=nginx:1.27 --replicas=10');
    c.settle();
    // 10 replicas with 25%/25%: surge 3 (rounded up), unavailable 2 (rounded down).
    let maxActive = 0;
    let minAvailable = Infinity;
    c.submit('kubectl set image deployment/web nginx=nginx:1.28');
    for (let i = 0; i < 200_000; i++) {
      const entry = c.step();
      if (!entry) break;
      // Pod counts only change when the API server writes a pod.
      if (!entry.object?.startsWith('pods/')) continue;
      const active = pods(c).filter((p) => !p.metadata.deletionTimestamp);
      maxActive = Math.max(maxActive, active.length);
      minAvailable = Math.min(minAvailable, active.filter(isReady).length);
      const d = c.getObject('Deployment', 'default', 'web') as Deployment;
      if (d.status?.conditions?.some((x) => x.reason === 'NewReplicaSetAvailable') && d.status.updatedReplicas === 10 && (d.status.replicas ?? 0) === 10 && i > 100) break;
    }
    c.settle();
    expect(maxActive).toBeLessThanOrEqual(13);
    expect(minAvailable).toBeGreaterThanOrEqual(8);
    expect(pods(c).filter((p) => !p.metadata.deletionTimestamp).map((p) => p.spec.containers[0].image)).toEqual(Array(10).fill('nginx:1.28'));
    const status = sh(c, 'kubectl rollout status deployment/web');
    expect(status.stdout).toBe('deployment "web" successfully rolled out\n');
    const history = sh(c, 'kubectl rollout history deployment/web');
    expect(history.stdout).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
  });

  it('rollout undo re-uses the old ReplicaSet as revision 3; undo to a missing revision fails', () => {
    const c = createCluster({ seed: 4 });
    sh(c, 'kubectl create deployment web --image=nginx:1.27 --replicas=2');
    c.settle();
    sh(c, 'kubectl set image deployment/web nginx=nginx:1.28');
    c.settle();
    expect(sh(c, 'kubectl rollout undo deployment/web').stdout).toBe('deployment.apps/web rolled back\n');
    c.settle();
    expect(sh(c, 'kubectl rollout history deployment/web').stdout).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n');
    const rss = c.listObjects('ReplicaSet', 'default') as ReplicaSet[];
    const reused = rss.find((r) => r.spec.template.spec.containers[0].image === 'nginx:1.27')!;
    expect(reused.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(reused.metadata.annotations?.['deployment.kubernetes.io/revision-history']).toBe('1');
    expect(sh(c, 'kubectl rollout undo deployment/web --to-revision=3').stdout).toBe('deployment.apps/web skipped rollback (current template already matches revision 3)\n');
    const missing = sh(c, 'kubectl rollout undo deployment/web --to-revision=9');
    expect([missing.stderr, missing.exitCode]).toEqual(['error: unable to find specified revision 9 in history\n', 1]);
  });

  it('pause / resume / restart', () => {
    const c = createCluster({ seed: 5 });
    sh(c, 'kubectl create deployment web --image=nginx --replicas=2');
    c.settle();
    expect(sh(c, 'kubectl rollout pause deployment/web').stdout).toBe('deployment.apps/web paused\n');
    c.settle();
    expect(sh(c, 'kubectl rollout pause deployment/web').stderr).toBe('error: deployments.apps "web" is already paused\n');
    sh(c, 'kubectl set image deployment/web nginx=nginx:1.28');
    c.settle();
    expect(c.listObjects('ReplicaSet', 'default')).toHaveLength(1);
    expect(sh(c, 'kubectl describe deploy web').stdout).toMatch(/Progressing +Unknown +DeploymentPaused/);
    expect(sh(c, 'kubectl rollout resume deployment/web').stdout).toBe('deployment.apps/web resumed\n');
    c.settle();
    expect(c.listObjects('ReplicaSet', 'default')).toHaveLength(2);
    expect(sh(c, 'kubectl rollout resume deployment/web').stderr).toBe('error: deployments.apps "web" is not paused\n');
    expect(sh(c, 'kubectl rollout restart deployment/web').stdout).toBe('deployment.apps/web restarted\n');
    c.settle();
    expect(c.listObjects('ReplicaSet', 'default')).toHaveLength(3);
  });

  it('deleting a Deployment removes its ReplicaSets and pods (garbage collector)', () => {
    const c = createCluster({ seed: 6 });
    sh(c, 'kubectl create deployment web --image=nginx --replicas=2');
    c.settle();
    expect(sh(c, 'kubectl delete deployment web').stdout).toBe('deployment.apps "web" deleted\n');
    c.settle();
    expect(c.listObjects('ReplicaSet', 'default')).toHaveLength(0);
    expect(pods(c)).toHaveLength(0);
  });

  it('a ReplicaSet adopts a matching orphan pod and a ReplicationController selects by equality', () => {
    const c = createCluster({ seed: 8 });
    sh(c, 'kubectl run stray --image=nginx --labels=app=front');
    c.settle();
    const rs = `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: front
spec:
  replicas: 2
  selector:
    matchExpressions:
    - {key: app, operator: In, values: [front]}
  template:
    metadata:
      labels:
        app: front
    spec:
      containers:
      - name: nginx
        image: nginx
`;
    expect(sh(c, 'kubectl create -f rs.yaml', { 'rs.yaml': rs }).stdout).toBe('replicaset.apps/front created\n');
    c.settle();
    const stray = c.getObject('Pod', 'default', 'stray') as Pod;
    expect(stray.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'ReplicaSet', name: 'front' });
    expect(pods(c)).toHaveLength(2);
    const rc = `apiVersion: v1
kind: ReplicationController
metadata:
  name: legacy
spec:
  replicas: 3
  selector:
    tier: legacy
  template:
    metadata:
      labels:
        tier: legacy
    spec:
      containers:
      - name: nginx
        image: nginx
`;
    sh(c, 'kubectl create -f rc.yaml', { 'rc.yaml': rc });
    c.settle();
    expect(sh(c, 'kubectl get rc legacy').stdout).toMatch(/^NAME {5}DESIRED {3}CURRENT {3}READY {3}AGE\nlegacy {3}3 {9}3 {9}3 {7}\d+s\n$/);
    expect(sh(c, 'kubectl scale rc legacy --replicas=1').stdout).toBe('replicationcontroller/legacy scaled\n');
    c.settle();
    expect(pods(c).filter((p) => p.metadata.labels?.tier === 'legacy')).toHaveLength(1);
    expect(sh(c, 'kubectl describe rc legacy').stdout).toContain('Selector:     tier=legacy');
  });
});

describe('node lifecycle in the cluster (stopKubelet)', () => {
  it('NotReady after the 50 s grace period, tainted, pods evicted after 300 s, back when the kubelet restarts', () => {
    const c = createCluster({ seed: 1 });
    sh(c, 'kubectl create deployment web --image=nginx --replicas=3');
    c.settle();
    const onNode01 = pods(c).filter((p) => p.spec.nodeName === 'node01').map((p) => p.metadata.name!);
    expect(onNode01.length).toBeGreaterThan(0);
    const t0 = c.now();
    c.stopKubelet('node01');
    c.advance(40_000);
    expect(sh(c, 'kubectl get node node01').stdout).toMatch(/node01 +Ready /);
    c.advance(25_000);
    expect(sh(c, 'kubectl get node node01').stdout).toMatch(/node01 +NotReady /);
    const node = c.getObject('Node', undefined, 'node01') as Node;
    expect(node.status?.conditions?.find((x) => x.type === 'Ready')).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
    c.advance(10_000);
    const taints = (c.getObject('Node', undefined, 'node01') as Node).spec.taints?.map((t) => `${t.key}:${t.effect}`).sort();
    expect(taints).toEqual(['node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/unreachable:NoSchedule']);
    const events = sh(c, 'kubectl get events').stdout;
    expect(events).toContain('Node node01 status is now: NodeNotReady');
    // Still there before the 300 s toleration runs out ...
    c.advance(200_000);
    expect(pods(c).filter((p) => onNode01.includes(p.metadata.name!) && !p.metadata.deletionTimestamp)).toHaveLength(onNode01.length);
    // ... evicted after it, and replaced on a healthy node.
    c.advance(120_000);
    expect(c.now() - t0).toBeLessThan(400_000);
    expect(pods(c).filter((p) => onNode01.includes(p.metadata.name!) && !p.metadata.deletionTimestamp)).toHaveLength(0);
    expect(sh(c, 'kubectl get events').stdout).toContain(`Marking for deletion Pod default/${onNode01[0]}`);
    c.settle();
    const running = pods(c).filter((p) => !p.metadata.deletionTimestamp && isReady(p));
    expect(running).toHaveLength(3);
    expect(running.every((p) => p.spec.nodeName !== 'node01')).toBe(true);
    c.startKubelet('node01');
    c.advance(30_000);
    expect(sh(c, 'kubectl get node node01').stdout).toMatch(/node01 +Ready /);
    expect((c.getObject('Node', undefined, 'node01') as Node).spec.taints).toBeUndefined();
  });
});

describe('workload API rules and kubectl edge cases', () => {
  const deployment = (labels: string, restart = 'Always', strategy = '{maxSurge: 1, maxUnavailable: 0}', image = 'nginx') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  strategy:
    type: RollingUpdate
    rollingUpdate: ${strategy}
  template:
    metadata:
      labels:
        app: ${labels}
    spec:
      restartPolicy: ${restart}
      containers:
      - name: nginx
        image: ${image}
`;

  it('rejects a selector/template mismatch, a non-Always restartPolicy and 0/0 surge/unavailable with the real messages', () => {
    const c = createCluster({ seed: 9 });
    const r = sh(c, 'kubectl create -f d.yaml', { 'd.yaml': deployment('other', 'Never', '{maxSurge: 0, maxUnavailable: 0}') });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      'The Deployment "web" is invalid: \n' +
        '* spec.template.metadata.labels: Invalid value: {"app":"other"}: `selector` does not match template `labels`\n' +
        '* spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"\n' +
        '* spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0\n',
    );
    expect(c.listObjects('Deployment', 'default')).toHaveLength(0);
  });

  it('create deployment: name errors and AlreadyExists as kubectl wraps them', () => {
    const c = createCluster({ seed: 9 });
    expect(sh(c, 'kubectl create deployment Bad_Name --image=nginx').stderr).toMatch(/^error: failed to create deployment: Deployment\.apps "Bad_Name" is invalid: metadata\.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain/);
    sh(c, 'kubectl create deployment web --image=nginx');
    expect(sh(c, 'kubectl create deployment web --image=nginx').stderr).toBe('error: failed to create deployment: deployments.apps "web" already exists\n');
  });

  it('replace -f rolls out the new template; delete --cascade=orphan keeps the ReplicaSets and pods', () => {
    const c = createCluster({ seed: 10 });
    sh(c, 'kubectl create -f d.yaml', { 'd.yaml': deployment('web') });
    c.settle();
    expect(sh(c, 'kubectl replace -f d.yaml', { 'd.yaml': deployment('web', 'Always', '{maxSurge: 1, maxUnavailable: 0}', 'nginx:1.28') }).stdout).toBe('deployment.apps/web replaced\n');
    c.settle();
    const rss = c.listObjects('ReplicaSet', 'default') as ReplicaSet[];
    expect(rss.map((r) => r.spec.replicas).sort()).toEqual([0, 2]);
    expect(sh(c, 'kubectl delete deploy web --cascade=orphan').stdout).toBe('deployment.apps "web" deleted\n');
    c.settle();
    expect(c.listObjects('Deployment', 'default')).toHaveLength(0);
    const left = c.listObjects('ReplicaSet', 'default') as ReplicaSet[];
    expect(left).toHaveLength(2);
    expect(left.every((r) => !r.metadata.ownerReferences)).toBe(true);
    expect(pods(c).filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(2);
  });

  it('kubectl get deploy/rs/rc show the real columns', () => {
    const c = createCluster({ seed: 12 });
    sh(c, 'kubectl create deployment web --image=nginx:1.27 --replicas=2');
    c.settle();
    const wide = sh(c, 'kubectl get rs -o wide').stdout.split('\n')[0];
    expect(wide.split(/\s{2,}/)).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR']);
    expect(sh(c, 'kubectl get deploy -o wide').stdout.split('\n')[0].split(/\s{2,}/)).toEqual(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR']);
  });
});

describe('failed pod creation', () => {
  it('records FailedCreate with the API error, sets ReplicaFailure and retries with back-off', () => {
    const c = createCluster({ seed: 13 });
    // A quota on cpu makes every pod without a cpu request fail admission.
    expect(sh(c, 'kubectl create quota q --hard=cpu=1').exitCode).toBe(0);
    sh(c, 'kubectl create deployment web --image=nginx --replicas=3');
    c.settle();
    c.advance(5_000);
    const events = sh(c, 'kubectl get events').stdout.split('\n').filter((l) => l.includes('FailedCreate'));
    expect(events.length).toBeGreaterThan(1);
    expect(events.every((l) => /Warning +FailedCreate +replicaset\/web-\w+ +Error creating: pods "web-\w+-\w{5}" is forbidden: /.test(l))).toBe(true);
    const [rs] = c.listObjects('ReplicaSet', 'default') as ReplicaSet[];
    expect(rs.status?.conditions?.find((x) => x.type === 'ReplicaFailure')).toMatchObject({ status: 'True', reason: 'FailedCreate' });
    expect(sh(c, 'kubectl describe deploy web').stdout).toMatch(/ReplicaFailure +True +FailedCreate/);
    // Remove the obstacle: the next retry creates the pods and clears the condition.
    sh(c, 'kubectl delete quota q');
    c.advance(20_000);
    c.settle();
    expect(pods(c).filter(isReady)).toHaveLength(3);
    expect((c.getObject('ReplicaSet', 'default', rs.metadata.name!) as ReplicaSet).status?.conditions).toBeUndefined();
  });
});

describe('slow start in the log', () => {
  it('a ReplicaSet of 10 sends its creates in batches of 1, 2, 4 and 3, each after the previous answers', () => {
    const c = createCluster({ seed: 14 });
    sh(c, 'kubectl create deployment web --image=nginx --replicas=10');
    c.settle();
    const creates = c.log.filter((e) => e.from === 'kube-controller-manager' && e.kind === 'request' && e.narration.id === 'controller.create' && e.narration.params.controller === 'replicaset-controller');
    const byTime = new Map<number, number>();
    for (const e of creates) byTime.set(e.time, (byTime.get(e.time) ?? 0) + 1);
    expect([...byTime.values()]).toEqual([1, 2, 4, 3]);
    expect(creates[0].narration).toEqual({ id: 'controller.create', params: { controller: 'replicaset-controller', resource: 'pods', generateName: expect.stringMatching(/^web-\w+-$/) } });
  });
});

describe('the course flow for ReplicaSets', () => {
  it('create -f, replace -f with more replicas, scale --replicas=6 -f', () => {
    const c = createCluster({ seed: 15 });
    const file = (n: number) => `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: myapp-replicaset
  labels:
    app: myapp
spec:
  replicas: ${n}
  selector:
    matchLabels:
      type: front-end
  template:
    metadata:
      name: myapp-pod
      labels:
        app: myapp
        type: front-end
    spec:
      containers:
      - name: nginx-container
        image: nginx
`;
    expect(sh(c, 'kubectl create -f replicaset-definition.yml', { 'replicaset-definition.yml': file(3) }).stdout).toBe('replicaset.apps/myapp-replicaset created\n');
    c.settle();
    expect(pods(c).filter(isReady)).toHaveLength(3);
    expect(sh(c, 'kubectl replace -f replicaset-definition.yml', { 'replicaset-definition.yml': file(4) }).stdout).toBe('replicaset.apps/myapp-replicaset replaced\n');
    c.settle();
    expect(pods(c).filter(isReady)).toHaveLength(4);
    expect(sh(c, 'kubectl scale --replicas=6 -f replicaset-definition.yml', { 'replicaset-definition.yml': file(4) }).stdout).toBe('replicaset.apps/myapp-replicaset scaled\n');
    c.settle();
    expect(pods(c).filter(isReady)).toHaveLength(6);
    expect(pods(c).every((p) => p.metadata.name!.startsWith('myapp-replicaset-'))).toBe(true);
    expect(sh(c, 'kubectl get rs').stdout).toMatch(/^NAME {15}DESIRED {3}CURRENT {3}READY {3}AGE\nmyapp-replicaset {3}6 {9}6 {9}6 {7}\d+s\n$/);
  });
});

describe('kube-controller-manager component', () => {
  it('has one idle/syncing region per controller and shows the busy one while it works', () => {
    const c = createCluster({ seed: 16 });
    const view = c.componentMachine('kube-controller-manager')!;
    expect(view.state).toMatch(/^running\.[a-z-]+\.idle$/);
    const regions = Object.keys((view.machine as unknown as { config: { states: { running: { states: Record<string, unknown> } } } }).config.states.running.states);
    expect(regions).toEqual(expect.arrayContaining(['deployment-controller', 'replicaset-controller', 'replicationcontroller-controller', 'node-lifecycle-controller', 'taint-eviction-controller', 'garbage-collector-controller']));
    c.submit('kubectl create deployment web --image=nginx --replicas=2');
    const states = new Set<string>();
    for (let i = 0; i < 200 && c.step(); i++) states.add(c.componentMachine('kube-controller-manager')!.state);
    expect(states).toContain('running.deployment-controller.syncing');
    expect(states).toContain('running.replicaset-controller.syncing');
  });
});
