// The CronJob controller's reconcile, pure (k/k pkg/controller/cronjob/cronjob_controllerv2.go
// syncCronJob): track the CronJob's Jobs in status.active, note finished ones (SawCompletedJob,
// lastSuccessfulTime), delete finished Jobs beyond the history limits, and at a schedule time start a
// Job named <cronjob>-<scheduled time in minutes since the epoch>, following concurrencyPolicy
// (Allow, Forbid: skip while one runs, Replace: delete the running ones first) and
// startingDeadlineSeconds. The schedule is read in UTC.
import { newControllerRef } from '../util/controllerRefManager.ts';
import { deepClone } from '../util/semanticEqual.ts';
import { formatTime, parseTime } from '../util/time.ts';
import { CronParseError, nextScheduleAfter, parseCron } from '../batchapi/cron.ts';
import { isJobFinished, type CronJob, type CronJobStatus, type Job } from '../batchapi/types.ts';

export const SCHEDULED_TIMESTAMP_ANNOTATION = 'batch.kubernetes.io/cronjob-scheduled-timestamp';

export interface CronJobPlan {
  status: CronJobStatus;
  /** Events about Jobs seen finished (SawCompletedJob). */
  sawCompleted: { job: Job; condition: string }[];
  /** Jobs to delete: past the history limits, or running ones replaced (concurrencyPolicy Replace). */
  delete: Job[];
  /** The Job to start now, at this scheduled time. */
  create?: { job: Job; scheduledMs: number };
  /** The next schedule time to wake up at. */
  nextMs?: number;
  /** Forbid skipped a run (the controller only logs it). */
  skipped?: boolean;
}

export function childJobs(cj: CronJob, jobs: Job[]): Job[] {
  return jobs.filter((j) => j.metadata.namespace === cj.metadata.namespace && j.metadata.ownerReferences?.some((r) => r.controller && r.uid === cj.metadata.uid));
}

function startedAt(job: Job): string {
  return job.status?.startTime ?? job.metadata.creationTimestamp ?? '';
}

/** The newest missed schedule time in (earliest, now], if any. */
function mostRecentSchedule(schedule: string, earliestMs: number, nowMs: number): { scheduled?: number; next?: number } {
  let parsed;
  try {
    parsed = parseCron(schedule);
  } catch (e) {
    if (e instanceof CronParseError) return {};
    throw e;
  }
  let scheduled: number | undefined;
  let t = nextScheduleAfter(parsed, earliestMs);
  // Stop after many missed runs, as the controller caps what it looks back at.
  for (let i = 0; t !== undefined && t <= nowMs && i < 1000; i++) {
    scheduled = t;
    t = nextScheduleAfter(parsed, t);
  }
  return { scheduled, next: t };
}

export function newJobFromCronJob(cj: CronJob, scheduledMs: number): Job {
  const template = cj.spec.jobTemplate ?? { spec: {} };
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: `${cj.metadata.name}-${Math.floor(scheduledMs / 60_000)}`,
      namespace: cj.metadata.namespace,
      labels: { ...(template.metadata?.labels ?? {}) },
      annotations: { ...(template.metadata?.annotations ?? {}), [SCHEDULED_TIMESTAMP_ANNOTATION]: formatTime(scheduledMs) },
      ownerReferences: [newControllerRef(cj)],
    },
    spec: deepClone(template.spec),
  } as Job;
}

export function planCronJobSync(cj: CronJob, jobs: Job[], nowMs: number): CronJobPlan {
  const children = childJobs(cj, jobs);
  const prev = cj.status ?? {};
  const status: CronJobStatus = { ...prev };
  const plan: CronJobPlan = { status, sawCompleted: [], delete: [] };
  const running = children.filter((j) => !isJobFinished(j) && !j.metadata.deletionTimestamp);
  for (const j of children) {
    const finished = isJobFinished(j);
    if (finished && prev.active?.some((a) => a.uid === j.metadata.uid)) plan.sawCompleted.push({ job: j, condition: finished });
    if (finished === 'Complete') {
      const t = j.status?.completionTime;
      if (t && (!status.lastSuccessfulTime || t > status.lastSuccessfulTime)) status.lastSuccessfulTime = t;
    }
  }
  const active = running.map((j) => ({ apiVersion: 'batch/v1', kind: 'Job', name: j.metadata.name ?? '', namespace: j.metadata.namespace, resourceVersion: j.metadata.resourceVersion, uid: j.metadata.uid }));
  if (active.length) status.active = active;
  else delete status.active;
  // History limits: the oldest finished Jobs go first.
  for (const [type, limit] of [['Complete', cj.spec.successfulJobsHistoryLimit ?? 3], ['Failed', cj.spec.failedJobsHistoryLimit ?? 1]] as const) {
    const finished = children.filter((j) => isJobFinished(j) === type && !j.metadata.deletionTimestamp).sort((a, b) => startedAt(a).localeCompare(startedAt(b)));
    plan.delete.push(...finished.slice(0, Math.max(0, finished.length - limit)));
  }
  if (cj.spec.suspend || cj.metadata.deletionTimestamp) return plan;
  const earliest = parseTime(prev.lastScheduleTime) ?? parseTime(cj.metadata.creationTimestamp) ?? nowMs;
  const { scheduled, next } = mostRecentSchedule(cj.spec.schedule, earliest, nowMs);
  plan.nextMs = next;
  if (scheduled === undefined) return plan;
  const deadline = cj.spec.startingDeadlineSeconds;
  if (deadline !== undefined && nowMs > scheduled + deadline * 1000) return plan;
  const policy = cj.spec.concurrencyPolicy ?? 'Allow';
  if (policy === 'Forbid' && running.length) {
    plan.skipped = true;
    return plan;
  }
  if (policy === 'Replace') plan.delete.push(...running);
  const job = newJobFromCronJob(cj, scheduled);
  if (children.some((j) => j.metadata.name === job.metadata.name)) {
    status.lastScheduleTime = formatTime(scheduled);
    return plan;
  }
  plan.create = { job, scheduledMs: scheduled };
  return plan;
}
