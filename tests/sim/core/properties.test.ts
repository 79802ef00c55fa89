import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { createCluster } from '../../../src/sim/index.ts';
import type { Node, Pod } from '../../../src/sim/index.ts';
import { intValue, milliValue } from '../../../src/sim/api/quantity.ts';

const word = fc.constantFrom(
  'kubectl', 'k', 'kubectl get', 'kubectl describe', 'kubectl run', 'kubectl create', 'kubectl delete', 'kubectl label',
  'kubectl explain', 'kubectl version', 'kubectl exec', 'kubectl foo', 'kubectl api-resources', 'etcdctl', 'ls',
);
const arg = fc.constantFrom(
  'pods', 'po', 'pod', 'nodes', 'no', 'ns', 'namespaces', 'all', 'svc', 'foo', 'deploy', 'events', 'pod/nginx', 'nginx', 'x', 'Nginx', 'web-1',
  '-o yaml', '-o json', '-o wide', '-o name', '-o bad', '-n default', '-n kube-system', '-n nope', '-A', '--image=nginx', '--image=busybox',
  '--image=', '--restart=Never', '--restart=Bogus', '--dry-run=client', '--dry-run=server', '--dry-run=maybe', '-l app=x', "-l '!!'", '-l run=nginx',
  '--show-labels', '--foo', '-z', '--', 'sleep 10', '--wait=false', 'app=web', 'app-', '--overwrite', '--port=80', '--port=abc', '-f p.yaml', '-f -',
  '"unterminated', "'single quoted'", '--help', '-h', 'tier=a b', '--labels=a=b', '--command', '-c', 'date', 'echo hi',
  "-o jsonpath='{.items[*].metadata.name}'", "-o jsonpath='{.items[*'", '-o jsonpath={range .items[*]}{end}', '-o custom-columns=A:.metadata.name', '-o custom-columns=A',
  '--sort-by=.metadata.name', '--sort-by=.status', '-w', 'get', 'describe', 'etcdctl get / --prefix',
);
const line = fc.tuple(word, fc.array(arg, { maxLength: 6 })).map(([w, a]) => [w, ...a].join(' '));

const files = { 'p.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: fromfile\nspec:\n  containers:\n  - name: c\n    image: nginx\n' };

function revision(c: ReturnType<typeof createCluster>): number {
  return c.snapshot().etcd.revision;
}

describe('robustness (property-based)', () => {
  test('random command lines never throw, always exit with a code, and rejected ones change nothing', () => {
    const c = createCluster({ seed: 21 });
    for (const n of ['controlplane', 'node01', 'node02']) c.stopKubelet(n); // no heartbeats: etcd only changes by request
    const exits = new Set<number>();
    fc.assert(
      fc.property(line, (cmd) => {
        c.settle();
        const before = revision(c);
        const r = c.exec(cmd, { files, stdin: files['p.yaml'] });
        expect(typeof r.exitCode).toBe('number');
        expect(typeof r.stdout).toBe('string');
        expect(typeof r.stderr).toBe('string');
        if (r.exitCode !== 0) expect(revision(c)).toBe(before);
        exits.add(r.exitCode === 0 ? 0 : 1);
      }),
      { numRuns: 600, seed: 7 },
    );
    expect([...exits].sort()).toEqual([0, 1]);
  });

  test('random manifests never throw; a refused one leaves etcd unchanged', () => {
    const c = createCluster({ seed: 22 });
    for (const n of ['controlplane', 'node01', 'node02']) c.stopKubelet(n);
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('nginx', 'Always', 'Never', '100m', '1Gi', 'x y'));
    const container = fc.record({ name: fc.oneof(fc.constantFrom('c', 'web', 'Web', ''), fc.string()), image: fc.oneof(fc.constantFrom('nginx', 'busybox', ''), value) }, { requiredKeys: [] });
    const manifest = fc.record(
      {
        apiVersion: fc.constantFrom('v1', 'apps/v1', 'v2', ''),
        kind: fc.constantFrom('Pod', 'Namespace', 'Node', 'Foo', 'Service', ''),
        metadata: fc.record({ name: fc.oneof(fc.constantFrom('a', 'b-1', 'UPPER', 'x.y', ''), fc.string()), labels: fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }) }, { requiredKeys: [] }),
        spec: fc.oneof(fc.record({ containers: fc.oneof(fc.array(container, { maxLength: 2 }), value), restartPolicy: value }, { requiredKeys: [] }), value),
      },
      { requiredKeys: [] },
    );
    const text = fc.oneof(manifest.map((m) => JSON.stringify(m)), fc.string(), fc.constantFrom('a: b: c', 'kind: Pod\n\tx: 1', '- 1\n- 2', '{', '---\n---', 'apiVersion: v1\nkind: Pod'));
    fc.assert(
      fc.property(text, (doc) => {
        c.settle();
        const before = revision(c);
        const r = c.exec('kubectl create -f m.yaml', { files: { 'm.yaml': doc } });
        expect(typeof r.exitCode).toBe('number');
        if (r.exitCode !== 0) expect(revision(c)).toBe(before);
        c.exec('kubectl delete pods --all --wait=false --grace-period=0 --force');
      }),
      { numRuns: 300, seed: 8 },
    );
  });
});

