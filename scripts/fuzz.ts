// Fuzz campaigns against the engine (issue 18). Run: npm run fuzz [-- --seed N --count N --duration S]
// Three campaigns, all from one seeded generator (same seed, same inputs):
//   1. command lines from a grammar of kubectl/etcdctl/shell commands, valid and mutated arguments;
//   2. mutated manifests (wrong JSON types, deep nesting, odd names) created with kubectl create -f;
//   3. random command sequences with faults (etcd quorum loss, kubelet stop/start, etcdctl put/del
//      behind the API server), checking the consistency invariants after every settle().
// Prints counts of inputs, exceptions (anything thrown out of exec/step/advance/settle, or output that
// looks like a JavaScript error), hangs (settle reaching its bound), invariant violations and the
// slowest inputs. Exits 1 when there was an exception.
import { performance } from 'node:perf_hooks';
import { createCluster } from '../src/sim/index.ts';
import type { SimCluster } from '../src/sim/cluster/cluster.ts';
import { cacheMatchesStore, ownersExist, workloadsConverged } from '../src/sim/cluster/invariants.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}
const seed = option('seed', 1);
const count = option('count', 300);
const durationMs = option('duration', 600) * 1000;
const started = performance.now();
const outOfTime = () => performance.now() - started > durationMs;

// mulberry32, as the engine's rng: the campaign is reproducible from its seed.
let state = seed >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const int = (n: number) => Math.floor(random() * n);

const NAMES = ['web', 'db', 'a', 'x-1', 'Bad_Name', '', 'very-long-name-'.repeat(6), '../etc', 'p0', 'nginx'];
const IMAGES = ['nginx', 'nginx:1.27', 'busybox', 'redis', 'no-such-image', ''];
const NUMBERS = ['0', '1', '3', '-1', '1.5', '1000000000', '99999999999999999999', 'abc', ''];
const KINDS = ['pods', 'pod', 'po', 'deployments', 'deploy', 'rs', 'svc', 'ds', 'nodes', 'ns', 'events', 'all', 'bogus'];

function commandLine(): string {
  const n = pick(NAMES);
  const lines = [
    () => `kubectl run ${n} --image=${pick(IMAGES)}`,
    () => `kubectl create deployment ${n} --image=${pick(IMAGES)} --replicas=${pick(NUMBERS)}`,
    () => `kubectl scale deployment ${n} --replicas=${pick(NUMBERS)}`,
    () => `kubectl get ${pick(KINDS)} ${pick(['', '-A', '-o wide', '-o yaml', '-o json', '-o name', '-o jsonpath={.items[*].metadata.name}', '--show-labels', '-l app=web'])}`,
    () => `kubectl describe ${pick(KINDS)} ${n}`,
    () => `kubectl delete ${pick(KINDS)} ${n} ${pick(['', '--wait=false', '--now', '--force --grace-period=0'])}`,
    () => `kubectl label ${pick(KINDS)} ${n} ${pick(['a=b', 'a-', '=x', 'a=b c=d', 'k8s.io/x=y'])} ${pick(['', '--overwrite'])}`,
    () => `kubectl expose deployment ${n} --port=${pick(NUMBERS)}`,
    () => `kubectl create ${pick(['namespace', 'service clusterip', 'configmap'])} ${n}`,
    () => `kubectl logs ${n}`,
    () => `etcdctl get /registry/${pick(KINDS)} --prefix --keys-only`,
    () => `etcdctl put /registry/pods/default/${n} '${pick(['{}', 'null', '[1]', '{"metadata":{}}', 'garbage'])}'`,
    () => `etcdctl del /registry/pods/default/${n}`,
    () => `echo ${'$(echo '.repeat(int(4))}x${')'.repeat(int(4))} | grep x | wc -l`,
    () => `kubectl get pods ${pick(['|', '&&', '||', ';'])} ${pick(['echo done', 'cat', 'head -1', 'sort -r'])}`,
    () => `echo ${pick(['hi', '$HOME', '"$(kubectl get ns -o name)"'])} > f.txt; cat f.txt >> f.txt; cat f.txt`,
  ];
  let line = pick(lines)();
  // Mutations: drop, duplicate or garble a character, cut the line.
  const m = int(6);
  if (m === 0 && line.length) line = line.slice(0, int(line.length));
  else if (m === 1) {
    const i = int(line.length + 1);
    line = line.slice(0, i) + pick(['"', "'", '$(', '`', '\\', '{', '}', '|', ';', '&', '\u0000', 'é']) + line.slice(i);
  }
  return line;
}

