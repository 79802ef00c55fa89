// The browser entry (src/sim/core.ts) must behave like the full engine once prepareCommands has
// loaded what a line needs. This file imports ONLY the browser entry (and test helpers that register
// nothing), so the lazily loaded CLI parts start unregistered here: Vitest gives every test file its
// own module state. The tests run in order; the first ones rely on nothing being loaded yet.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCluster, loadedCliParts, needsCliParts, prepareCommands, type ExecResult } from '../../../src/sim/core.ts';
import { program, type CommandIO } from '../../../src/sim/cli/command.ts';
import type { CallOutcome, EtcdctlCall } from '../../../src/sim/cli/etcdctl/types.ts';
import { EPOCH_MS } from '../../../src/sim/api/meta.ts';
import { SERVER_OBJECTS } from '../services/serverObjects.ts';
import { readTranscript, replayTranscript, SINGLE_MEMBER_TRANSCRIPTS, stopMembersAction, transcriptClusters, type EtcdctlRunner } from '../etcd/goldenTranscript.ts';

const golden = join(import.meta.dirname, '../../golden');
const outcome = (r: ExecResult): ExecResult => ({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode });

/** One recorded command (or `a && b` chain) with the way its own golden test runs it. */
interface GoldenLine {
  name: string;
  lines: string[];
  run(): ExecResult;
  expected: ExecResult;
}

/** tests/golden/kubectl (kubectlGolden.test.ts): a fresh seed-1 cluster per line, with the recorded files. */
function kubectlTranscripts(): GoldenLine[] {
  const dir = join(golden, 'kubectl');
  const files: Record<string, string> = {};
  for (const f of readdirSync(join(dir, 'files'))) files[f] = readFileSync(join(dir, 'files', f), 'utf8');
  const read = (name: string, ext: string) => readFileSync(join(dir, `${name}.${ext}`), 'utf8');
  return readdirSync(dir).filter((f) => f.endsWith('.cmd')).map((f) => f.slice(0, -4)).sort().map((name) => {
    const line = read(name, 'cmd').trim();
    return {
      name: `kubectl/${name}`,
      lines: [line],
      run: () => createCluster({ seed: 1 }).exec(line, { files }),
      expected: { stdout: read(name, 'stdout'), stderr: read(name, 'stderr'), exitCode: Number(read(name, 'exit').trim()) },
    };
  });
}

/** Other spellings of the recorded help commands (verbHelp.test.ts). */
function helpSpellings(): GoldenLine[] {
  const spellings: [string, string][] = [
    ['kubectl get -h', 'help-get'],
    ['kubectl get pods --help', 'help-get'],
    ['k describe node controlplane --help', 'help-describe'],
    ['kubectl create deploy --help', 'help-create-deployment'],
    ['kubectl create deployment web --image=nginx --help', 'help-create-deployment'],
    ['kubectl create svc nodeport --help', 'help-create-service-nodeport'],
    ['kubectl create ns -h', 'help-create-namespace'],
  ];
  return spellings.map(([line, name]) => ({
    name: `help spelling/${line}`,
    lines: [line],
    run: () => createCluster({ seed: 1 }).exec(line),
    expected: { stdout: readFileSync(join(golden, 'kubectl', `${name}.stdout`), 'utf8'), stderr: '', exitCode: 0 },
  }));
}

