import type { ApiServer } from '../apiserver/apiServer.ts';
import type { ControllerPlugin } from '../controllers/manager/controllerPlugin.ts';
import type { Component, SimContext } from './component.ts';
import type { BootResult } from './bootstrap.ts';

/**
 * A component set built beside the core ones (kube-controller-manager, kube-proxy, ...): the
 * cluster's composition (composition.ts) lists them, and each creates its components when a
 * cluster is created.
 */
export interface ExtensionContext {
  sim: SimContext;
  apiServer: ApiServer;
  boot: BootResult;
  /** The cluster's command session (CommandIO.session): state commands of this cluster can find. */
  session: Record<string, unknown>;
  /** The controllers of the composition (kube-controller-manager runs them). */
  controllers: readonly ControllerPlugin[];
  /** Adds a component to the cluster (it then receives messages addressed to its id). */
  add(component: Component): void;
  component(id: string): Component | undefined;
}

export interface ClusterExtension {
  name: string;
  create(ctx: ExtensionContext): void;
}