const BASES: Record<string, unknown>[] = [
  { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'm' }, spec: { containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80 }] }] } },
  { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'm' }, spec: { replicas: 2, selector: { matchLabels: { app: 'm' } }, template: { metadata: { labels: { app: 'm' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } },
  { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'm' }, spec: { replicas: 2, selector: { matchLabels: { app: 'r' } }, template: { metadata: { labels: { app: 'r' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } },
  { apiVersion: 'v1', kind: 'Service', metadata: { name: 'm' }, spec: { selector: { app: 'm' }, ports: [{ port: 80 }] } },
];
const ODD_VALUES: unknown[] = [null, 0, -1, 1.5, 'x', '', true, [], {}, [[1]], { a: { b: 1 } }, '1000000000'];

function mutate(value: unknown, depth = 0): unknown {
  if (value && typeof value === 'object' && depth < 8) {
    const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    if (keys.length) {
      const k = pick(keys) as keyof typeof copy;
      (copy as Record<string, unknown>)[k as string] = random() < 0.6 ? mutate(copy[k], depth + 1) : pick(ODD_VALUES);
    }
    return copy;
  }
  return random() < 0.5 ? pick(ODD_VALUES) : value;
}

function manifest(): string {
  const obj = mutate(mutate(structuredClone(pick(BASES))));
  if (random() < 0.05) {
    let deep: unknown = 1;
    for (let i = 0; i < 1 + int(2000); i++) deep = { d: deep };
    (obj as Record<string, unknown>).deep = deep;
  }
  return JSON.stringify(obj);
}

const JS_ERROR = /\[object Object\]|is not a function|is not iterable|TypeError|ReferenceError|RangeError|Cannot read propert|Cannot create property|undefined is not|Maximum call stack|Invalid string length|\bat .*\.ts:\d+/;

interface Finding {
  input: string;
  detail: string;
}
const exceptions: Finding[] = [];
const hangs: Finding[] = [];
const violations: Finding[] = [];
const timings: { input: string; ms: number }[] = [];
let inputs = 0;

function guarded(input: string, fn: () => string | void): void {
  inputs++;
  const t0 = performance.now();
  try {
    const text = fn();
    if (text && JS_ERROR.test(text)) exceptions.push({ input, detail: `output: ${text.match(JS_ERROR)![0]} in ${JSON.stringify(text.slice(0, 200))}` });
  } catch (e) {
    exceptions.push({ input, detail: `thrown: ${e instanceof Error ? e.message : String(e)}` });
  }
  timings.push({ input, ms: performance.now() - t0 });
}

/** settle() that reports when it stopped at its bound instead of going quiet. */
function settle(cluster: SimCluster, input: string): void {
  cluster.settle();
  if (cluster.kernel.hasPending()) hangs.push({ input, detail: `settle() stopped at its bound with ${cluster.kernel.pendingCount()} foreground events pending` });
}

function check(cluster: SimCluster, input: string, healthy: boolean): void {
  const problems = [...cacheMatchesStore(cluster), ...(healthy ? [...ownersExist(cluster), ...workloadsConverged(cluster)] : [])];
  for (const p of problems.slice(0, 3)) violations.push({ input, detail: p });
}

// 1. Command lines.
{
  let cluster = createCluster({ seed }) as SimCluster;
  for (let i = 0; i < count && !outOfTime(); i++) {
    if (i % 100 === 99) cluster = createCluster({ seed: seed + i }) as SimCluster;
    const line = commandLine();
    guarded(line, () => {
      const r = cluster.exec(line);
      if (i % 10 === 0) settle(cluster, line);
      return r.stdout + r.stderr;
    });
  }
}

// 2. Mutated manifests.
{
  let cluster = createCluster({ seed: seed + 1 }) as SimCluster;
  for (let i = 0; i < count && !outOfTime(); i++) {
    if (i % 50 === 49) cluster = createCluster({ seed: seed + 1 + i }) as SimCluster;
    const text = manifest();
    const input = `kubectl create -f m.json <<< ${text.slice(0, 160)}`;
    guarded(input, () => {
      const r = cluster.exec(`kubectl ${pick(['create', 'apply', 'replace'])} -f m.json`, { files: { 'm.json': text } });
      settle(cluster, input);
      cluster.exec('kubectl delete all --all --wait=false');
      return r.stdout + r.stderr;
    });
  }
}

// 3. Sequences with faults.
{
  const sequences = Math.max(1, Math.floor(count / 20));
  for (let s = 0; s < sequences && !outOfTime(); s++) {
    const cluster = createCluster({ seed: seed + 2 + s, etcdMembers: random() < 0.5 ? 3 : 1 }) as SimCluster;
    const members = cluster.etcdMembers.map((m) => m.memberName);
    const trail: string[] = [];
    let etcdDown: string[] = [];
    let kubeletDown: string[] = [];
    for (let k = 0; k < 15 && !outOfTime(); k++) {
      const r = random();
      let action: string;
      if (r < 0.08 && members.length === 3 && etcdDown.length === 0) {
        etcdDown = members.slice(1);
        action = `stop etcd ${etcdDown.join(',')}`;
        guarded(action, () => etcdDown.forEach((m) => cluster.stopEtcdMember(m)));
      } else if (r < 0.16 && etcdDown.length) {
        action = `start etcd ${etcdDown.join(',')}`;
        guarded(action, () => {
          etcdDown.forEach((m) => cluster.startEtcdMember(m));
          cluster.advance(5000);
        });
        etcdDown = [];
      } else if (r < 0.22) {
        const node = pick(['node01', 'node02']);
        const down = kubeletDown.includes(node);
        action = `${down ? 'start' : 'stop'} kubelet ${node}`;
        guarded(action, () => (down ? cluster.startKubelet(node) : cluster.stopKubelet(node)));
        kubeletDown = down ? kubeletDown.filter((n) => n !== node) : [...kubeletDown, node];
      } else if (r < 0.3) {
        action = `advance ${1000 * (1 + int(30))}`;
        const ms = 1000 * (1 + int(30));
        guarded(action, () => cluster.advance(ms));
      } else {
        const n = pick(['web', 'db', 'solo']);
        action = pick([
          `kubectl create deployment ${n} --image=nginx --replicas=${int(5)}`,
          `kubectl scale deployment ${n} --replicas=${int(6)}`,
          `kubectl delete deployment ${n} --wait=false`,
          `kubectl run ${n}-pod --image=nginx`,
          `kubectl delete pod ${n}-pod --wait=false`,
          `kubectl expose deployment ${n} --port=80`,
          `kubectl delete svc ${n}`,
          `etcdctl del /registry/pods/default/${n}-pod`,
          `etcdctl put /registry/configmaps/default/${n} '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"${n}","namespace":"default","uid":"u-${n}"}}'`,
        ]);
        guarded(action, () => {
          const res = cluster.exec(action);
          return res.stdout + res.stderr;
        });
      }
      trail.push(action);
      const input = `seed ${seed + 2 + s}: ${trail.join(' ; ')}`;
      guarded(input, () => settle(cluster, input));
      if (etcdDown.length === 0) check(cluster, input, kubeletDown.length === 0);
    }
  }
}

const summarize = (title: string, list: Finding[]) => {
  console.log(`${title}: ${list.length}`);
  const seen = new Set<string>();
  for (const f of list) {
    const key = f.detail.slice(0, 120);
    if (seen.has(key) || seen.size >= 10) continue;
    seen.add(key);
    console.log(`  - ${f.detail}\n    input: ${f.input.slice(0, 300)}`);
  }
};
console.log(`fuzz seed ${seed}: ${inputs} inputs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
summarize('exceptions', exceptions);
summarize('hangs', hangs);
summarize('invariant violations', violations);
console.log('slowest inputs:');
for (const t of [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5)) console.log(`  ${t.ms.toFixed(0)} ms  ${t.input.slice(0, 160)}`);
process.exitCode = exceptions.length ? 1 : 0;
