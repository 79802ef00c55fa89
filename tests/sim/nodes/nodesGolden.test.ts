import { beforeAll, describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { Cluster } from '../../../src/sim/index.ts';
import { golden, nodesFixture, normalizeNames, sortedLines } from './goldenFixture.ts';

// taint, cordon, uncordon, drain, top, wait and --field-selector against the real kubectl v1.33
// (scripts/golden/record-nodes.sh). Offline recordings are compared exactly on a fresh cluster.
// Server recordings ran against the stand-in API server, reset before each command; here they run
// in order on one simulated cluster holding the same objects (goldenFixture.ts), each change
// undone before the next, the destructive drains last.

const OFFLINE = [
  'taint-no-args', 'taint-no-taint', 'taint-bad-effect', 'taint-no-effect', 'taint-bad-key', 'taint-bad-value', 'taint-twice',
  'cordon-no-args', 'uncordon-no-args', 'drain-no-args', 'wait-no-for', 'wait-bad-for', 'wait-no-resource', 'wait-bad-jsonpath',
  'top-no-args', 'top-bad-resource',
];

describe('node and wait verbs without a server answer as kubectl 1.33', () => {
  let cluster: Cluster;
  beforeAll(() => {
    cluster = createCluster({ seed: 1 });
  });
  for (const name of OFFLINE) {
    test(name, () => {
      const g = golden('offline', name);
      const r = cluster.exec(g.cmd);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: g.stdout, stderr: g.stderr, exitCode: g.exitCode });
    });
  }
});

/** The server recordings, each followed by the commands that undo its change. */
const SERVER: [string, string[]][] = [
  ['taint-add', ['kubectl taint nodes node01 dedicated-']],
  ['taint-add-existing', []],
  ['taint-exists-other-value', []],
  ['taint-overwrite', ['kubectl taint nodes controlplane node-role.kubernetes.io/control-plane=:NoSchedule --overwrite']],
  ['taint-remove', ['kubectl taint nodes controlplane node-role.kubernetes.io/control-plane:NoSchedule']],
  ['taint-remove-key', ['kubectl taint nodes controlplane node-role.kubernetes.io/control-plane:NoSchedule']],
  ['taint-remove-missing', []],
  ['taint-missing-node', []],
  ['taint-all', ['kubectl taint nodes --all maintenance-']],
  ['taint-selector', ['kubectl taint nodes node01 fast-']],
  ['taint-selector-none', []],
  ['taint-no-name', []],
  ['taint-dry-run', []],
  ['taint-output-yaml-name', ['kubectl taint nodes node01 a-']],
  ['taint-not-nodes', []],
  ['taint-both-add-remove', []],
  ['cordon', ['kubectl uncordon node01']],
  ['cordon-already', []],
  ['cordon-missing', []],
  ['cordon-dry-run', []],
  ['cordon-selector', ['kubectl uncordon controlplane node01']],
  ['uncordon', ['kubectl cordon node02']],
  ['uncordon-already', []],
  ['drain-blocked', ['kubectl uncordon node01']],
  ['drain-ignore-ds', ['kubectl uncordon node01']],
  ['drain-ignore-ds-force', ['kubectl uncordon node01']],
  ['drain-dry-run', []],
  ['drain-missing', []],
  ['top-nodes', []],
  ['top-pods', []],
  ['top-pod', []],
  ['wait-ready', []],
  ['wait-ready-all', []],
  ['wait-ready-selector', []],
  ['wait-timeout', []],
  ['wait-missing', []],
  ['wait-delete-missing', []],
  ['wait-delete-timeout', []],
  ['wait-jsonpath', []],
  ['wait-jsonpath-timeout', []],
  // wait-condition-false is not replayed: the stand-in's unscheduled pod carries Ready=False,
  // a real (and the simulated) unscheduled pod only PodScheduled=False.
  ['wait-node-ready', []],
  ['wait-selector-none', []],
  ['get-field-node', []],
  ['get-field-phase', []],
  ['get-field-not', []],
  ['get-field-bad', []],
  ['get-field-none', []],
  ['get-field-nodes', []],
  ['get-field-nodes-bad', []],
  ['get-field-syntax', []],
  ['delete-field-bad', []],
  // Destructive: node01 is drained for good, then node02 loses its pod to a plain DELETE.
  ['drain-all-flags', []],
  ['drain-disable-eviction', []],
  ['taint-add-no-value', []],
];

/** Lines compared as sets: drain evicts from goroutines and groups its messages in Go maps. */
const UNORDERED = new Set(['drain-blocked', 'drain-ignore-ds', 'drain-dry-run', 'drain-all-flags', 'drain-disable-eviction']);

/** klog lines of client-go's reflector about the stand-in's empty watch: not kubectl's output. */
const withoutKlog = (text: string) => text.split('\n').filter((l) => !/^[IWE]\d{4} /.test(l)).join('\n');

/** One message of an aggregate or a drain warning per line: "[a, b]" and "a; b" in any order. */
function parts(text: string): string[] {
  return sortedLines(text).flatMap((line) => {
    const m = /^(error: unable to drain node "[^"]+" due to error: )\[(.*)\](, continuing command\.\.\.)$/.exec(line);
    if (m) return [m[1] + m[3], ...m[2].split(/, (?=cannot delete)/)].sort();
    if (line.startsWith('Warning: ')) return line.slice('Warning: '.length).split('; ').sort();
    return [line];
  }).sort();
}

describe('node and wait verbs against the API server answer as kubectl 1.33', () => {
  let cluster: Cluster;
  beforeAll(() => {
    cluster = nodesFixture();
  });
  for (const [name, undo] of SERVER) {
    test(name, () => {
      const g = golden('server', name);
      const r = cluster.exec(g.cmd);
      const actual = { stdout: normalizeNames(r.stdout), stderr: normalizeNames(r.stderr), exitCode: r.exitCode };
      const expected = { stdout: normalizeNames(g.stdout), stderr: withoutKlog(normalizeNames(g.stderr)), exitCode: g.exitCode };
      if (UNORDERED.has(name)) {
        expect({ stdout: sortedLines(actual.stdout), stderr: parts(actual.stderr), exitCode: actual.exitCode })
          .toEqual({ stdout: sortedLines(expected.stdout), stderr: parts(expected.stderr), exitCode: expected.exitCode });
      } else expect(actual).toEqual(expected);
      for (const line of undo) expect(cluster.exec(line).exitCode, line).toBe(0);
      cluster.settle();
    });
  }
});
