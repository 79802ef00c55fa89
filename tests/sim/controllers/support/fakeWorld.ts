// A tiny synchronous world for driving the pure controllers in tests: an object store that applies
// controller actions like an API server would (names from generateName, uids, generation bumps,
// status subresource), and pods that become Ready a fixed time after creation. No scheduler or
// kubelet: a pod is "bound" to a node at creation and turns Ready after `readyAfterMs`.
import type { Deployment, KubeObject, Pod, ReplicaSet, ReplicationController } from '../../../../src/sim/api/types.ts';
import type { ControllerAction, ControllerEvent } from '../../../../src/sim/controllers/util/actions.ts';
import { resolveEvent } from '../../../../src/sim/controllers/util/actions.ts';
import { semanticEqual } from '../../../../src/sim/controllers/util/semanticEqual.ts';
import { formatTime } from '../../../../src/sim/controllers/util/time.ts';
import { planReplicaSync, createdPodEvent, deletedPodEvent, type ReplicaOwner } from '../../../../src/sim/controllers/replicaset/replicaSync.ts';
import { calculateReplicaStatus } from '../../../../src/sim/controllers/replicaset/replicaStatus.ts';
import { replicaSetOwner } from '../../../../src/sim/controllers/replicaset/replicaSetController.ts';
import { replicationControllerOwner } from '../../../../src/sim/controllers/replicaset/replicationController.ts';
import { syncDeployment } from '../../../../src/sim/controllers/deployment/deploymentController.ts';
import { SAFE_ALPHANUMS } from '../../../../src/sim/controllers/util/podTemplateHash.ts';

export const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

const key = (o: KubeObject) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;

export interface WorldOptions {
  readyAfterMs?: number;
  nodes?: string[];
  /** Creations that fail (returns an error text) – e.g. to model quota. */
  createFails?: (obj: KubeObject) => string | undefined;
}

export class FakeWorld {
  nowMs = T0;
  readonly objects = new Map<string, KubeObject>();
  readonly events: ControllerEvent[] = [];
  readonly readyAt = new Map<string, number>();
  private uidSeq = 0;
  private nameSeq = 0;
  private readonly readyAfterMs: number;
  private readonly nodes: string[];
  private nodeCursor = 0;

  constructor(private readonly opts: WorldOptions = {}) {
    this.readyAfterMs = opts.readyAfterMs ?? 1000;
    this.nodes = opts.nodes ?? ['node01', 'node02'];
  }

  list<T extends KubeObject>(kind: string): T[] {
    return [...this.objects.values()].filter((o) => o.kind === kind).sort((a, b) => (key(a) < key(b) ? -1 : 1)).map((o) => JSON.parse(JSON.stringify(o))) as T[];
  }

  /** A copy, as a GET returns: editing it changes nothing until it is written back. */
  get<T extends KubeObject>(kind: string, name: string, namespace = 'default'): T | undefined {
    const o = this.objects.get(`${kind}/${namespace}/${name}`);
    return o ? (JSON.parse(JSON.stringify(o)) as T) : undefined;
  }

  private nextUid(): string {
    this.uidSeq++;
    return `00000000-0000-4000-8000-${String(this.uidSeq).padStart(12, '0')}`;
  }

  private generateSuffix(): string {
    // Deterministic 5-character suffixes from the real alphabet.
    let n = ++this.nameSeq * 7919;
    let s = '';
    for (let i = 0; i < 5; i++) {
      s += SAFE_ALPHANUMS[n % SAFE_ALPHANUMS.length];
      n = Math.floor(n / SAFE_ALPHANUMS.length) + i * 13;
    }
    return s;
  }

