// The Deployment controller as a kube-controller-manager plugin: Deployment, ReplicaSet and pod
// events enqueue Deployments; a sync runs syncDeployment over the informer caches and sends the
// resulting requests in order.
import type { Deployment, KubeObject, Pod, ReplicaSet } from '../../api/types.ts';
import { storeKey } from '../../apiserver/client.ts';
import type { ControllerHost, ControllerPlugin, InformerEvent } from '../manager/controllerPlugin.ts';
import { WorkQueue, splitKey } from '../manager/workQueue.ts';
import { matchesLabelSelector } from '../util/labelSelector.ts';
import { DEPLOYMENT_CONTROLLER, syncDeployment } from './deploymentController.ts';

export const deploymentControllerPlugin: ControllerPlugin = {
  name: DEPLOYMENT_CONTROLLER,
  resources: ['deployments', 'replicasets', 'pods'],
  start: (host) => new DeploymentControllerLoop(host),
};

class DeploymentControllerLoop {
  private readonly queue: WorkQueue;

  constructor(private readonly host: ControllerHost) {
    this.queue = new WorkQueue(host, DEPLOYMENT_CONTROLLER, (key, done) => this.sync(key, done), 'deployments');
  }

  onSynced(): void {
    for (const d of this.host.informer('deployments').list()) this.queue.add(storeKey(d));
  }

  onEvent(e: InformerEvent): void {
    if (e.resource === 'deployments') {
      if (e.type === 'delete') this.queue.forget(storeKey(e.object));
      this.queue.add(storeKey(e.object));
      return;
    }
    if (e.resource === 'replicasets') {
      for (const obj of [e.old, e.object]) {
        if (!obj) continue;
        const owner = this.ownerKey(obj);
        if (owner) this.queue.add(owner);
        else if (e.type !== 'delete') for (const k of this.matching(obj)) this.queue.add(k);
      }
      return;
    }
    // Pods matter to Recreate (wait for old pods to go) and to status: only deletions are needed.
    if (e.type === 'delete' || (e.type === 'update' && (e.object as Pod).metadata.deletionTimestamp && !(e.old as Pod).metadata.deletionTimestamp)) {
      const rsRef = e.object.metadata.ownerReferences?.find((r) => r.controller === true && r.kind === 'ReplicaSet');
      if (!rsRef) return;
      const rs = this.host.informer('replicasets').get(e.object.metadata.namespace, rsRef.name);
      const owner = rs && this.ownerKey(rs);
      if (!owner) return;
      const d = this.host.informer('deployments').get(...splitKey(owner)) as Deployment | undefined;
      if (d?.spec.strategy?.type === 'Recreate') this.queue.add(owner);
    }
  }

  private ownerKey(obj: KubeObject): string | undefined {
    const ref = obj.metadata.ownerReferences?.find((r) => r.controller === true && r.kind === 'Deployment');
    if (!ref) return undefined;
    const d = this.host.informer('deployments').get(obj.metadata.namespace, ref.name);
    return d && d.metadata.uid === ref.uid ? storeKey(d) : undefined;
  }

  private matching(rs: KubeObject): string[] {
    return (this.host.informer('deployments').list() as Deployment[])
      .filter((d) => d.metadata.namespace === rs.metadata.namespace && matchesLabelSelector(d.spec.selector, rs.metadata.labels))
      .map(storeKey);
  }

  private sync(key: string, done: () => void): void {
    const [ns, name] = splitKey(key);
    const deployment = this.host.informer('deployments').get(ns, name) as Deployment | undefined;
    if (!deployment) return done();
    const inNs = <T extends KubeObject>(resource: string) => (this.host.informer(resource).list() as T[]).filter((o) => o.metadata.namespace === ns);
    const result = syncDeployment({ deployment, replicaSets: inNs<ReplicaSet>('replicasets'), pods: inNs<Pod>('pods'), nowMs: this.host.nowMs() });
    this.host.execute(DEPLOYMENT_CONTROLLER, result.actions, {
      onDone: () => {
        if (result.requeueAfterMs !== undefined) {
          this.queue.addAfter(key, result.requeueAfterMs, { id: 'controller.progress-deadline', params: { controller: DEPLOYMENT_CONTROLLER, name } });
        }
        done();
      },
    });
  }
}
