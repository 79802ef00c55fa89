import { describe, it } from 'vitest';
import { runEtcdctl, INTERRUPTED_EXIT } from '../../../src/sim/cli/etcdctl/index.ts';
import { readTranscript, replayTranscript, SINGLE_MEMBER_TRANSCRIPTS, stopMembersAction, transcriptClusters, type EtcdctlRunner } from './goldenTranscript.ts';

/**
 * Replays the commands of the transcripts recorded from the real etcd 3.4.23 / etcdctl 3.4.23
 * (scripts/golden/record-etcd.mjs) against the simulated members, configured with the same names
 * and URLs, and compares stdout, stderr and exit code after normalize() (see goldenTranscript.ts for
 * what is normalized and why, and for the lease ID mapping).
 */
const run: EtcdctlRunner = (argv, env, wallClockMs, answer) => runEtcdctl(argv, { env, fileExists: () => false, wallClockMs }, answer);

describe('etcdctl against a single member, compared with the real etcd 3.4 transcripts', () => {
  // One server for the five transcripts, as in the recording (revisions carry over).
  const cluster = transcriptClusters.singleMember();
  for (const name of SINGLE_MEMBER_TRANSCRIPTS) {
    it(`matches ${name}.txt`, () => {
      replayTranscript(cluster, readTranscript(name), run, INTERRUPTED_EXIT);
    });
  }
});

describe('etcdctl against three members that lose quorum', () => {
  it('matches v3-no-leader.txt', () => {
    const cluster = transcriptClusters.threeMembers();
    replayTranscript(cluster, readTranscript('v3-no-leader'), run, INTERRUPTED_EXIT, stopMembersAction(cluster));
  });
});

describe('ETCDCTL_API=2 against a member started with --enable-v2', () => {
  it('matches v2-enabled.txt', () => {
    replayTranscript(transcriptClusters.v2Enabled(), readTranscript('v2-enabled'), run, INTERRUPTED_EXIT);
  });
});
