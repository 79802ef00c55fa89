// The CronJob controller as a kube-controller-manager plugin: CronJob and Job events -> work
// queue -> planCronJobSync -> delete old or replaced Jobs, create the scheduled Job, update status,
// and wake up again at the next schedule time on the virtual clock.
import { storeKey } from '../../apiserver/client.ts';
import type { ControllerAction } from '../util/actions.ts';
import { objectEvent } from '../util/objectEvent.ts';
import { semanticEqual } from '../util/semanticEqual.ts';
import { formatTime } from '../util/time.ts';
import type { ControllerHost, ControllerPlugin, InformerEvent } from '../manager/controllerPlugin.ts';
import { WorkQueue, splitKey } from '../manager/workQueue.ts';
import type { CronJob, Job } from '../batchapi/types.ts';
import { planCronJobSync } from './cronJobSync.ts';

const NAME = 'cronjob-controller';

const cronEvent = (obj: CronJob, type: 'Normal' | 'Warning', reason: string, message: string) => objectEvent(obj, NAME, type, reason, message);

class CronJobControllerLoop {
  private readonly queue: WorkQueue;

  constructor(private readonly host: ControllerHost) {
    this.queue = new WorkQueue(host, NAME, (key, done) => this.sync(key, done), 'cronjobs');
  }

  onSynced(): void {
    for (const cj of this.host.informer('cronjobs').list()) this.queue.add(storeKey(cj));
  }

  onEvent(e: InformerEvent): void {
    if (e.resource === 'cronjobs') {
      const key = storeKey(e.object);
      if (e.type === 'delete') this.queue.forget(key);
      this.queue.add(key);
      return;
    }
    const job = e.object as Job;
    const ref = job.metadata.ownerReferences?.find((r) => r.controller === true && r.kind === 'CronJob');
    if (!ref) return;
    const cj = this.host.informer('cronjobs').get(job.metadata.namespace, ref.name);
    if (cj && cj.metadata.uid === ref.uid) this.queue.add(storeKey(cj));
  }

  private sync(key: string, done: () => void): void {
    const [ns, name] = splitKey(key);
    const cj = this.host.informer('cronjobs').get(ns, name) as CronJob | undefined;
    if (!cj) return done();
    const nowMs = this.host.nowMs();
    const plan = planCronJobSync(cj, this.host.informer('jobs').list() as Job[], nowMs);
    if (plan.nextMs !== undefined) this.queue.addAfter(key, plan.nextMs - nowMs, { id: 'controller.timed-resync', params: { controller: NAME, name } });
    const actions: ControllerAction[] = [];
    for (const { job, condition } of plan.sawCompleted) {
      actions.push({ type: 'event', event: cronEvent(cj, 'Normal', 'SawCompletedJob', `Saw completed job: ${job.metadata.name}, condition: ${condition}`) });
    }
    for (const job of plan.delete) {
      actions.push({
        type: 'delete',
        target: { apiVersion: 'batch/v1', kind: 'Job', namespace: job.metadata.namespace, name: job.metadata.name ?? '', uid: job.metadata.uid },
        preconditionUid: job.metadata.uid,
        event: cronEvent(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${job.metadata.name}`),
      });
    }
    const finish = (ok: boolean) => {
      if (!ok) this.queue.addRateLimited(key, { id: 'controller.retry-sync', params: { controller: NAME, name } });
      else this.queue.succeeded(key);
      done();
    };
    const writeStatus = (status: CronJob['status']) => {
      if (semanticEqual(status, cj.status)) return finish(true);
      this.host.execute(NAME, [{ type: 'updateStatus', object: { ...cj, status } }], { onDone: finish });
    };
    this.host.execute(NAME, actions, {
      onDone: (ok) => {
        if (!ok || !plan.create) return ok ? writeStatus(plan.status) : finish(false);
        const { job, scheduledMs } = plan.create;
        let created: Job | undefined;
        this.host.execute(NAME, [{
          type: 'create',
          object: job,
          event: (result) => cronEvent(cj, 'Normal', 'SuccessfulCreate', `Created job ${result.metadata.name}`),
          failureEvent: (err) => cronEvent(cj, 'Warning', 'FailedCreate', `Error creating job: ${err}`),
        }], {
          onResult: (_action, result) => {
            created = result as Job | undefined;
          },
          onDone: (createdOk) => {
            if (!createdOk) return finish(false);
            const ref = { apiVersion: 'batch/v1', kind: 'Job', name: created?.metadata.name ?? job.metadata.name ?? '', namespace: cj.metadata.namespace, resourceVersion: created?.metadata.resourceVersion, uid: created?.metadata.uid };
            writeStatus({ ...plan.status, active: [...(plan.status.active ?? []), ref], lastScheduleTime: formatTime(scheduledMs) });
          },
        });
      },
    });
  }
}

export const cronJobControllerPlugin: ControllerPlugin = {
  name: NAME,
  resources: ['cronjobs', 'jobs'],
  start: (host) => new CronJobControllerLoop(host),
};
