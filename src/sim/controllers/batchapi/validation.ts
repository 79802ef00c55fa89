// API validation of batch/v1 Jobs and CronJobs (k/k pkg/apis/batch/validation), with the real
// field paths and messages for the rules a CKA exercise meets.
import type { FieldError } from '../../api/fieldErrors.ts';
import type { KubeObject, PodTemplateSpec } from '../../api/types.ts';
import { registerValidator, validatePodSpec } from '../../api/validation.ts';
import { matchesLabelSelector } from '../util/labelSelector.ts';
import { semanticEqual } from '../util/semanticEqual.ts';
import { CronParseError, parseCron } from './cron.ts';
import type { CronJob, Job, JobSpec } from './types.ts';

function nonNegative(value: unknown, field: string, errors: FieldError[]): void {
  if (typeof value === 'number' && value < 0) errors.push({ type: 'Invalid', field, value, detail: 'must be greater than or equal to 0' });
}

function validateJobTemplate(t: PodTemplateSpec | undefined, path: string, errors: FieldError[]): void {
  if (!t || !t.spec) {
    errors.push({ type: 'Required', field: `${path}.spec.containers` });
    return;
  }
  errors.push(...validatePodSpec(t.spec, `${path}.spec`));
  const rp = t.spec.restartPolicy;
  if (rp !== 'OnFailure' && rp !== 'Never') {
    errors.push({ type: 'Unsupported', field: `${path}.spec.restartPolicy`, value: rp ?? '', supported: ['OnFailure', 'Never'] });
  }
}

function validateJobSpec(spec: JobSpec | undefined, path: string, errors: FieldError[], checkSelector: boolean): void {
  if (!spec || typeof spec !== 'object') {
    errors.push({ type: 'Required', field: `${path}.template.spec.containers` });
    return;
  }
  nonNegative(spec.parallelism, `${path}.parallelism`, errors);
  nonNegative(spec.completions, `${path}.completions`, errors);
  nonNegative(spec.backoffLimit, `${path}.backoffLimit`, errors);
  if (typeof spec.activeDeadlineSeconds === 'number' && spec.activeDeadlineSeconds <= 0) {
    errors.push({ type: 'Invalid', field: `${path}.activeDeadlineSeconds`, value: spec.activeDeadlineSeconds, detail: 'must be greater than 0' });
  }
  nonNegative(spec.ttlSecondsAfterFinished, `${path}.ttlSecondsAfterFinished`, errors);
  if (spec.completionMode !== undefined && spec.completionMode !== 'NonIndexed' && spec.completionMode !== 'Indexed') {
    errors.push({ type: 'Unsupported', field: `${path}.completionMode`, value: spec.completionMode, supported: ['NonIndexed', 'Indexed'] });
  }
  if (checkSelector) {
    if (!spec.selector) errors.push({ type: 'Required', field: `${path}.selector` });
    else if (!matchesLabelSelector(spec.selector, spec.template?.metadata?.labels)) {
      errors.push({ type: 'Invalid', field: `${path}.template.metadata.labels`, value: spec.template?.metadata?.labels ?? {}, detail: '`selector` does not match template `labels`' });
    }
  }
  validateJobTemplate(spec.template, `${path}.template`, errors);
}

registerValidator('Job', (obj: KubeObject, old: KubeObject | undefined) => {
  const job = obj as Job;
  const errors: FieldError[] = [];
  validateJobSpec(job.spec, 'spec', errors, true);
  if (old) {
    const before = (old as Job).spec;
    if (!semanticEqual(job.spec?.selector, before?.selector)) errors.push({ type: 'Invalid', field: 'spec.selector', value: job.spec?.selector, detail: 'field is immutable' });
    if (!semanticEqual(job.spec?.completions, before?.completions)) errors.push({ type: 'Invalid', field: 'spec.completions', value: job.spec?.completions, detail: 'field is immutable' });
    // The template may change only while the Job is suspended (mutable scheduling directives).
    if (!before?.suspend && !semanticEqual(job.spec?.template, before?.template)) {
      errors.push({ type: 'Invalid', field: 'spec.template', value: job.spec?.template, detail: 'field is immutable' });
    }
  }
  return errors;
});

/** CronJob names leave room for the 11 characters of the Job name suffix. */
const CRONJOB_NAME_MAX = 52;

registerValidator('CronJob', (obj: KubeObject) => {
  const cj = obj as CronJob;
  const errors: FieldError[] = [];
  const name = cj.metadata.name ?? '';
  if (name.length > CRONJOB_NAME_MAX) errors.push({ type: 'Invalid', field: 'metadata.name', value: name, detail: `must be no more than ${CRONJOB_NAME_MAX} characters` });
  const spec = cj.spec;
  if (!spec || typeof spec !== 'object') return [...errors, { type: 'Required', field: 'spec.schedule' }];
  if (!spec.schedule) errors.push({ type: 'Required', field: 'spec.schedule' });
  else {
    try {
      parseCron(spec.schedule);
    } catch (e) {
      if (!(e instanceof CronParseError)) throw e;
      errors.push({ type: 'Invalid', field: 'spec.schedule', value: spec.schedule, detail: e.message });
    }
  }
  nonNegative(spec.startingDeadlineSeconds, 'spec.startingDeadlineSeconds', errors);
  nonNegative(spec.successfulJobsHistoryLimit, 'spec.successfulJobsHistoryLimit', errors);
  nonNegative(spec.failedJobsHistoryLimit, 'spec.failedJobsHistoryLimit', errors);
  const policy = spec.concurrencyPolicy;
  if (policy !== undefined && !['Allow', 'Forbid', 'Replace'].includes(policy)) {
    errors.push({ type: 'Unsupported', field: 'spec.concurrencyPolicy', value: policy, supported: ['Allow', 'Forbid', 'Replace'] });
  }
  validateJobSpec(spec.jobTemplate?.spec, 'spec.jobTemplate.spec', errors, false);
  return errors;
});
