// The DaemonSet controller as a kube-controller-manager plugin: DaemonSet, pod and node events ->
// work queue -> planDaemonSetSync -> adopt/release, create one pod per node that should run one
// (bound by the scheduler through the node name affinity), delete extra, failed or misplaced
// pods -> status. Expectations keep a sync from acting on a cache that has not yet seen its pods.
import type { Node, Pod } from '../../api/types.ts';
import { storeKey } from '../../apiserver/client.ts';
import type { ControllerAction, ControllerEvent } from '../util/actions.ts';
import { ControllerExpectations } from '../util/expectations.ts';
import { semanticEqual } from '../util/semanticEqual.ts';
import { isPodAvailable, isPodReady } from '../util/podUtil.ts';
import type { ControllerHost, ControllerPlugin, InformerEvent } from '../manager/controllerPlugin.ts';
import { WorkQueue, splitKey } from '../manager/workQueue.ts';
import { matchesLabelSelector } from '../util/labelSelector.ts';
import { newDaemonPod, planDaemonSetSync, type DaemonSet } from './daemonSetSync.ts';

const NAME = 'daemonset-controller';

function dsEvent(ds: DaemonSet, type: 'Normal' | 'Warning', reason: string, message: string): ControllerEvent {
  return {
    involvedObject: { apiVersion: 'apps/v1', kind: 'DaemonSet', namespace: ds.metadata.namespace, name: ds.metadata.name ?? '', uid: ds.metadata.uid },
    type, reason, message, source: NAME,
  };
}

class DaemonSetControllerLoop {
  private readonly expectations = new ControllerExpectations();
  private readonly queue: WorkQueue;

  constructor(private readonly host: ControllerHost) {
    this.queue = new WorkQueue(host, NAME, (key, done) => this.sync(key, done), 'daemonsets');
  }

  private daemonSets(): DaemonSet[] {
    return this.host.informer('daemonsets').list() as DaemonSet[];
  }

  onSynced(): void {
    for (const ds of this.daemonSets()) this.queue.add(storeKey(ds));
  }

  onEvent(e: InformerEvent): void {
    if (e.resource === 'daemonsets') {
      const key = storeKey(e.object);
      if (e.type === 'delete') {
        this.expectations.delete(key);
        this.queue.forget(key);
      }
      this.queue.add(key);
      return;
    }
    if (e.resource === 'nodes') {
      // A node added, relabelled, tainted or gone changes where daemon pods should run; heartbeats do not.
      if (e.type === 'update' && !nodeChangedForDaemons(e.old as Node, e.object as Node)) return;
      for (const ds of this.daemonSets()) this.queue.add(storeKey(ds));
      return;
    }
    const pod = e.object as Pod;
    const owner = this.ownerKey(pod);
    if (owner) {
      if (e.type === 'add' && !pod.metadata.deletionTimestamp) this.expectations.creationObserved(owner);
      const wasDeleting = !!(e.old as Pod | undefined)?.metadata.deletionTimestamp;
      if (e.type === 'delete' || (pod.metadata.deletionTimestamp && !wasDeleting)) this.expectations.deletionObserved(owner);
      this.queue.add(owner);
      return;
    }
    // An orphan whose labels match a DaemonSet: it may be adopted.
    for (const ds of this.daemonSets()) {
      if (ds.metadata.namespace === pod.metadata.namespace && matchesLabelSelector(ds.spec.selector, pod.metadata.labels)) this.queue.add(storeKey(ds));
    }
  }

  private ownerKey(pod: Pod): string | undefined {
    const ref = pod.metadata.ownerReferences?.find((r) => r.controller === true);
    if (!ref || ref.kind !== 'DaemonSet') return undefined;
    const ds = this.host.informer('daemonsets').get(pod.metadata.namespace, ref.name);
    return ds && ds.metadata.uid === ref.uid ? storeKey(ds) : undefined;
  }

