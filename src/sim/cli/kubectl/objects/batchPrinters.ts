// `kubectl get jobs|cronjobs` columns (k/k pkg/printers/internalversion printJob, printCronJob, 1.33:
// jobs have a STATUS column since 1.30, cronjobs a TIMEZONE column).
import { parseTimestamp } from '../../../api/meta.ts';
import type { CronJob, Job } from '../../../controllers/batchapi/types.ts';
import { age, humanDuration } from '../age.ts';
import { formatLabelSelector } from '../printers.ts';
import { registerPrinter } from '../registry.ts';

function hasCondition(job: Job, type: string): boolean {
  return !!job.status?.conditions?.some((c) => c.type === type && c.status === 'True');
}

export function jobStatusWord(job: Job): string {
  if (hasCondition(job, 'Complete')) return 'Complete';
  if (hasCondition(job, 'Failed')) return 'Failed';
  if (job.metadata.deletionTimestamp) return 'Terminating';
  if (hasCondition(job, 'Suspended')) return 'Suspended';
  if (hasCondition(job, 'FailureTarget')) return 'FailureTarget';
  if (hasCondition(job, 'SuccessCriteriaMet')) return 'SuccessCriteriaMet';
  return 'Running';
}

export function jobCompletions(job: Job): string {
  const succeeded = job.status?.succeeded ?? 0;
  if (job.spec.completions !== undefined) return `${succeeded}/${job.spec.completions}`;
  const parallelism = job.spec.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

export function jobDuration(job: Job, now: number): string {
  const start = job.status?.startTime;
  if (!start) return '';
  const end = job.status?.completionTime;
  const endMs = end ? parseTimestamp(end) ?? now : now;
  return humanDuration(endMs - (parseTimestamp(start) ?? endMs));
}

function containersAndImages(spec: { containers?: { name: string; image?: string }[] } | undefined): string[] {
  const c = spec?.containers ?? [];
  return [c.map((x) => x.name).join(','), c.map((x) => x.image ?? '').join(',')];
}

registerPrinter({
  resource: 'jobs',
  columns: (wide) => ['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
  row(obj, { now, wide }) {
    const job = obj as Job;
    const row = [job.metadata.name!, jobStatusWord(job), jobCompletions(job), jobDuration(job, now), age(job.metadata.creationTimestamp, now)];
    if (wide) row.push(...containersAndImages(job.spec.template?.spec), formatLabelSelector(job.spec.selector));
    return row;
  },
});

registerPrinter({
  resource: 'cronjobs',
  columns: (wide) => ['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
  row(obj, { now, wide }) {
    const cj = obj as CronJob;
    const last = cj.status?.lastScheduleTime;
    const row = [
      cj.metadata.name!, cj.spec.schedule, cj.spec.timeZone ?? '<none>', String(cj.spec.suspend ?? false), String(cj.status?.active?.length ?? 0),
      last ? age(last, now) : '<none>', age(cj.metadata.creationTimestamp, now),
    ];
    if (wide) row.push(...containersAndImages(cj.spec.jobTemplate?.spec?.template?.spec), formatLabelSelector(cj.spec.jobTemplate?.spec?.selector));
    return row;
  },
});
