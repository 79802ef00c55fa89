// Registry of the player's scenarios, keyed by the note slug that embeds them.
import type { Scenario } from './types.ts';
import { architecture } from './architecture.ts';
import { containerRuntime } from './container-runtime.ts';
import { etcd } from './etcd.ts';
import { kubeApiserver } from './kube-apiserver.ts';
import { kubeControllerManager } from './kube-controller-manager.ts';
import { kubeScheduler } from './kube-scheduler.ts';
import { kubelet } from './kubelet.ts';
import { kubeProxy } from './kube-proxy.ts';
import { pods } from './pods.ts';
import { replicasets } from './replicasets.ts';
import { deployments } from './deployments.ts';
import { namespaces } from './namespaces.ts';
import { services } from './services.ts';
import { imperativeDeclarative } from './imperative-declarative.ts';
import { sandbox } from './sandbox.ts';

export type * from './types.ts';

const all: Scenario[] = [
  architecture,
  containerRuntime,
  etcd,
  kubeApiserver,
  kubeControllerManager,
  kubeScheduler,
  kubelet,
  kubeProxy,
  pods,
  replicasets,
  deployments,
  namespaces,
  services,
  imperativeDeclarative,
  sandbox,
];

export const scenarios: Readonly<Record<string, Scenario>> = Object.fromEntries(all.map((s) => [s.id, s]));

/** Older name used in the issue text. */
const aliases: Record<string, string> = { 'pod-creation': 'pods' };

export function getScenario(id: string): Scenario | undefined {
  return scenarios[id] ?? scenarios[aliases[id] ?? ''];
}

export const scenarioIds: readonly string[] = all.map((s) => s.id);
