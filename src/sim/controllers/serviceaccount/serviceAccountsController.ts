// The ServiceAccount controller (k/k pkg/controller/serviceaccount/serviceaccounts_controller.go):
// every active namespace has a ServiceAccount named "default"; it is created when a namespace
// appears and again when someone deletes it.
import type { KubeObject } from '../../api/types.ts';
import type { ControllerHost, ControllerPlugin, InformerEvent } from '../manager/controllerPlugin.ts';
import { WorkQueue } from '../manager/workQueue.ts';

const NAME = 'serviceaccount-controller';
const DEFAULT_ACCOUNT = 'default';

class ServiceAccountsLoop {
  private readonly queue: WorkQueue;

  constructor(private readonly host: ControllerHost) {
    this.queue = new WorkQueue(host, NAME, (ns, done) => this.sync(ns, done), 'namespaces');
  }

  onSynced(): void {
    for (const ns of this.host.informer('namespaces').list()) this.queue.add(ns.metadata.name ?? '');
  }

  onEvent(e: InformerEvent): void {
    if (e.resource === 'namespaces') {
      if (e.type !== 'delete') this.queue.add(e.object.metadata.name ?? '');
      return;
    }
    if (e.type === 'delete' && e.object.metadata.name === DEFAULT_ACCOUNT) this.queue.add(e.object.metadata.namespace ?? '');
  }

  private sync(namespace: string, done: () => void): void {
    const ns = this.host.informer('namespaces').get(undefined, namespace);
    const active = ns && !ns.metadata.deletionTimestamp && (ns.status as { phase?: string } | undefined)?.phase !== 'Terminating';
    if (!active || this.host.informer('serviceaccounts').get(namespace, DEFAULT_ACCOUNT)) return done();
    const account = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: DEFAULT_ACCOUNT, namespace } } as KubeObject;
    // AlreadyExists (a create racing this one) is fine: the account is there either way.
    this.host.execute(NAME, [{ type: 'create', object: account }], { onDone: () => done() });
  }
}

export const serviceAccountsControllerPlugin: ControllerPlugin = {
  name: NAME,
  resources: ['namespaces', 'serviceaccounts'],
  start: (host) => new ServiceAccountsLoop(host),
};
