// The Job controller's reconcile, pure (k/k pkg/controller/job/job_controller.go syncJob, for
// NonIndexed Jobs): count the Job's pods, create pods up to min(parallelism, completions left),
// fail the Job past its backoffLimit (failed pods with restartPolicy Never, container restarts with
// OnFailure) or its activeDeadlineSeconds, complete it once enough pods succeeded, and delete its
// running pods when it is suspended or has failed.
import type { Condition, Pod } from '../../api/types.ts';
import { newControllerRef } from '../util/controllerRefManager.ts';
import { isPodReady } from '../util/podUtil.ts';
import { deepClone } from '../util/semanticEqual.ts';
import { formatTime, parseTime } from '../util/time.ts';
import type { Job, JobStatus } from '../batchapi/types.ts';
import { isJobFinished } from '../batchapi/types.ts';

/** The pod failure back-off: 10 s doubled per failure, at most 6 minutes (DefaultJobPodFailureBackOff). */
export const POD_FAILURE_BACKOFF_MS = 10_000;
export const MAX_POD_FAILURE_BACKOFF_MS = 360_000;

export interface JobFinish {
  type: 'Complete' | 'Failed';
  reason: string;
  message: string;
}

export interface JobPlan {
  create: number;
  /** Create only after this time (failure back-off), if later than now. */
  createAt?: number;
  delete: Pod[];
  status: JobStatus;
  /** Set when this sync finishes the Job. */
  finish?: JobFinish;
  /** Recheck at this time (activeDeadlineSeconds). */
  recheckAt?: number;
}

function condition(type: string, reason: string, message: string, now: string): Condition {
  return { type, status: 'True', lastProbeTime: now, lastTransitionTime: now, reason, message };
}

export function ownedPods(job: Job, pods: Pod[]): Pod[] {
  const uid = job.metadata.uid;
  return pods.filter((p) => p.metadata.namespace === job.metadata.namespace && p.metadata.ownerReferences?.some((r) => r.controller && r.uid === uid));
}

function finishedAt(pod: Pod): number | undefined {
  let latest: number | undefined;
  for (const s of pod.status?.containerStatuses ?? []) {
    const t = parseTime(s.state.terminated?.finishedAt ?? s.lastState?.terminated?.finishedAt);
    if (t !== undefined && (latest === undefined || t > latest)) latest = t;
  }
  return latest;
}

export function planJobSync(job: Job, allPods: Pod[], nowMs: number): JobPlan {
  const now = formatTime(nowMs);
  const prev = job.status ?? {};
  const pods = ownedPods(job, allPods);
  const terminal = (p: Pod) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
  const active = pods.filter((p) => !terminal(p) && !p.metadata.deletionTimestamp);
  const terminating = pods.filter((p) => !terminal(p) && p.metadata.deletionTimestamp).length;
  const succeededPods = pods.filter((p) => p.status?.phase === 'Succeeded');
  const failedPods = pods.filter((p) => p.status?.phase === 'Failed');
  const succeeded = Math.max(prev.succeeded ?? 0, succeededPods.length);
  const failed = Math.max(prev.failed ?? 0, failedPods.length);
  const spec = job.spec;
  const status: JobStatus = {
    ...(prev.conditions ? { conditions: prev.conditions } : {}),
    ...(prev.startTime ? { startTime: prev.startTime } : {}),
    ...(prev.completionTime ? { completionTime: prev.completionTime } : {}),
    ...(active.length ? { active: active.length } : {}),
    ...(succeeded ? { succeeded } : {}),
    ...(failed ? { failed } : {}),
    terminating,
    ready: active.filter(isPodReady).length,
    uncountedTerminatedPods: {},
  };
  const plan: JobPlan = { create: 0, delete: [], status };
  if (isJobFinished(job)) return plan;
  if (spec.suspend) {
    plan.delete = active;
    if (active.length) delete status.active;
    const suspended = status.conditions?.find((c) => c.type === 'Suspended');
    if (!suspended || suspended.status !== 'True') {
      status.conditions = [...(status.conditions ?? []).filter((c) => c.type !== 'Suspended'), condition('Suspended', 'JobSuspended', 'Job suspended', now)];
    }
    return plan;
  }
  const wasSuspended = status.conditions?.find((c) => c.type === 'Suspended' && c.status === 'True');
  if (wasSuspended) {
    status.conditions = status.conditions!.map((c) => (c.type === 'Suspended' ? { ...c, status: 'False', reason: 'JobResumed', message: 'Job resumed', lastTransitionTime: now, lastProbeTime: now } : c));
    status.startTime = now;
  }
  status.startTime ??= now;
  const backoffLimit = spec.backoffLimit ?? 6;
  const restarts = spec.template.spec.restartPolicy === 'OnFailure'
    ? active.reduce((n, p) => n + (p.status?.containerStatuses ?? []).reduce((m, c) => m + (c.restartCount ?? 0), 0), 0)
    : 0;
  const pastBackoff = failed > backoffLimit || (spec.template.spec.restartPolicy === 'OnFailure' && (backoffLimit === 0 ? restarts > 0 : restarts >= backoffLimit));
  const started = parseTime(status.startTime) ?? nowMs;
  const deadline = spec.activeDeadlineSeconds !== undefined ? started + spec.activeDeadlineSeconds * 1000 : undefined;
  let finish: JobFinish | undefined;
  if (pastBackoff) finish = { type: 'Failed', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' };
  else if (deadline !== undefined && nowMs >= deadline) finish = { type: 'Failed', reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' };
  const completions = spec.completions;
  const done = completions === undefined ? succeeded > 0 && active.length === 0 : succeeded >= completions;
  if (!finish && done) finish = { type: 'Complete', reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' };
  if (finish) {
    // The interim condition (FailureTarget / SuccessCriteriaMet) comes first, as the 1.33 controller writes both.
    const interim = finish.type === 'Failed' ? 'FailureTarget' : 'SuccessCriteriaMet';
    status.conditions = [...(status.conditions ?? []), condition(interim, finish.reason, finish.message, now), condition(finish.type, finish.reason, finish.message, now)];
    if (finish.type === 'Complete') status.completionTime = now;
    plan.delete = active;
    delete status.active;
    status.ready = 0;
    plan.finish = finish;
    return plan;
  }
  if (deadline !== undefined) plan.recheckAt = deadline;
  const parallelism = spec.parallelism ?? 1;
  const wantActive = completions === undefined ? (succeeded > 0 ? 0 : parallelism) : Math.max(0, Math.min(parallelism, completions - succeeded));
  if (active.length > wantActive) {
    plan.delete = [...active].sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? '')).slice(0, active.length - wantActive);
  } else if (active.length < wantActive) {
    plan.create = wantActive - active.length;
    if (failed > 0) {
      const lastFailure = Math.max(...failedPods.map((p) => finishedAt(p) ?? 0), 0);
      const backoff = Math.min(POD_FAILURE_BACKOFF_MS * 2 ** (failed - 1), MAX_POD_FAILURE_BACKOFF_MS);
      if (lastFailure + backoff > nowMs) plan.createAt = lastFailure + backoff;
    }
  }
  return plan;
}

/** A pod of the Job, from its template (the controller's pod control; names are generated). */
export function newJobPod(job: Job): Pod {
  const t = job.spec.template;
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `${job.metadata.name}-`,
      namespace: job.metadata.namespace,
      labels: { ...(t.metadata?.labels ?? {}) },
      ownerReferences: [newControllerRef(job)],
    },
    spec: deepClone(t.spec),
  };
  if (t.metadata?.annotations) pod.metadata.annotations = { ...t.metadata.annotations };
  return pod;
}
