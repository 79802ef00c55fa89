import { describe, expect, test } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { createActor } from 'xstate';
import { createCluster } from '../../../src/sim/index.ts';
import type { Pod } from '../../../src/sim/index.ts';
import { containerMachine, waitingReason } from '../../../src/sim/node/kubelet/containerMachine.ts';
import { goDuration, nextBackoff } from '../../../src/sim/node/kubelet/backoff.ts';

const EVENTS = (['PULL', 'PULLED', 'PULL_FAILED', 'INVALID_IMAGE', 'BACK_OFF', 'RETRY', 'CREATED', 'STARTED', 'START_FAILED', 'EXITED', 'RESTART', 'KILL'] as const).map((type) => ({ type }));

function stateString(value: unknown): string {
  if (typeof value === 'string') return value;
  const [k] = Object.keys(value as object);
  return `${k}.${(value as Record<string, string>)[k]}`;
}

describe('container state machine (model-based, xstate/graph)', () => {
  const paths = getShortestPaths(containerMachine, { events: EVENTS });

  test('every state is reachable', () => {
    const reached = new Set(paths.map((p) => stateString(p.state.value)));
    for (const s of ['waiting.containerCreating', 'waiting.pulling', 'waiting.errImagePull', 'waiting.imagePullBackOff', 'waiting.invalidImageName', 'waiting.creating', 'waiting.created', 'waiting.crashLoopBackOff', 'running', 'terminated']) {
      expect(reached).toContain(s);
    }
  });

  test('replaying each shortest path on a live actor reaches the same state, and reasons match kubectl', () => {
    for (const path of paths) {
      const actor = createActor(containerMachine).start();
      for (const step of path.steps) actor.send(step.event as never);
      const s = stateString(actor.getSnapshot().value);
      expect(s).toBe(stateString(path.state.value));
      const reason = waitingReason(s);
      if (s.startsWith('waiting.')) expect(['ContainerCreating', 'ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'CrashLoopBackOff']).toContain(reason);
      else expect(reason).toBeUndefined();
    }
  });

  test('a container can only run after it was pulled (or found) and created', () => {
    const simple = getSimplePaths(containerMachine, { events: EVENTS, toState: (s) => s.value === 'running' });
    expect(simple.length).toBeGreaterThan(0);
    for (const p of simple) {
      const types = p.steps.map((s) => s.event.type);
      expect(types.indexOf('CREATED')).toBeGreaterThan(types.lastIndexOf('PULLED') - 1);
      expect(types.at(-1)).toBe('STARTED');
    }
  });
});

describe('back-off (k8s-facts 5.1)', () => {
  test('10s doubling to 300s, formatted as Go durations', () => {
    const seq: number[] = [];
    let b = 0;
    for (let i = 0; i < 8; i++) seq.push((b = nextBackoff(b)));
    expect(seq).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
    expect(seq.map(goDuration)).toEqual(['10s', '20s', '40s', '1m20s', '2m40s', '5m0s', '5m0s', '5m0s']);
  });
});

function podStatus(c: ReturnType<typeof createCluster>, name: string): string {
  const line = c.exec(`kubectl get pod ${name} --no-headers`).stdout;
  return line.split(/\s+/)[2];
}

describe('kubelet pod lifecycle', () => {
  test('nginx: ContainerCreating then Running with the real event sequence', () => {
    const c = createCluster({ seed: 11 });
    c.exec('kubectl run web --image=nginx:1.27');
    c.advance(500);
    expect(podStatus(c, 'web')).toBe('ContainerCreating');
    c.settle();
    expect(podStatus(c, 'web')).toBe('Running');
    const reasons = c.exec('kubectl describe pod web').stdout.split('Events:')[1];
    expect(reasons).toMatch(/Scheduled[\s\S]*Pulling[\s\S]*Pulled[\s\S]*Created[\s\S]*Started/);
    expect(reasons).toContain('Created container: web');
    expect(reasons).toContain('Successfully pulled image "nginx:1.27" in 2.6s (2.6s including waiting). Image size: 72225394 bytes.');
  });

  test('unknown image: ErrImagePull then ImagePullBackOff, retries back off', () => {
    const c = createCluster({ seed: 3 });
    c.exec('kubectl run typo --image=nginxx');
    c.settle();
    expect(podStatus(c, 'typo')).toBe('ImagePullBackOff');
    const p = c.getObject('pods', 'default', 'typo') as Pod;
    expect(p.status!.containerStatuses![0].state.waiting!.message).toBe('Back-off pulling image "nginxx"');
    const events = c.exec('kubectl describe pod typo').stdout;
    expect(events).toContain('Failed to pull image "nginxx": failed to pull and unpack image "docker.io/library/nginxx:latest"');
    expect(events).toContain('Error: ErrImagePull');
    expect(events).toContain('Error: ImagePullBackOff');
  });

  test('busybox without a command: Completed, restarted at once, then CrashLoopBackOff with 10s, 20s back-off', () => {
    const c = createCluster({ seed: 4 });
    c.exec('kubectl run bb --image=busybox');
    c.settle();
    let p = c.getObject('pods', 'default', 'bb') as Pod;
    expect(p.status!.phase).toBe('Running');
    expect(podStatus(c, 'bb')).toBe('CrashLoopBackOff');
    expect(p.status!.containerStatuses![0].restartCount).toBe(1);
    expect(p.status!.containerStatuses![0].state.waiting!.message).toMatch(/^back-off 10s restarting failed container=bb pod=bb_default\(/);
    c.advance(10_500);
    c.settle();
    p = c.getObject('pods', 'default', 'bb') as Pod;
    expect(p.status!.containerStatuses![0].restartCount).toBe(2);
    expect(p.status!.containerStatuses![0].state.waiting!.message).toMatch(/^back-off 20s restarting/);
    expect(p.status!.containerStatuses![0].lastState!.terminated!.reason).toBe('Completed');
    expect(c.exec('kubectl get pod bb --no-headers').stdout).toMatch(/bb\s+0\/1\s+CrashLoopBackOff\s+2 \(\d+s ago\)\s+\d+s/);
  });

  test('restartPolicy Never: a finished container leaves the pod Completed / Succeeded; exit 1 gives Error / Failed', () => {
    const c = createCluster({ seed: 6 });
    c.exec('kubectl run once --image=busybox --restart=Never -- sh -c "sleep 2"');
    c.exec('kubectl run bad --image=busybox --restart=Never --command -- sh -c "exit 3"');
    c.settle();
    c.advance(5000);
    c.settle();
    expect((c.getObject('pods', 'default', 'once') as Pod).status!.phase).toBe('Succeeded');
    expect(podStatus(c, 'once')).toBe('Completed');
    expect((c.getObject('pods', 'default', 'bad') as Pod).status!.phase).toBe('Failed');
    expect(podStatus(c, 'bad')).toBe('Error');
  });

  test('delete: Terminating while the grace period runs, then gone; sleep ignores SIGTERM', () => {
    const c = createCluster({ seed: 8 });
    c.exec('kubectl run sleeper --image=busybox --command -- sleep 3600');
    c.settle();
    expect(podStatus(c, 'sleeper')).toBe('Running');
    const { id } = c.submit('kubectl delete pod sleeper');
    c.advance(2000);
    expect(podStatus(c, 'sleeper')).toBe('Terminating');
    expect(c.result(id)).toBeUndefined();
    c.advance(30_000);
    c.settle();
    expect(c.result(id)).toEqual({ stdout: 'pod "sleeper" deleted\n', stderr: '', exitCode: 0 });
    expect(c.exec('kubectl get pod sleeper').stderr).toBe('Error from server (NotFound): pods "sleeper" not found\n');
  });

  test('a stopped kubelet stops renewing its lease; starting it again resumes', () => {
    const c = createCluster({ seed: 9 });
    const renewals = () => c.log.filter((e) => e.kind === 'request' && e.from === 'kubelet-node01' && e.object === 'leases/kube-node-lease/node01').length;
    c.advance(30_000);
    const before = renewals();
    expect(before).toBeGreaterThanOrEqual(2);
    c.stopKubelet('node01');
    c.advance(60_000);
    expect(renewals()).toBe(before);
    expect(c.snapshot().components.find((x) => x.id === 'kubelet-node01')!.state).toBe('stopped');
    c.startKubelet('node01');
    c.advance(20_000);
    expect(renewals()).toBeGreaterThan(before);
  });
});

describe('container transition table', () => {
  test('agrees with the XState actor on every shortest path', async () => {
    const { StateTable } = await import('../../../src/sim/node/kubelet/containerStateTable.ts');
    const { CONTAINER_EVENTS } = await import('../../../src/sim/node/kubelet/containerMachine.ts');
    const table = new StateTable(containerMachine, CONTAINER_EVENTS);
    for (const path of getShortestPaths(containerMachine, { events: EVENTS })) {
      let s = table.initial;
      for (const step of path.steps) s = table.next(s, step.event.type);
      expect(s).toBe(stateString(path.state.value));
    }
    expect(table.states().length).toBe(11);
  });
});

describe('kubectl get -w', () => {
  test('prints a row per change and keeps the widest column widths (tabwriter RememberWidths)', () => {
    const c = createCluster({ seed: 1 });
    c.exec('kubectl run nginx --image=nginx');
    const r = c.exec('kubectl get pods -w');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(lines.some((l) => /^nginx {3}0\/1 {5}ContainerCreating {3}0 {10}\d+s$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^nginx {3}1\/1 {5}Running {13}0 {10}\d+s$/);
    expect(r.exitCode).toBe(0);
  });
});

describe('kubectl logs', () => {
  test('echo output, loops with sleep, --previous, and the real errors', () => {
    const c = createCluster({ seed: 2 });
    c.exec(`kubectl run ticker --image=busybox --command -- sh -c 'echo start; while true; do echo tick; sleep 5; done'`);
    c.exec('kubectl run once --image=busybox --restart=Never -- echo "Hello, Kubernetes!"');
    c.exec('kubectl run typo --image=nginxx');
    c.settle();
    c.advance(12_000);
    expect(c.exec('kubectl logs ticker').stdout).toBe('start\ntick\ntick\ntick\n');
    expect(c.exec('kubectl logs ticker --tail=1').stdout).toBe('tick\n');
    expect(c.exec('kubectl logs once').stdout).toBe('Hello, Kubernetes!\n');
    expect(c.exec('kubectl logs typo').stderr).toBe('Error from server (BadRequest): container "typo" in pod "typo" is waiting to start: trying and failing to pull image\n');
    expect(c.exec('kubectl logs ticker -p').stderr).toBe('Error from server (BadRequest): previous terminated container "ticker" in pod "ticker" not found\n');
    expect(c.exec('kubectl logs nope').stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    const logEntry = c.log.find((e) => e.kind === 'logs-reply');
    expect(logEntry?.from).toMatch(/^kubelet-node0\d$/);
  });

  test('a crash-looping container: logs of the latest run and of the previous one', () => {
    const c = createCluster({ seed: 3 });
    c.exec(`kubectl run crash --image=busybox --command -- sh -c 'echo boom; exit 1'`);
    c.settle();
    expect(c.exec('kubectl logs crash').stdout).toBe('boom\n');
    expect(c.exec('kubectl logs crash --previous').stdout).toBe('boom\n');
  });
});