describe('scheduling invariant', () => {
  test('every created pod lands on a node that fits it, or is reported unschedulable', () => {
    const podSpec = fc.record({ cpu: fc.integer({ min: 0, max: 3000 }), mem: fc.integer({ min: 0, max: 4096 }) });
    fc.assert(
      fc.property(fc.array(podSpec, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 1000 }), (pods, workers, seed) => {
        const nodes = [{ name: 'controlplane', controlPlane: true, cpu: '2', memory: '2Gi' }];
        for (let i = 1; i <= workers; i++) nodes.push({ name: `node0${i}`, cpu: String(i + 1), memory: `${i + 1}Gi` } as never);
        const c = createCluster({ seed, nodes: nodes as never });
        const items = pods.map((p, i) => ({
          apiVersion: 'v1', kind: 'Pod', metadata: { name: `p${i}` },
          spec: { containers: [{ name: 'c', image: 'nginx:1.27', resources: { requests: { ...(p.cpu ? { cpu: `${p.cpu}m` } : {}), ...(p.mem ? { memory: `${p.mem}Mi` } : {}) } } }] },
        }));
        c.exec('kubectl create -f l.json', { files: { 'l.json': JSON.stringify({ apiVersion: 'v1', kind: 'List', items }) } });
        c.settle();
        const all = c.listObjects('pods') as Pod[];
        const byNode = new Map<string, { cpu: number; mem: number }>();
        for (const p of all) {
          if (!p.spec.nodeName) continue;
          const u = byNode.get(p.spec.nodeName) ?? { cpu: 0, mem: 0 };
          for (const ct of p.spec.containers) {
            u.cpu += milliValue(ct.resources?.requests?.cpu);
            u.mem += intValue(ct.resources?.requests?.memory);
          }
          byNode.set(p.spec.nodeName, u);
        }
        for (const n of c.listObjects('nodes') as Node[]) {
          const u = byNode.get(n.metadata.name!) ?? { cpu: 0, mem: 0 };
          expect(u.cpu).toBeLessThanOrEqual(milliValue(n.status!.allocatable!.cpu));
          expect(u.mem).toBeLessThanOrEqual(intValue(n.status!.allocatable!.memory));
        }
        for (const p of all.filter((x) => x.metadata.namespace === 'default')) {
          if (p.spec.nodeName) {
            expect(p.spec.nodeName).not.toBe('controlplane');
          } else {
            const cond = p.status?.conditions?.find((x) => x.type === 'PodScheduled');
            expect(cond?.reason).toBe('Unschedulable');
            expect(cond?.message).toMatch(/^0\/\d+ nodes are available: /);
          }
        }
      }),
      { numRuns: 40, seed: 9 },
    );
  });
});

describe('determinism', () => {
  test('same seed and inputs give the same log; another seed gives another run', () => {
    const run = (seed: number) => {
      const c = createCluster({ seed });
      c.exec('kubectl run a --image=nginx');
      c.exec('kubectl run b --image=busybox');
      c.exec('kubectl run c --image=nginxx');
      c.settle();
      c.advance(45_000);
      return JSON.stringify(c.log) + JSON.stringify(c.listObjects('pods'));
    };
    expect(run(5)).toBe(run(5));
    expect(run(5)).not.toBe(run(6));
  });
});