  private sync(key: string, done: () => void): void {
    const [ns, name] = splitKey(key);
    const ds = this.host.informer('daemonsets').get(ns, name) as DaemonSet | undefined;
    if (!ds) {
      this.expectations.delete(key);
      return done();
    }
    const nowMs = this.host.nowMs();
    const nodes = this.host.informer('nodes').list() as Node[];
    const pods = (this.host.informer('pods').list() as Pod[]).filter((p) => p.metadata.namespace === ns);
    const plan = planDaemonSetSync(ds, nodes, pods, nowMs);
    const actions: ControllerAction[] = [
      ...plan.claim.adopt.map((p): ControllerAction => ({ type: 'update', object: p, narration: { id: 'controller.adopt', params: { controller: NAME, pod: p.metadata.name ?? '' } } })),
      ...plan.claim.release.map((p): ControllerAction => ({ type: 'update', object: p, narration: { id: 'controller.release', params: { controller: NAME, pod: p.metadata.name ?? '' } } })),
    ];
    const manage = this.expectations.satisfied(key, nowMs) && !ds.metadata.deletionTimestamp;
    if (manage) {
      for (const p of plan.failed) {
        actions.push({ type: 'event', event: dsEvent(ds, 'Warning', 'FailedDaemonPod', `Found failed daemon pod ${p.metadata.namespace}/${p.metadata.name} on node ${p.spec.nodeName}, will try to kill it`) });
      }
      if (plan.create.length) this.expectations.expectCreations(key, plan.create.length, nowMs);
      if (plan.delete.length) this.expectations.expectDeletions(key, plan.delete.length, nowMs);
    }
    this.host.execute(NAME, actions, {
      onDone: () => {
        let pending = manage ? plan.create.length + plan.delete.length : 0;
        let failed = false;
        const finish = () => {
          const status = plan.status;
          const minReady = ds.spec.minReadySeconds ?? 0;
          if (minReady > 0 && plan.claim.claimed.some((p) => isPodReady(p) && !isPodAvailable(p, minReady, nowMs))) {
            this.queue.addAfter(key, minReady * 1000, { id: 'controller.min-ready-recheck', params: { controller: NAME, name } });
          }
          if (!semanticEqual(status, ds.status)) this.host.execute(NAME, [{ type: 'updateStatus', object: { ...ds, status } }]);
          if (failed) this.queue.addRateLimited(key, { id: 'controller.retry-sync', params: { controller: NAME, name } });
          else this.queue.succeeded(key);
          done();
        };
        if (pending === 0) return finish();
        const answered = (ok: boolean, isCreate: boolean) => {
          if (!ok) {
            failed = true;
            if (isCreate) this.expectations.creationObserved(key);
            else this.expectations.deletionObserved(key);
          }
          if (--pending === 0) finish();
        };
        for (const node of plan.create) {
          this.host.execute(NAME, [{
            type: 'create',
            object: newDaemonPod(ds, node),
            event: (created) => dsEvent(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`),
            failureEvent: (err) => dsEvent(ds, 'Warning', 'FailedCreate', `Error creating: ${err}`),
          }], { onDone: (ok) => answered(ok, true) });
        }
        for (const pod of plan.delete) {
          this.host.execute(NAME, [{
            type: 'delete',
            target: { apiVersion: 'v1', kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name ?? '', uid: pod.metadata.uid },
            preconditionUid: pod.metadata.uid,
            event: dsEvent(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`),
            failureEvent: (err) => dsEvent(ds, 'Warning', 'FailedDelete', `Error deleting: ${err}`),
          }], { onDone: (ok) => answered(ok, false) });
        }
      },
    });
  }
}

/** shouldIgnoreNodeUpdate, inverted: labels, taints, unschedulable or a condition's status changed. */
function nodeChangedForDaemons(old: Node, node: Node): boolean {
  const conditions = (n: Node) => (n.status?.conditions ?? []).map((c) => `${c.type}=${c.status}`).join(',');
  return !semanticEqual(old.metadata.labels, node.metadata.labels)
    || !semanticEqual(old.spec?.taints, node.spec?.taints)
    || old.spec?.unschedulable !== node.spec?.unschedulable
    || conditions(old) !== conditions(node);
}

export const daemonSetControllerPlugin: ControllerPlugin = {
  name: NAME,
  resources: ['daemonsets', 'pods', 'nodes'],
  start: (host) => new DaemonSetControllerLoop(host),
};
