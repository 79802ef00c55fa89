import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

// The simulated kubectl against the real kubectl v1.33 recorded with a stand-in API server
// (scripts/golden/record-cli-gaps.sh, scripts/golden/cli-gaps-fake-apiserver.mjs). The stand-in's
// objects are not the simulator's, so each case compares what does not depend on them.
const root = join(import.meta.dirname, '../../golden/cli-gaps');
const dir = join(root, 'server');
const files: Record<string, string> = {};
for (const f of readdirSync(join(root, 'files'))) files[f] = readFileSync(join(root, 'files', f), 'utf8');
const golden = (name: string) => ({
  cmd: readFileSync(join(dir, `${name}.cmd`), 'utf8').trim(),
  stdout: readFileSync(join(dir, `${name}.stdout`), 'utf8'),
  stderr: readFileSync(join(dir, `${name}.stderr`), 'utf8'),
  exitCode: Number(readFileSync(join(dir, `${name}.exit`), 'utf8').trim()),
});

function run(name: string, setup: string[] = []) {
  const cluster = createCluster({ seed: 1 });
  for (const line of setup) {
    const r = cluster.exec(line, { files });
    expect(r.exitCode, `${line}: ${r.stderr}`).toBe(0);
    cluster.settle();
  }
  const g = golden(name);
  return { g, r: cluster.exec(g.cmd, { files }) };
}

/**
 * klog lines without what differs between runs and servers: time, pid, server address, kubeconfig
 * path, durations. Feature gates are sorted (Go's map order varies by run). The stand-in answers
 * lists without the Table format, which makes real kubectl log a fallback line a real API server
 * never causes: that line is dropped.
 */
function normalizeKlog(text: string): string {
  const lines = text
    .replace(/^I\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ /gm, 'I<time> <pid> ')
    .replace(/https?:\/\/(127\.0\.0\.1:\d+|192\.168\.1\.10:6443)/g, '<server>')
    .replace(/milliseconds=\d+/g, 'milliseconds=<n>')
    .replace(/Config loaded from file: {2}\S+/g, 'Config loaded from file:  <kubeconfig>')
    .split('\n')
    .filter((l) => !l.includes('table_printer.go'));
  const gates = lines.filter((l) => l.includes('"Feature gate default state"'));
  const sortedGates = [...gates].sort();
  let g = 0;
  return lines.map((l) => (l.includes('"Feature gate default state"') ? sortedGates[g++] : l)).join('\n');
}

describe('get --raw matches real kubectl 1.33', () => {
  for (const name of ['get-raw-healthz', 'get-raw-unknown-path', 'get-raw-pod-missing']) {
    test(name, () => {
      const { g, r } = run(name);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: g.stdout, stderr: g.stderr, exitCode: g.exitCode });
    });
  }

  test('get-raw-pods: one line of compact JSON shaped like the API server\'s PodList', () => {
    const { g, r } = run('get-raw-pods', ['kubectl run nginx --image=nginx']);
    const shape = (text: string) => {
      const body = JSON.parse(text) as { metadata: object; items: Record<string, unknown>[] };
      return {
        oneLineWithNewline: text.endsWith('\n') && !text.slice(0, -1).includes('\n'),
        compact: !/[:,] /.test(text.replace(/"(?:[^"\\]|\\.)*"/g, '""')),
        keys: Object.keys(body),
        metadataKeys: Object.keys(body.metadata),
        itemKeys: body.items.map((i) => Object.keys(i)),
      };
    };
    expect(r.exitCode).toBe(g.exitCode);
    expect(shape(r.stdout)).toEqual(shape(g.stdout));
    expect(JSON.parse(r.stdout).kind).toBe('PodList');
  });
});

describe('-v matches the klog lines of real kubectl 1.33', () => {
  test('get-pods-v6: config, feature gates, one Response line with ?limit=500', () => {
    const { g, r } = run('get-pods-v6', ['kubectl run nginx --image=nginx']);
    expect(normalizeKlog(r.stderr)).toBe(normalizeKlog(g.stderr));
    expect(r.exitCode).toBe(g.exitCode);
  });
  for (const name of ['get-pod-missing-v6', 'get-pod-missing-v4', 'get-pod-missing-v1', 'get-raw-healthz-v6', 'get-raw-unknown-path-v6']) {
    test(name, () => {
      const { g, r } = run(name);
      expect({ stdout: r.stdout, stderr: normalizeKlog(r.stderr), exitCode: r.exitCode }).toEqual({ stdout: g.stdout, stderr: normalizeKlog(g.stderr), exitCode: g.exitCode });
    });
  }
});

describe('apply view-last-applied matches real kubectl 1.33', () => {
  // web.yaml applied in the simulator stores the same annotation the stand-in serves for "web".
  const cases: [string, string[]][] = [
    ['view-last-applied-yaml', ['kubectl apply -f web.yaml']],
    ['view-last-applied-json', ['kubectl apply -f web.yaml']],
    ['view-last-applied-file', ['kubectl apply -f web.yaml']],
    ['view-last-applied-bad-output', ['kubectl apply -f web.yaml']],
    ['view-last-applied-no-annotation', ['kubectl create deployment plain --image=nginx']],
    ['view-last-applied-missing', []],
  ];
  for (const [name, setup] of cases) {
    test(name, () => {
      const { g, r } = run(name, setup);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: g.stdout, stderr: g.stderr, exitCode: g.exitCode });
    });
  }
});

describe('logs TYPE/NAME matches real kubectl 1.33', () => {
  test('logs-deployment: picks one pod and says so on stderr', () => {
    const { g, r } = run('logs-deployment', ['kubectl create deployment web --image=nginx --replicas=2']);
    const pattern = (text: string) => text.replace(/pod\/\S+/, 'pod/<name>');
    expect(pattern(r.stderr)).toBe(pattern(g.stderr));
    expect(r.exitCode).toBe(g.exitCode);
  });
  test('logs-unknown-type', () => {
    const { g, r } = run('logs-unknown-type');
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: g.stdout, stderr: g.stderr, exitCode: g.exitCode });
  });
});

describe('-v=6 request lines of writes match real kubectl 1.33 (method, path, query, status)', () => {
  // Each case: the simulator's setup so that the command does the same requests as against the stand-in.
  const cases: [string, string[]][] = [
    ['write-run-v6', []],
    ['write-create-deployment-v6', []],
    ['write-create-file-v6', []],
    ['write-apply-create-v6', []],
    ['write-annotate-v6', ['kubectl apply -f web.yaml']],
    ['write-annotate-server-dry-run-v6', ['kubectl apply -f web.yaml']],
    ['write-label-v6', ['kubectl run nginx --image=nginx']],
    ['write-delete-v6', ['kubectl run nginx --image=nginx']],
    ['write-logs-v6', ['kubectl create deployment web --image=nginx --replicas=2']],
  ];
  const requests = (stderr: string) => normalizeKlog(stderr).split('\n').filter((l) => l.includes('"Response"') || l.startsWith('Found '))
    .map((l) => l.replace(/pod\/[a-z0-9-]+/g, 'pod/<name>').replace(/pods\/web-[a-z0-9-]+\/log/, 'pods/<name>/log'));
  for (const [name, setup] of cases) {
    test(name, () => {
      const { g, r } = run(name, setup);
      expect(requests(r.stderr)).toEqual(requests(g.stderr));
      expect(r.exitCode).toBe(g.exitCode);
    });
  }
});
