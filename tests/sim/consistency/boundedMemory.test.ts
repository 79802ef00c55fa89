// Issue 18: a long session keeps a bounded amount of state. The event log is a window of the latest
// entries (absolute positions survive in LogEntry.seq and Cluster.logStart), finished command runs
// are released, and the player's session keeps working (step back, jump, entries, results) after the
// engine has released old log entries.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import { Session } from '../../../components/sim/model/session.ts';

describe('bounded memory of a long session', () => {
  it('keeps the event log as a window with absolute positions', () => {
    const cluster = createCluster({ seed: 2, logWindow: 200 });
    for (let i = 0; i < 30; i++) cluster.exec(i % 2 ? 'kubectl get pods' : `kubectl run p${i} --image=nginx`);
    cluster.settle();
    expect(cluster.logStart).toBeGreaterThan(0);
    expect(cluster.log.length).toBeGreaterThanOrEqual(200);
    expect(cluster.log.length).toBeLessThan(400);
    cluster.log.forEach((e, i) => expect(e.seq).toBe(cluster.logStart + i));
  }, 60_000);

  it('releases finished command runs: exec results are handed over, submit results stay for polling', () => {
    const cluster = createCluster({ seed: 2 });
    const { id } = cluster.submit('kubectl get nodes');
    while (!cluster.result(id)) cluster.step();
    expect(cluster.result(id)?.stdout).toContain('node01');
    expect(cluster.result(id)).toEqual(cluster.result(id));
    // The runner keeps no generator or buffers of finished lines.
    const runner = (cluster as unknown as { runner: { runs: Map<number, unknown> } }).runner;
    cluster.exec('kubectl get pods');
    expect(runner.runs.size).toBe(0);
  }, 60_000);

  it('lets the player step back and jump after old entries were released', () => {
    const session = new Session({ create: () => createCluster({ seed: 4, logWindow: 50 }), setup: ['kubectl create deployment web --image=nginx --replicas=2'] });
    const entry = session.act({ cmd: 'kubectl scale deployment web --replicas=4' });
    session.runUntilDone(entry!);
    session.jump(400);
    expect(session.position).toBe(400);
    expect(session.cluster.logStart).toBeGreaterThan(0);
    const latest = session.currentEntry();
    expect(latest?.seq).toBe(session.marks[400] - 1);
    expect(session.entryAt(400)).toBe(latest);
    expect(session.entryAt(1)).toBeUndefined(); // released: the engine keeps only the window
    const atHorizon = session.positionOfEntry(session.horizonLogStart + session.horizonLog.length - 1);
    expect(atHorizon).toBe(400);
    session.back();
    expect(session.position).toBe(399);
    expect(session.currentEntry()?.seq).toBe(latest!.seq - 1);
    session.jump(10);
    expect(session.entryAt(10)).toBeDefined();
    expect(session.transcript.find((t) => !t.scripted && session.resultOf(t))?.line).toBe('kubectl scale deployment web --replicas=4');
  }, 60_000);
});
