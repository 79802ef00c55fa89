import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

// The objects of scripts/golden/nodes-fake-apiserver.mjs, rebuilt in the simulator: node01
// labelled disk=ssd with a bare pod `bare`, a ReplicaSet pod of `web`, a ReplicaSet pod of `cache`
// with emptyDir data and its kube-proxy (DaemonSet) pod; node02 cordoned with the other `web` pod;
// a pod `pending` that no node takes. Generated names differ (web-<hash>-<id>, kube-proxy-<id>):
// normalizeNames() folds both sides to the bare workload name.

const dir = join(import.meta.dirname, '../../golden/nodes');

export interface Golden {
  cmd: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function golden(kind: 'offline' | 'server', name: string): Golden {
  const read = (ext: string) => readFileSync(join(dir, kind, `${name}.${ext}`), 'utf8');
  return { cmd: read('cmd').trim(), stdout: read('stdout'), stderr: read('stderr'), exitCode: Number(read('exit').trim()) };
}

const pod = (name: string, nodeSelector: Record<string, string>) => JSON.stringify({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { run: name } },
  spec: { nodeSelector, containers: [{ name: 'main', image: 'nginx' }] },
});
// Both Deployments' pods carry app=web, as all ReplicaSet pods of the stand-in do (wait -l app=web).
const deployment = (name: string, volumes: unknown[]) => JSON.stringify({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name },
  spec: { replicas: 1, selector: { matchLabels: { app: 'web', tier: name } }, template: { metadata: { labels: { app: 'web', tier: name } }, spec: { volumes, containers: [{ name: 'main', image: 'nginx' }] } } },
});

export function nodesFixture() {
  const cluster = createCluster({ seed: 7 });
  const files: Record<string, string> = {
    'bare.json': pod('bare', { disk: 'ssd' }),
    'pending.json': pod('pending', { disk: 'none' }),
    'cache.json': deployment('cache', [{ name: 'scratch', emptyDir: {} }]),
    'web.json': deployment('web', []),
  };
  const setup = [
    'kubectl label node node01 disk=ssd',
    'kubectl cordon node02',
    'kubectl create -f bare.json -f pending.json -f cache.json -f web.json',
    'kubectl uncordon node02',
    'kubectl cordon node01',
    'kubectl scale deployment web --replicas=2',
    'kubectl uncordon node01',
    'kubectl cordon node02',
  ];
  for (const line of setup) {
    const r = cluster.exec(line, { files });
    expect(r.exitCode, `${line}: ${r.stderr}`).toBe(0);
    cluster.settle();
  }
  return cluster;
}

/** web-<hash>-<id>, cache-<hash>-<id>, kube-proxy-<id> become web, cache, kube-proxy. */
export function normalizeNames(text: string): string {
  return text.replace(/\b(web|cache)-[a-z0-9]{8,10}-[a-z0-9]{5}\b/g, '$1').replace(/\bkube-proxy-[a-z0-9]{5}\b/g, 'kube-proxy');
}

/** The lines of a text in sorted order: kubectl drain prints from goroutines and Go map order. */
export function sortedLines(text: string): string[] {
  return text.split('\n').filter(Boolean).sort();
}
