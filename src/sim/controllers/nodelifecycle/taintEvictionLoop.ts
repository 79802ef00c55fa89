// The taint-eviction controller as a kube-controller-manager plugin: node and pod events
// re-evaluate the pods on tainted nodes; one timer waits for the earliest scheduled eviction.
import type { Node, Pod } from '../../api/types.ts';
import type { TimerHandle } from '../../kernel/kernel.ts';
import type { ControllerHost, ControllerPlugin, InformerEvent } from '../manager/controllerPlugin.ts';
import { TAINT_EVICTION_CONTROLLER, TaintEvictionController } from './taintEvictionController.ts';


export const taintEvictionPlugin: ControllerPlugin = {
  name: TAINT_EVICTION_CONTROLLER,
  resources: ['nodes', 'pods'],
  start: (host) => new TaintEvictionLoop(host),
};

const noExecute = (n: Node | undefined) => JSON.stringify((n?.spec.taints ?? []).filter((t) => t.effect === 'NoExecute').map((t) => [t.key, t.value]));

class TaintEvictionLoop {
  private readonly controller = new TaintEvictionController();
  private timer: TimerHandle | undefined;
  private timerAt: number | undefined;

  constructor(private readonly host: ControllerHost) {}

  onSynced(): void {
    for (const node of this.host.informer('nodes').list() as Node[]) this.reconcile(node, this.podsOn(node.metadata.name));
  }

  onEvent(e: InformerEvent): void {
    if (e.resource === 'nodes') {
      if (e.type === 'delete') return;
      if (e.type === 'update' && noExecute(e.old as Node) === noExecute(e.object as Node)) return;
      this.reconcile(e.object as Node, this.podsOn(e.object.metadata.name));
      return;
    }
    const pod = e.object as Pod;
    if (e.type === 'delete') {
      this.controller.forgetPod(pod.metadata.namespace, pod.metadata.name);
      return;
    }
    if (!pod.spec.nodeName) return;
    const node = this.host.informer('nodes').get(undefined, pod.spec.nodeName) as Node | undefined;
    this.reconcile(node, [pod]);
  }

  onStop(): void {
    this.timer = undefined;
    this.timerAt = undefined;
  }

  private podsOn(node: string | undefined): Pod[] {
    return (this.host.informer('pods').list() as Pod[]).filter((p) => p.spec.nodeName === node);
  }

  private reconcile(node: Node | undefined, pods: Pod[]): void {
    const actions = this.controller.reconcileNode(node, pods, this.host.nowMs());
    if (actions.length) this.host.execute(TAINT_EVICTION_CONTROLLER, actions);
    this.arm();
  }

  private arm(): void {
    const at = this.controller.nextFireAt();
    if (at === undefined || at === this.timerAt) return;
    this.host.clearTimer(this.timer);
    this.timerAt = at;
    this.timer = this.host.setTimer(Math.max(0, at - this.host.nowMs()), { id: 'taint-eviction.evict', params: {} }, () => {
      this.timer = undefined;
      this.timerAt = undefined;
      const actions = this.controller.fireDue(this.host.informer('pods').list() as Pod[], this.host.nowMs());
      if (actions.length) this.host.execute(TAINT_EVICTION_CONTROLLER, actions);
      this.arm();
    }, { background: true });
  }
}
