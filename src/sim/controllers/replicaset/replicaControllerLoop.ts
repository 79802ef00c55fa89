// The ReplicaSet controller and the ReplicationController manager as kube-controller-manager
// plugins: informer events -> work queue -> planReplicaSync -> requests (slow-start batches,
// parallel deletes) -> status. Expectations keep a sync from acting on a cache that has not yet
// seen the pods it just created or deleted.
import type { KubeObject, Pod, ReplicaSet, ReplicationController } from '../../api/types.ts';
import type { Narration } from '../../kernel/log.ts';
import type { ControllerAction } from '../util/actions.ts';
import { ControllerExpectations } from '../util/expectations.ts';
import { semanticEqual } from '../util/semanticEqual.ts';
import { isPodAvailable, isPodReady } from '../util/podUtil.ts';
import type { ControllerHost, ControllerPlugin, InformerEvent } from '../manager/controllerPlugin.ts';
import { WorkQueue, splitKey } from '../manager/workQueue.ts';
import { storeKey } from '../../apiserver/client.ts';
import { planReplicaSync, createdPodEvent, deletedPodEvent, failedCreateEvent, failedDeleteEvent, type ReplicaOwner } from './replicaSync.ts';
import { calculateReplicaStatus } from './replicaStatus.ts';
import { replicaSetOwner } from './replicaSetController.ts';
import { replicationControllerOwner } from './replicationController.ts';

interface Flavour {
  name: 'replicaset-controller' | 'replicationcontroller-controller';
  kind: 'ReplicaSet' | 'ReplicationController';
  plural: 'replicasets' | 'replicationcontrollers';
  ownerOf(obj: KubeObject): ReplicaOwner;
}

const REPLICASET: Flavour = {
  name: 'replicaset-controller',
  kind: 'ReplicaSet',
  plural: 'replicasets',
  ownerOf: (o) => replicaSetOwner(o as ReplicaSet),
};

const REPLICATION: Flavour = {
  name: 'replicationcontroller-controller',
  kind: 'ReplicationController',
  plural: 'replicationcontrollers',
  ownerOf: (o) => replicationControllerOwner(o as ReplicationController),
};

function plugin(f: Flavour): ControllerPlugin {
  return {
    name: f.name,
    resources: [f.plural, 'pods'],
    start: (host) => new ReplicaControllerLoop(host, f),
  };
}

export const replicaSetControllerPlugin = plugin(REPLICASET);
export const replicationControllerPlugin = plugin(REPLICATION);

class ReplicaControllerLoop {
  private readonly expectations = new ControllerExpectations();
  /** Pods whose deletion we asked for, per owner key (UIDTrackingControllerExpectations). */
  private readonly pendingDeletes = new Map<string, Set<string>>();
  private readonly queue: WorkQueue;

  constructor(private readonly host: ControllerHost, private readonly f: Flavour) {
    this.queue = new WorkQueue(host, f.name, (key, done) => this.sync(key, done), f.plural);
  }

  onSynced(): void {
    for (const o of this.host.informer(this.f.plural).list()) this.queue.add(storeKey(o));
  }

  onEvent(e: InformerEvent): void {
    if (e.resource === this.f.plural) {
      const key = storeKey(e.object);
      if (e.type === 'delete') {
        this.expectations.delete(key);
        this.pendingDeletes.delete(key);
        this.queue.forget(key);
      }
      this.queue.add(key);
      return;
    }
    const pod = e.object as Pod;
    if (e.type === 'add') {
      if (pod.metadata.deletionTimestamp) return this.podGone(pod);
      const owner = this.controllerKey(pod);
      if (owner) {
        this.expectations.creationObserved(owner);
        this.queue.add(owner);
      } else {
        for (const k of this.matchingOwners(pod)) this.queue.add(k);
      }
      return;
    }
    if (e.type === 'delete') return this.podGone(pod);
    const old = e.old as Pod;
    if (pod.metadata.deletionTimestamp && !old.metadata.deletionTimestamp) return this.podGone(pod);
    const oldOwner = this.controllerKey(old);
    const owner = this.controllerKey(pod);
    if (oldOwner && oldOwner !== owner) this.queue.add(oldOwner);
    if (owner) {
      this.queue.add(owner);
    } else if (!semanticEqual(old.metadata.labels, pod.metadata.labels) || oldOwner) {
      for (const k of this.matchingOwners(pod)) this.queue.add(k);
    }
  }

  private resyncNarration(key: string): Narration {
    return { id: 'controller.min-ready-recheck', params: { controller: this.f.name, name: splitKey(key)[1] } };
  }

  /** deletePod: a pod being deleted or gone lowers the owner's deletion expectations once. */
  private podGone(pod: Pod): void {
    const owner = this.controllerKey(pod);
    if (!owner) return;
    const pending = this.pendingDeletes.get(owner);
    const podKey = storeKey(pod);
    if (pending?.has(podKey)) {
      pending.delete(podKey);
      this.expectations.deletionObserved(owner);
    }
    this.queue.add(owner);
  }

  private controllerKey(pod: Pod): string | undefined {
    const ref = pod.metadata.ownerReferences?.find((r) => r.controller === true);
    if (!ref || ref.kind !== this.f.kind) return undefined;
    const obj = this.host.informer(this.f.plural).get(pod.metadata.namespace, ref.name);
    if (!obj || obj.metadata.uid !== ref.uid) return undefined;
    return storeKey(obj);
  }

  private matchingOwners(pod: Pod): string[] {
    return this.host.informer(this.f.plural).list()
      .filter((o) => o.metadata.namespace === pod.metadata.namespace && this.f.ownerOf(o).selects(pod.metadata.labels))
      .map(storeKey);
  }

