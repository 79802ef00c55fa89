import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

// The Job controller runs pods to completion (completions, parallelism, backoffLimit) and the
// CronJob controller starts Jobs on the virtual clock (history limits, concurrencyPolicy).
const job = (extra: string, command: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: work
spec:
${extra}  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox
        command: ["sh", "-c", "${command}"]
`;

describe('Job controller', () => {
  test('completions and parallelism: pods run to completion, two at a time, then Complete', () => {
    const c = createCluster({ seed: 3 });
    expect(c.exec('kubectl create -f job.yaml', { files: { 'job.yaml': job('  completions: 3\n  parallelism: 2\n', 'sleep 5') } }).exitCode).toBe(0);
    c.advance(3_000);
    expect(c.listObjects('pods', 'default').filter((p) => p.metadata.name?.startsWith('work-'))).toHaveLength(2);
    c.advance(30_000);
    expect(c.exec('kubectl get job work').stdout).toMatch(/^NAME +STATUS +COMPLETIONS +DURATION +AGE\nwork +Complete +3\/3 +\d+s +\d+s\n$/);
    expect(c.exec('kubectl describe job work').stdout).toContain('Normal  Completed         ');
  });

  test('backoffLimit: failed pods are replaced after a back-off until the limit, then Failed', () => {
    const c = createCluster({ seed: 3 });
    c.exec('kubectl create -f job.yaml', { files: { 'job.yaml': job('  backoffLimit: 1\n', 'exit 1') } });
    c.advance(60_000);
    const status = (c.getObject('jobs', 'default', 'work') as unknown as { status: { failed: number; conditions: { type: string; reason: string }[] } }).status;
    expect(status.failed).toBe(2);
    expect(status.conditions.map((x) => `${x.type}/${x.reason}`)).toEqual(['FailureTarget/BackoffLimitExceeded', 'Failed/BackoffLimitExceeded']);
    expect(c.exec('kubectl get job work').stdout).toMatch(/work +Failed +0\/1/);
  });

  test('an invalid restartPolicy is refused with the API server\'s text', () => {
    const c = createCluster({ seed: 3 });
    const r = c.exec('kubectl create -f job.yaml', { files: { 'job.yaml': job('', 'true').replace('restartPolicy: Never', 'restartPolicy: Always') } });
    expect(r.stderr).toBe('The Job "work" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"\n');
    expect(c.getObject('jobs', 'default', 'work')).toBeUndefined();
  });
});

describe('CronJob controller', () => {
  test('starts a Job per schedule time, named after the minute, and keeps successfulJobsHistoryLimit', () => {
    const c = createCluster({ seed: 3 });
    const cj = "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: tick\nspec:\n  schedule: '*/1 * * * *'\n  successfulJobsHistoryLimit: 1\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n          - name: tick\n            image: busybox\n            command: [date]\n";
    expect(c.exec('kubectl create -f cj.yaml', { files: { 'cj.yaml': cj } }).exitCode).toBe(0);
    c.advance(4 * 60_000 + 30_000);
    const jobs = c.listObjects('jobs', 'default').map((j) => j.metadata.name);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatch(/^tick-\d{8}$/);
    expect(c.exec('kubectl get cronjob tick').stdout).toMatch(/^NAME +SCHEDULE +TIMEZONE +SUSPEND +ACTIVE +LAST SCHEDULE +AGE\ntick +\*\/1 \* \* \* \* +<none> +false +0 +\d+s +4m\d+s\n$/);
  });

  test('an invalid schedule is refused with the cron parser\'s message', () => {
    const c = createCluster({ seed: 3 });
    const r = c.exec("kubectl create cronjob tick --image=busybox --schedule='61 * * * *'");
    expect(r.stderr).toBe('The CronJob "tick" is invalid: spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61\n');
  });
});