  /** Creates an object as a user would (kubectl create). */
  create<T extends KubeObject>(obj: T): T | string {
    const o: T = JSON.parse(JSON.stringify(obj));
    o.metadata.namespace ??= 'default';
    if (!o.metadata.name && o.metadata.generateName) o.metadata.name = o.metadata.generateName + this.generateSuffix();
    if (this.objects.has(key(o))) return `${o.kind} "${o.metadata.name}" already exists`;
    const fail = this.opts.createFails?.(o);
    if (fail) return fail;
    o.metadata.uid = this.nextUid();
    o.metadata.creationTimestamp = formatTime(this.nowMs);
    o.metadata.generation = 1;
    if (o.kind === 'Pod') {
      const pod = o as unknown as Pod;
      pod.spec.nodeName ??= this.nodes[this.nodeCursor++ % this.nodes.length];
      pod.status = { phase: 'Pending', conditions: [{ type: 'Ready', status: 'False', lastTransitionTime: formatTime(this.nowMs) }] };
      this.readyAt.set(key(o), this.nowMs + this.readyAfterMs);
    }
    this.objects.set(key(o), o);
    return o;
  }

  /** A user edit of spec/metadata (kubectl replace / set image / scale). */
  userUpdate<T extends KubeObject>(obj: T): void {
    this.applyUpdate(obj, false);
  }

  private applyUpdate(obj: KubeObject, status: boolean): KubeObject | undefined {
    const existing = this.objects.get(key({ ...obj, metadata: { ...obj.metadata, namespace: obj.metadata.namespace ?? 'default' } }));
    if (!existing) return undefined;
    const next: KubeObject = JSON.parse(JSON.stringify(obj));
    next.metadata.uid = existing.metadata.uid;
    next.metadata.creationTimestamp = existing.metadata.creationTimestamp;
    if (status) {
      // Status subresource: spec and labels stay; status (and, for Deployments, annotations) change.
      next.spec = existing.spec;
      next.metadata.labels = existing.metadata.labels;
      next.metadata.generation = existing.metadata.generation;
      if (existing.kind !== 'Deployment') next.metadata.annotations = existing.metadata.annotations;
    } else {
      next.status = existing.status;
      const bump = !semanticEqual(existing.spec, next.spec) || (existing.kind === 'Deployment' && !semanticEqual(existing.metadata.annotations, next.metadata.annotations));
      next.metadata.generation = (existing.metadata.generation ?? 1) + (bump ? 1 : 0);
    }
    this.objects.set(key(next), next);
    return next;
  }

  delete(kind: string, name: string, namespace = 'default'): boolean {
    return this.objects.delete(`${kind}/${namespace}/${name}`);
  }

  /** Applies controller actions in order; stops at the first failure, like a sync returning an error. */
  apply(actions: ControllerAction[]): boolean {
    for (const a of actions) {
      let result: KubeObject | undefined;
      if (a.type === 'create') {
        const r = this.create(a.object);
        if (typeof r === 'string') return false;
        result = r;
      } else if (a.type === 'update' || a.type === 'updateStatus') {
        result = this.applyUpdate(a.object, a.type === 'updateStatus');
        if (!result) return false;
      } else if (a.type === 'delete') {
        const t = a.target;
        const existing = this.get(t.kind, t.name, t.namespace);
        if (!existing) return false;
        this.delete(t.kind, t.name, t.namespace);
        result = existing;
      } else {
        this.events.push(a.event);
        continue;
      }
      if ('event' in a && a.event) this.events.push(resolveEvent(a.event, result));
    }
    return true;
  }