  /** Pods of the sibling ReplicaSets under the same Deployment (getIndirectlyRelatedPods). */
  private relatedPods(obj: KubeObject, pods: Pod[]): Pod[] | undefined {
    const ref = obj.metadata.ownerReferences?.find((r) => r.controller === true);
    if (!ref) return undefined;
    const seen = new Set<string>();
    const related: Pod[] = [];
    for (const sibling of this.host.informer(this.f.plural).list()) {
      if (sibling.metadata.namespace !== obj.metadata.namespace) continue;
      if (!sibling.metadata.ownerReferences?.some((r) => r.controller === true && r.uid === ref.uid)) continue;
      const owner = this.f.ownerOf(sibling);
      for (const p of pods) {
        if (seen.has(p.metadata.uid ?? '') || !owner.selects(p.metadata.labels)) continue;
        seen.add(p.metadata.uid ?? '');
        related.push(p);
      }
    }
    return related;
  }

  private sync(key: string, done: () => void): void {
    const [ns, name] = splitKey(key);
    const obj = this.host.informer(this.f.plural).get(ns, name);
    if (!obj) {
      this.expectations.delete(key);
      return done();
    }
    const owner = this.f.ownerOf(obj);
    const nowMs = this.host.nowMs();
    const pods = (this.host.informer('pods').list() as Pod[]).filter((p) => p.metadata.namespace === ns);
    const plan = planReplicaSync({
      owner,
      pods,
      relatedPods: this.relatedPods(obj, pods),
      expectationsSatisfied: this.expectations.satisfied(key, nowMs),
      nowMs,
    });
    const claims: ControllerAction[] = [
      ...plan.adopt.map((p): ControllerAction => ({
        type: 'update', object: p,
        narration: { id: 'controller.adopt', params: { controller: this.f.name, pod: p.metadata.name ?? '' } },
      })),
      ...plan.release.map((p): ControllerAction => ({
        type: 'update', object: p,
        narration: { id: 'controller.release', params: { controller: this.f.name, pod: p.metadata.name ?? '' } },
      })),
    ];
    this.host.execute(this.f.name, claims, {
      onDone: () => {
        const finish = (manageError: string | undefined) => {
          this.updateStatus(obj, owner, plan.filteredPods, manageError, key);
          if (manageError === undefined) this.queue.succeeded(key);
          else {
            this.queue.addRateLimited(key, { id: 'controller.retry-sync', params: { controller: this.f.name, name } });
          }
          done();
        };
        if (plan.create) this.createPods(key, owner, plan.create.pod, plan.create.batches, finish);
        else if (plan.delete.length) this.deletePods(key, owner, plan.delete, finish);
        else finish(undefined);
      },
    });
  }

  private createPods(key: string, owner: ReplicaOwner, pod: Pod, batches: number[], finish: (err: string | undefined) => void): void {
    const total = batches.reduce((a, b) => a + b, 0);
    this.expectations.expectCreations(key, total, this.host.nowMs());
    let successes = 0;
    const runBatch = (i: number): void => {
      if (i >= batches.length) return finish(undefined);
      const size = batches[i];
      let answered = 0;
      let error: string | undefined;
      for (let n = 0; n < size; n++) {
        this.host.execute(this.f.name, [{
          type: 'create',
          object: pod,
          event: (created) => createdPodEvent(owner, created.metadata.name ?? ''),
          failureEvent: (err) => failedCreateEvent(owner, err),
        }], {
          onDone: (ok, err) => {
            answered++;
            if (ok) successes++;
            else error ??= err;
            if (answered < size) return;
            if (error === undefined) return runBatch(i + 1);
            // Creations that failed or were never attempted will not be observed.
            for (let s = 0; s < total - successes; s++) this.expectations.creationObserved(key);
            finish(error);
          },
        });
      }
    };
    runBatch(0);
  }

  private deletePods(key: string, owner: ReplicaOwner, pods: Pod[], finish: (err: string | undefined) => void): void {
    this.expectations.expectDeletions(key, pods.length, this.host.nowMs());
    const pending = new Set(pods.map(storeKey));
    this.pendingDeletes.set(key, pending);
    let answered = 0;
    let error: string | undefined;
    for (const pod of pods) {
      this.host.execute(this.f.name, [{
        type: 'delete',
        target: { apiVersion: 'v1', kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name ?? '', uid: pod.metadata.uid },
        event: deletedPodEvent(owner, pod.metadata.name ?? ''),
        failureEvent: (err) => failedDeleteEvent(owner, err),
      }], {
        onDone: (ok, err) => {
          answered++;
          if (!ok) {
            error ??= err;
            if (pending.delete(storeKey(pod))) this.expectations.deletionObserved(key);
          }
          if (answered === pods.length) finish(error);
        },
      });
    }
  }

  private updateStatus(obj: KubeObject, owner: ReplicaOwner, filteredPods: Pod[], manageError: string | undefined, key: string): void {
    const nowMs = this.host.nowMs();
    const status = calculateReplicaStatus(
      { status: owner.status, replicas: owner.replicas, minReadySeconds: owner.minReadySeconds, templateLabels: owner.template.metadata?.labels, generation: owner.metadata.generation },
      filteredPods, manageError, nowMs,
    );
    // Ready pods still waiting out minReadySeconds: look again when they become available.
    if (owner.minReadySeconds > 0 && filteredPods.some((p) => isPodReady(p) && !isPodAvailable(p, owner.minReadySeconds, nowMs))) {
      this.queue.addAfter(key, owner.minReadySeconds * 1000, this.resyncNarration(key));
    }
    if (semanticEqual(status, obj.status)) return;
    this.host.execute(this.f.name, [{ type: 'updateStatus', object: { ...obj, status } }]);
  }
}
