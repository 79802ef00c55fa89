import type { ApiServer } from '../apiserver/apiServer.ts';
import type { Component, SimContext } from './component.ts';
import type { BootResult } from './bootstrap.ts';

/**
 * Hook for the parts of the engine built beside the core (kube-controller-manager's controllers,
 * kube-proxy, ...): each extension creates its components when a cluster is created. Register with
 * registerClusterExtension() from a module imported by src/sim/cluster/extensionModules.ts.
 */
export interface ExtensionContext {
  sim: SimContext;
  apiServer: ApiServer;
  boot: BootResult;
  /** The cluster's command session (CommandIO.session): state commands of this cluster can find. */
  session: Record<string, unknown>;
  /** Adds a component to the cluster (it then receives messages addressed to its id). */
  add(component: Component): void;
  component(id: string): Component | undefined;
}

export interface ClusterExtension {
  name: string;
  create(ctx: ExtensionContext): void;
}

const extensions: ClusterExtension[] = [];

export function registerClusterExtension(ext: ClusterExtension): void {
  const i = extensions.findIndex((e) => e.name === ext.name);
  if (i >= 0) extensions[i] = ext;
  else extensions.push(ext);
}

export function clusterExtensions(): readonly ClusterExtension[] {
  return extensions;
}