/** tests/golden/services/kubectl-offline.json (services/kubectlGolden.test.ts). */
function servicesTranscripts(): GoldenLine[] {
  const data = JSON.parse(readFileSync(join(golden, 'services/kubectl-offline.json'), 'utf8')) as {
    cases: { name: string; command: string; stdout: string; stderr: string; exitCode: number; usesServer?: boolean; files?: Record<string, string> }[];
  };
  let shared: ReturnType<typeof createCluster> | undefined;
  let served: ReturnType<typeof createCluster> | undefined;
  return data.cases.map((g) => {
    const lines = g.command.replace(/^kubectl /, '').split(' && ').map((step) => `kubectl ${step}`);
    return {
      name: `services/${g.name}`,
      lines,
      run: () => {
        let c;
        if (g.usesServer) {
          if (!served) {
            served = createCluster({ seed: 1 });
            served.exec('kubectl create -f objects.yaml', { files: { 'objects.yaml': SERVER_OBJECTS } });
            served.settle();
          }
          c = served;
        } else if (g.command.includes(' config ')) c = createCluster({ seed: 1 });
        else c = shared ??= createCluster({ seed: 1 });
        let r: ExecResult = { stdout: '', stderr: '', exitCode: 0 };
        for (const line of lines) r = c.exec(line, g.files ? { files: g.files } : undefined);
        return r;
      },
      expected: { stdout: g.stdout, stderr: g.stderr, exitCode: g.exitCode },
    };
  });
}

/** tests/sim/controllers/golden/kubectl-workloads.json (controllers/cluster.test.ts): a fresh seed-7 cluster each. */
function workloadTranscripts(): GoldenLine[] {
  const data = JSON.parse(readFileSync(join(import.meta.dirname, '../controllers/golden/kubectl-workloads.json'), 'utf8')) as {
    cases: { command: string; stdout: string; stderr: string; exitCode: number; files?: Record<string, string> }[];
  };
  return data.cases.map((g) => ({
    name: `workloads/${g.command}`,
    lines: [g.command],
    run: () => createCluster({ seed: 7 }).exec(g.command, g.files ? { files: g.files } : undefined),
    expected: { stdout: g.stdout, stderr: g.stderr, exitCode: g.exitCode },
  }));
}

const all = [...kubectlTranscripts(), ...helpSpellings(), ...servicesTranscripts(), ...workloadTranscripts()];
const partFree = all.filter((g) => g.lines.every((l) => needsCliParts(l).length === 0));
const needingParts = all.filter((g) => !partFree.includes(g));

describe('browser entry before any CLI part is loaded', () => {
  test('no lazy part is registered', () => {
    expect(loadedCliParts()).toEqual([]);
  });

  test('a missing part degrades output instead of crashing', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec('kubectl get --help')).toEqual({ stdout: 'Usage:\n  kubectl get [options]\n', stderr: '', exitCode: 0 });
    expect(c.exec('etcdctl version')).toEqual({ stdout: '', stderr: 'etcdctl: command not found\n', exitCode: 127 });
    expect(c.exec('kubectl exec etcd-controlplane -n kube-system -- etcdctl version')).toEqual({
      stdout: '',
      stderr: 'etcdctl: command not found\ncommand terminated with exit code 127\n',
      exitCode: 127,
    });
    expect(loadedCliParts()).toEqual([]);
  });
});

describe('golden lines without help flags or etcdctl: same output, nothing loaded', () => {
  test('the golden sets have lines of both kinds', () => {
    expect(partFree.length).toBeGreaterThan(50);
    expect(needingParts.length).toBeGreaterThan(20);
  });
  for (const g of partFree) {
    test(g.name, async () => {
      await prepareCommands(g.lines);
      expect(outcome(g.run())).toEqual(g.expected);
      expect(loadedCliParts()).toEqual([]);
    });
  }
});

describe('golden lines that need a CLI part: loaded by prepareCommands, then the same output', () => {
  for (const g of needingParts) {
    test(g.name, async () => {
      await prepareCommands(g.lines);
      for (const part of g.lines.flatMap(needsCliParts)) expect(loadedCliParts()).toContain(part);
      expect(outcome(g.run())).toEqual(g.expected);
    });
  }

  test('prepareCommands is a resolved no-op once the parts are loaded', async () => {
    const before = loadedCliParts();
    await expect(prepareCommands(['kubectl get -h'])).resolves.toBeUndefined();
    expect(loadedCliParts()).toEqual(before);
  });
});