  /** Marks pods Ready whose time has come. */
  updatePods(): void {
    for (const [k, at] of this.readyAt) {
      if (at > this.nowMs) continue;
      const pod = this.objects.get(k) as Pod | undefined;
      this.readyAt.delete(k);
      if (!pod) continue;
      pod.status = { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: formatTime(at) }] };
      pod.metadata.resourceVersion = String(this.nowMs);
    }
  }

  /** One sync of a ReplicaSet or ReplicationController, as the shared core runs it. */
  syncReplicaOwner(owner: ReplicaOwner, kind: 'ReplicaSet' | 'ReplicationController'): boolean {
    const pods = this.list<Pod>('Pod');
    const plan = planReplicaSync({ owner, pods, expectationsSatisfied: true, nowMs: this.nowMs });
    let changed = false;
    for (const p of [...plan.adopt, ...plan.release]) {
      this.applyUpdate(p, false);
      changed = true;
    }
    if (plan.create) {
      for (const size of plan.create.batches) {
        let failed = false;
        for (let i = 0; i < size; i++) {
          const r = this.create(plan.create.pod);
          if (typeof r === 'string') failed = true;
          else this.events.push(createdPodEvent(owner, r.metadata.name!));
          changed = true;
        }
        if (failed) break;
      }
    }
    for (const p of plan.delete) {
      this.delete('Pod', p.metadata.name!, p.metadata.namespace);
      this.events.push(deletedPodEvent(owner, p.metadata.name!));
      changed = true;
    }
    const status = calculateReplicaStatus(
      { status: owner.status, replicas: owner.replicas, minReadySeconds: owner.minReadySeconds, templateLabels: owner.template.metadata?.labels, generation: owner.metadata.generation },
      plan.filteredPods, undefined, this.nowMs,
    );
    if (!semanticEqual(status, owner.status)) {
      const current = this.get<KubeObject>(kind, owner.metadata.name!, owner.metadata.namespace);
      if (current) this.applyUpdate({ ...current, status }, true);
      changed = true;
    }
    return changed;
  }

  /** Runs every ReplicaSet/RC sync until nothing changes. */
  settleReplicaSets(): void {
    for (let i = 0; i < 50; i++) {
      let changed = false;
      for (const rs of this.list<ReplicaSet>('ReplicaSet')) changed = this.syncReplicaOwner(replicaSetOwner(rs), 'ReplicaSet') || changed;
      for (const rc of this.list<ReplicationController>('ReplicationController')) changed = this.syncReplicaOwner(replicationControllerOwner(rc), 'ReplicationController') || changed;
      if (!changed) return;
    }
    throw new Error('replica sets did not settle');
  }

  /** One deployment sync of every Deployment; true if it asked for anything. */
  syncDeployments(): boolean {
    let any = false;
    for (const d of this.list<Deployment>('Deployment')) {
      const r = syncDeployment({ deployment: d, replicaSets: this.list<ReplicaSet>('ReplicaSet'), pods: this.list<Pod>('Pod'), nowMs: this.nowMs });
      if (r.actions.length) any = true;
      this.apply(r.actions);
    }
    return any;
  }

  /** Controllers to a fixed point at the current time: RS syncs between deployment syncs. */
  reconcile(onStep?: () => void): void {
    for (let i = 0; i < 200; i++) {
      this.settleReplicaSets();
      onStep?.();
      const acted = this.syncDeployments();
      onStep?.();
      if (!acted) {
        this.settleReplicaSets();
        onStep?.();
        return;
      }
    }
    throw new Error('controllers did not settle');
  }

  /** Advances the clock by `ms`, making pods ready, and reconciles. */
  tick(ms: number, onStep?: () => void): void {
    this.nowMs += ms;
    this.updatePods();
    this.reconcile(onStep);
  }

  podsOf(selectorLabel: [string, string]): Pod[] {
    return this.list<Pod>('Pod').filter((p) => p.metadata.labels?.[selectorLabel[0]] === selectorLabel[1]);
  }
}

export function nginxDeployment(name: string, replicas: number, image = 'nginx:1.27', strategy?: Deployment['spec']['strategy']): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'nginx', image }], restartPolicy: 'Always' },
      },
      strategy: strategy ?? { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    },
  };
}

export function nginxReplicaSet(name: string, replicas: number, labels: Record<string, string> = { app: name }): ReplicaSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name: 'nginx', image: 'nginx' }], restartPolicy: 'Always' } },
    },
  };
}
