// Engine benchmarks (issue 3): prints wall time to create and settle 1,000 pods on 100 nodes, the
// replay time of 10,000 events, and the median time of one step(). Run: npm run bench
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createCluster } from '../src/sim/index.ts';
import type { NodeOptions } from '../src/sim/index.ts';

function podList(count: number, prefix: string): string {
  const items = [];
  for (let i = 0; i < count; i++) {
    items.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `${prefix}-${i}`, labels: { app: prefix } },
      spec: { containers: [{ name: 'web', image: 'nginx:1.27', resources: { requests: { cpu: '100m', memory: '64Mi' } } }] },
    });
  }
  return JSON.stringify({ apiVersion: 'v1', kind: 'List', items });
}

function nodes(count: number): NodeOptions[] {
  const list: NodeOptions[] = [{ name: 'controlplane', controlPlane: true, cpu: '4', memory: '8Gi', pods: 110 }];
  for (let i = 1; i < count; i++) list.push({ name: `node${String(i).padStart(3, '0')}`, cpu: '8', memory: '16Gi', pods: 110 });
  return list;
}

function ms(n: number): string {
  return `${n.toFixed(1)} ms`;
}

// CPU time (user + system) of this process in ms: unlike wall time it is not inflated by other
// processes competing for the 2 cores, so it tells whether a miss is ours or the machine's.
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function verdict(value: number, target: number, unit: string): string {
  return `target < ${target} ${unit}: ${value < target ? 'PASS' : 'MISS'}`;
}

// Wall times depend on what else the machine runs: say so next to the figures.
console.log(`(machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(2)})`);

// 1. Create and settle 1,000 pods on 100 nodes.
{
  const t0 = performance.now();
  const cluster = createCluster({ seed: 7, nodes: nodes(100) });
  const t1 = performance.now();
  const c1 = cpuMs();
  const r = cluster.exec('kubectl create -f pods.json', { files: { 'pods.json': podList(1000, 'web') } });
  cluster.settle();
  const t2 = performance.now();
  const c2 = cpuMs();
  const running = cluster.listObjects('pods', 'default').filter((p) => (p.status as { phase?: string })?.phase === 'Running').length;
  if (r.exitCode !== 0) throw new Error(r.stderr);
  console.log(
    `create+settle 1,000 pods on 100 nodes: ${ms(t2 - t1)} wall, ${ms(c2 - c1)} CPU [${verdict(t2 - t1, 1000, 'ms')}] ` +
      `(cluster start ${ms(t1 - t0)}; ${running} pods Running; ${cluster.log.length} events)`,
  );
}

// 2. Replay 10,000 events: rebuild the same cluster from its seed and inputs, then step 10,000 events.
{
  const build = () => {
    const cluster = createCluster({ seed: 3 });
    cluster.submit('kubectl create -f pods.json', { files: { 'pods.json': podList(400, 'replay') } });
    return cluster;
  };
  const replay = () => {
    const t0 = performance.now();
    const c0 = cpuMs();
    const cluster = build();
    let delivered = 0;
    while (delivered < 10_000 && cluster.step()) delivered++;
    return { delivered, wall: performance.now() - t0, cpu: cpuMs() - c0 };
  };
  replay(); // warm-up (JIT), a full replay so that step() is warm too
  // One replay is a short measurement that a garbage collection of the previous section or another
  // process can dominate: report the median of several.
  const runs = [replay(), replay(), replay(), replay(), replay()];
  const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const wall = medianOf(runs.map((r) => r.wall));
  const cpu = medianOf(runs.map((r) => r.cpu));
  const walls = runs.map((r) => r.wall);
  console.log(
    `replay of ${runs[0].delivered.toLocaleString('en-US')} events: ${ms(wall)} wall, ${ms(cpu)} CPU, median of ${runs.length} ` +
      `(wall ${ms(Math.min(...walls))}..${ms(Math.max(...walls))}) [${verdict(wall, 100, 'ms')}]`,
  );

  // 3. Median step(): time each step of a fresh replay.
  const again = build();
  const samples: number[] = [];
  for (let i = 0; i < 10_000; i++) {
    const s = performance.now();
    const entry = again.step();
    samples.push(performance.now() - s);
    if (!entry) break;
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(
    `median step(): ${(median * 1000).toFixed(1)} µs (p99 ${(samples[Math.floor(samples.length * 0.99)] * 1000).toFixed(1)} µs) [${verdict(median, 0.1, 'ms')}]`,
  );
}

// 4. (controllers, issue 4) A 100-replica rolling update: kubectl set image, then settle until the
//    Deployment controller has replaced every pod (25% surge / 25% unavailable).
{
  const cluster = createCluster({ seed: 11, nodes: nodes(10) });
  const created = cluster.exec('kubectl create deployment web --image=nginx:1.27 --replicas=100');
  if (created.exitCode !== 0) throw new Error(created.stderr);
  cluster.settle();
  const before = cluster.log.length;
  const v0 = cluster.now();
  const t0 = performance.now();
  const c0 = cpuMs();
  const r = cluster.exec('kubectl set image deployment/web nginx=nginx:1.28');
  if (r.exitCode !== 0) throw new Error(r.stderr);
  cluster.settle();
  const t1 = performance.now();
  const c1 = cpuMs();
  const d = cluster.getObject('deployments', 'default', 'web') as { status?: { updatedReplicas?: number; availableReplicas?: number } } | undefined;
  console.log(
    `rolling update of 100 replicas: ${ms(t1 - t0)} wall, ${ms(c1 - c0)} CPU (no target) (${d?.status?.updatedReplicas ?? 0} updated, ${d?.status?.availableReplicas ?? 0} available; ` +
      `${((cluster.now() - v0) / 1000).toFixed(1)} s virtual; ${(cluster.log.length - before).toLocaleString('en-US')} events)`,
  );
}