/**
 * The etcd transcripts, replayed as etcdctlGolden.test.ts does, but through the program the lazily
 * loaded module registered (`etcdctl@etcd-pod`: no environment of its own, like the recording's
 * shell), its `etcdctl-call` effects answered by the transcript's members.
 */
const runRegisteredEtcdctl: EtcdctlRunner = (argv, env, wallClockMs, answer) => {
  const etcdctl = program('etcdctl@etcd-pod');
  if (!etcdctl) throw new Error('etcdctl is not registered: prepareCommands did not load it');
  const io = {
    stdout: [] as string[],
    stderr: [] as string[],
    files: {},
    stdin: undefined,
    env,
    now: () => wallClockMs - EPOCH_MS,
    session: {},
  } as unknown as CommandIO;
  const gen = etcdctl(argv, io);
  let step = gen.next();
  for (let guard = 0; !step.done; guard++) {
    if (guard > 10_000) throw new Error('etcdctl made too many requests');
    if (step.value.type !== 'etcdctl-call') throw new Error(`unexpected effect ${step.value.type}`);
    step = gen.next(answer(step.value.call as EtcdctlCall) satisfies CallOutcome);
  }
  return { stdout: io.stdout.join(''), stderr: io.stderr.join(''), exitCode: step.value };
};

/** etcdctl's exit code on Ctrl-C (INTERRUPTED_EXIT in cli/etcdctl): literal, so no etcdctl module is imported here. */
const INTERRUPTED_EXIT = 130;

async function prepareTranscript(name: string) {
  const cases = readTranscript(name);
  for (const c of cases) expect(needsCliParts(c.line), c.line).toContain('etcdctl');
  await prepareCommands(cases.map((c) => c.line));
  expect(loadedCliParts()).toContain('etcdctl');
  return cases;
}

describe('etcd transcripts through the lazily loaded etcdctl', () => {
  test('etcdctl is not loaded before an etcdctl line is prepared', () => {
    expect(loadedCliParts()).not.toContain('etcdctl');
  });

  const single = transcriptClusters.singleMember();
  for (const name of SINGLE_MEMBER_TRANSCRIPTS) {
    test(`matches ${name}.txt`, async () => {
      replayTranscript(single, await prepareTranscript(name), runRegisteredEtcdctl, INTERRUPTED_EXIT);
    });
  }

  test('matches v3-no-leader.txt', async () => {
    const cluster = transcriptClusters.threeMembers();
    replayTranscript(cluster, await prepareTranscript('v3-no-leader'), runRegisteredEtcdctl, INTERRUPTED_EXIT, stopMembersAction(cluster));
  });

  test('matches v2-enabled.txt', async () => {
    replayTranscript(transcriptClusters.v2Enabled(), await prepareTranscript('v2-enabled'), runRegisteredEtcdctl, INTERRUPTED_EXIT);
  });

  test('in the cluster: the control-plane shell and kubectl exec into the etcd pod (etcdInCluster.test.ts)', async () => {
    const certs = '--cacert /etc/kubernetes/pki/etcd/ca.crt --cert /etc/kubernetes/pki/etcd/server.crt --key /etc/kubernetes/pki/etcd/server.key';
    const lines = ['etcdctl put key1 value1', 'etcdctl get key1', `kubectl exec etcd-controlplane -n kube-system -- etcdctl get key1 ${certs}`];
    await prepareCommands(lines);
    const c = createCluster({ seed: 1 });
    expect(c.exec(lines[0])).toEqual({ stdout: 'OK\n', stderr: '', exitCode: 0 });
    expect(c.exec(lines[1])).toEqual({ stdout: 'key1\nvalue1\n', stderr: '', exitCode: 0 });
    expect(c.exec(lines[2])).toEqual({ stdout: 'key1\nvalue1\n', stderr: '', exitCode: 0 });
  });
});
