// The Job controller as a kube-controller-manager plugin: Job and pod events -> work queue ->
// planJobSync -> create or delete pods, then the Job's status (and the events kubectl describe
// shows: SuccessfulCreate, SuccessfulDelete, Completed, BackoffLimitExceeded, DeadlineExceeded).
// Simplification: pods carry no batch.kubernetes.io/job-tracking finalizer; finished pods are
// counted while they exist (and never counted down: status keeps the highest count seen).
import type { Pod } from '../../api/types.ts';
import { storeKey } from '../../apiserver/client.ts';
import type { ControllerAction } from '../util/actions.ts';
import { objectEvent } from '../util/objectEvent.ts';
import { ControllerExpectations } from '../util/expectations.ts';
import { semanticEqual } from '../util/semanticEqual.ts';
import type { ControllerHost, ControllerPlugin, InformerEvent } from '../manager/controllerPlugin.ts';
import { WorkQueue, splitKey } from '../manager/workQueue.ts';
import type { Job } from '../batchapi/types.ts';
import { newJobPod, planJobSync } from './jobSync.ts';

const NAME = 'job-controller';

const jobEvent = (obj: Job, type: 'Normal' | 'Warning', reason: string, message: string) => objectEvent(obj, NAME, type, reason, message);

class JobControllerLoop {
  private readonly expectations = new ControllerExpectations();
  private readonly queue: WorkQueue;

  constructor(private readonly host: ControllerHost) {
    this.queue = new WorkQueue(host, NAME, (key, done) => this.sync(key, done), 'jobs');
  }

  onSynced(): void {
    for (const job of this.host.informer('jobs').list()) this.queue.add(storeKey(job));
  }

  onEvent(e: InformerEvent): void {
    if (e.resource === 'jobs') {
      const key = storeKey(e.object);
      if (e.type === 'delete') {
        this.expectations.delete(key);
        this.queue.forget(key);
      }
      this.queue.add(key);
      return;
    }
    const pod = e.object as Pod;
    const ref = pod.metadata.ownerReferences?.find((r) => r.controller === true && r.kind === 'Job');
    if (!ref) return;
    const job = this.host.informer('jobs').get(pod.metadata.namespace, ref.name);
    if (!job || job.metadata.uid !== ref.uid) return;
    const key = storeKey(job);
    if (e.type === 'add' && !pod.metadata.deletionTimestamp) this.expectations.creationObserved(key);
    const wasDeleting = !!(e.old as Pod | undefined)?.metadata.deletionTimestamp;
    if (e.type === 'delete' || (pod.metadata.deletionTimestamp && !wasDeleting)) this.expectations.deletionObserved(key);
    this.queue.add(key);
  }

  private sync(key: string, done: () => void): void {
    const [ns, name] = splitKey(key);
    const job = this.host.informer('jobs').get(ns, name) as Job | undefined;
    if (!job || job.metadata.deletionTimestamp) {
      this.expectations.delete(key);
      return done();
    }
    const nowMs = this.host.nowMs();
    const pods = this.host.informer('pods').list() as Pod[];
    const satisfied = this.expectations.satisfied(key, nowMs);
    const plan = planJobSync(job, pods, nowMs);
    if (plan.recheckAt !== undefined) this.queue.addAfter(key, Math.max(0, plan.recheckAt - nowMs), { id: 'controller.timed-resync', params: { controller: NAME, name } });
    let create = satisfied ? plan.create : 0;
    if (create > 0 && plan.createAt !== undefined) {
      this.queue.addAfter(key, plan.createAt - nowMs, { id: 'controller.timed-resync', params: { controller: NAME, name } });
      create = 0;
    }
    const deletes = satisfied || plan.finish ? plan.delete : [];
    if (create) this.expectations.expectCreations(key, create, nowMs);
    if (deletes.length) this.expectations.expectDeletions(key, deletes.length, nowMs);
    const actions: ControllerAction[] = [];
    for (let i = 0; i < create; i++) {
      actions.push({
        type: 'create',
        object: newJobPod(job),
        event: (created) => jobEvent(job, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`),
        failureEvent: (err) => jobEvent(job, 'Warning', 'FailedCreate', `Error creating: ${err}`),
      });
    }
    for (const pod of deletes) {
      actions.push({
        type: 'delete',
        target: { apiVersion: 'v1', kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name ?? '', uid: pod.metadata.uid },
        preconditionUid: pod.metadata.uid,
        event: jobEvent(job, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`),
      });
    }
    if (!semanticEqual(plan.status, job.status)) actions.push({ type: 'updateStatus', object: { ...job, status: plan.status } });
    if (plan.finish?.type === 'Complete') actions.push({ type: 'event', event: jobEvent(job, 'Normal', 'Completed', 'Job completed') });
    else if (plan.finish) actions.push({ type: 'event', event: jobEvent(job, 'Warning', plan.finish.reason, plan.finish.message) });
    if (!actions.length) {
      this.queue.succeeded(key);
      return done();
    }
    this.host.execute(NAME, actions, {
      onDone: (ok) => {
        if (!ok) this.queue.addRateLimited(key, { id: 'controller.retry-sync', params: { controller: NAME, name } });
        else this.queue.succeeded(key);
        done();
      },
    });
  }
}

export const jobControllerPlugin: ControllerPlugin = {
  name: NAME,
  resources: ['jobs', 'pods'],
  start: (host) => new JobControllerLoop(host),
};
