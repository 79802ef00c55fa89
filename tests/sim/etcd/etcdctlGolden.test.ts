import { describe, expect, it } from 'vitest';
import { runEtcdctl, INTERRUPTED_EXIT } from '../../../src/sim/cli/etcdctl/index.ts';
import { localClusterPort } from '../../../src/sim/cli/etcdctl/localClusterPort.ts';
import { LocalEtcdCluster } from '../../../src/sim/etcd/localCluster.ts';
import { createRng } from '../../../src/sim/kernel/rng.ts';
import { normalize, readTranscript, splitLine, type GoldenCase } from './goldenTranscript.ts';

/**
 * Replays the commands of the transcripts recorded from the real etcd 3.4.23 / etcdctl 3.4.23
 * (scripts/golden/record-etcd.mjs) against the simulated members, configured with the same names
 * and URLs, and compares stdout, stderr and exit code after normalize() (see there for what is
 * normalized and why).
 */

/** The recorder stops `watch` with `timeout -s INT`, which exits 124; an interactive Ctrl-C gives 130. */
const RECORDED_INTERRUPT_EXIT = 124;

function replay(cluster: LocalEtcdCluster, cases: GoldenCase[], onAction: (action: string) => void = () => {}): void {
  const answer = localClusterPort(cluster);
  for (const c of cases) {
    c.actions.forEach(onAction);
    const { env, argv } = splitLine(c.line);
    const got = runEtcdctl(argv, { env, fileExists: () => false, wallClockMs: 1_795_420_000_000 + cluster.now() }, answer);
    const expected = { stdout: normalize(c.stdout, c.line), stderr: normalize(c.stderr, c.line), exitCode: c.exitCode === RECORDED_INTERRUPT_EXIT ? INTERRUPTED_EXIT : c.exitCode };
    expect({ line: c.line, stdout: normalize(got.stdout, c.line), stderr: normalize(got.stderr, c.line), exitCode: got.exitCode }).toEqual({ line: c.line, ...expected });
    cluster.advance(50);
  }
}

describe('etcdctl against a single member, compared with the real etcd 3.4 transcripts', () => {
  // One server for the four transcripts, as in the recording (revisions carry over).
  const rng = createRng(3);
  const cluster = new LocalEtcdCluster({
    members: [{ name: 'controlplane', peerURLs: ['http://127.0.0.1:23801'], clientURLs: ['http://127.0.0.1:23791'] }],
    random: () => rng.next(),
  });
  cluster.waitForLeader();

  for (const name of ['v3-single', 'v3-errors', 'v3-watch', 'v2-disabled']) {
    it(`matches ${name}.txt`, () => {
      replay(cluster, readTranscript(name));
    });
  }
});

describe('etcdctl against three members that lose quorum', () => {
  it('matches v3-no-leader.txt', () => {
    const rng = createRng(11);
    const cluster = new LocalEtcdCluster({
      members: [1, 2, 3].map((i) => ({ name: `etcd-${i}`, peerURLs: [`http://127.0.0.1:2480${i}`], clientURLs: [`http://127.0.0.1:2479${i}`] })),
      random: () => rng.next(),
    });
    cluster.waitForLeader();
    replay(cluster, readTranscript('v3-no-leader'), (action) => {
      const stop = /^stop (.+)$/.exec(action);
      if (!stop) return;
      for (const name of stop[1].split(' and ')) cluster.stop(name);
      cluster.advance(4000);
    });
  });
});

describe('ETCDCTL_API=2 against a member started with --enable-v2', () => {
  it('matches v2-enabled.txt', () => {
    const rng = createRng(5);
    const cluster = new LocalEtcdCluster({
      members: [{ name: 'controlplane', peerURLs: ['http://127.0.0.1:23802'], clientURLs: ['http://127.0.0.1:23792'] }],
      random: () => rng.next(),
      enableV2: true,
    });
    cluster.waitForLeader();
    replay(cluster, readTranscript('v2-enabled'));
  });
});
