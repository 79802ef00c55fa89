// API defaulting of batch/v1 Jobs and CronJobs (k/k pkg/apis/batch/v1/defaults.go) and the Job
// strategy's generated selector (pkg/registry/batch/job/strategy.go generateSelector): the pods of a
// Job are selected by its uid, and its template carries the job-name and controller-uid labels.
import { registerDefaulter } from '../../api/defaults.ts';
import type { KubeObject } from '../../api/types.ts';
import { defaultPodTemplateSpec } from '../appsapi/templateDefaults.ts';
import type { CronJob, Job, JobSpec } from './types.ts';

export const CONTROLLER_UID_LABEL = 'batch.kubernetes.io/controller-uid';
export const JOB_NAME_LABEL = 'batch.kubernetes.io/job-name';
/** The labels of before 1.27, still set beside the prefixed ones. */
const LEGACY_UID_LABEL = 'controller-uid';
const LEGACY_NAME_LABEL = 'job-name';

export function defaultJobSpec(spec: JobSpec | undefined): void {
  if (!spec || typeof spec !== 'object') return;
  if (spec.completions === undefined && spec.parallelism === undefined) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  spec.backoffLimit ??= 6;
  spec.completionMode ??= 'NonIndexed';
  spec.suspend ??= false;
  spec.podReplacementPolicy ??= 'TerminatingOrFailed';
  defaultPodTemplateSpec(spec.template);
}

function defaultJob(job: Job): void {
  const spec = job.spec;
  if (!spec || typeof spec !== 'object') return;
  defaultJobSpec(spec);
  const uid = job.metadata.uid;
  if (uid && spec.manualSelector !== true && spec.template && typeof spec.template === 'object') {
    spec.selector ??= { matchLabels: { [CONTROLLER_UID_LABEL]: uid } };
    const meta = (spec.template.metadata ??= {});
    meta.labels = { ...(meta.labels ?? {}), [CONTROLLER_UID_LABEL]: uid, [JOB_NAME_LABEL]: job.metadata.name ?? '', [LEGACY_UID_LABEL]: uid, [LEGACY_NAME_LABEL]: job.metadata.name ?? '' };
  }
  const templateLabels = spec.template?.metadata?.labels;
  if (templateLabels && Object.keys(job.metadata.labels ?? {}).length === 0) job.metadata.labels = { ...templateLabels };
}

function defaultCronJob(cj: CronJob): void {
  const spec = cj.spec;
  if (!spec || typeof spec !== 'object') return;
  spec.concurrencyPolicy ??= 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  if (spec.jobTemplate?.spec && typeof spec.jobTemplate.spec === 'object') defaultPodTemplateSpec(spec.jobTemplate.spec.template);
}

registerDefaulter('Job', (o: KubeObject) => defaultJob(o as Job));
registerDefaulter('CronJob', (o: KubeObject) => defaultCronJob(o as CronJob));
