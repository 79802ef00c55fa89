// The player's bridge to the engine: loads it, builds clusters for a scenario and reads the views the UI
// draws. Reads are defensive (the inspector and panels must never take the player down).
// The engine is imported only dynamically (loadEngine): the island hydrates without it and fetches it
// on the reader's first sign of interest (see Player.tsx), so a reader who only scrolls past pays nothing.
import type { Cluster, ClusterOptions } from '~/sim';
import type { Scenario } from '../../src/sim/scenarios/types.ts';
import { Session } from './model/session.ts';
import type { ClusterViewData, MachineGraphView, PodView } from './model/cluster-contract.ts';
import { machineGraph, type StateNodeLike } from './model/machine-graph.ts';

export type InspectableCluster = Cluster;

/** What the player needs of the engine module. */
export interface EngineModule {
  createCluster(options: ClusterOptions): Cluster;
  /** Loads the CLI parts (help texts, etcdctl) the lines may need; must settle before they are submitted. */
  prepareCommands?(lines: readonly string[]): Promise<void>;
  /** Whether a typed text is incomplete as bash sees it (the terminal then asks for the next line). */
  needsMoreInput?(text: string): boolean;
}

let engineModule: Promise<EngineModule> | undefined;

/** The engine, fetched once per page; a failed fetch may be retried. */
export function loadEngine(): Promise<EngineModule> {
  engineModule ??= import('~/sim/core.ts').catch((err: unknown) => {
    engineModule = undefined;
    throw err;
  });
  return engineModule;
}

function clusterFactory(engine: EngineModule, scenario: Scenario, seed: number): () => InspectableCluster {
  const options = { seed, ...scenario.cluster };
  return () => engine.createCluster(options);
}

/** A reader's run of the scenario: its cluster, setup and start commands, and files. */
export function scenarioSession(engine: EngineModule, scenario: Scenario, seed: number, initialFiles?: Record<string, string>): Session<InspectableCluster> {
  return new Session({ create: clusterFactory(engine, scenario, seed), setup: scenario.setup, start: scenario.start, files: scenario.files, initialFiles });
}

/** Awaits the lazily loaded CLI parts the command lines need. */
export async function prepareCommands(engine: EngineModule, lines: readonly string[]): Promise<void> {
  if (lines.length && engine.prepareCommands) await engine.prepareCommands(lines);
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export function readView(cluster: InspectableCluster): ClusterViewData {
  const view = safe(() => cluster.snapshot(), undefined);
  if (!view) return { time: 0, components: [], nodes: [], pendingPods: [], etcd: { members: [], revision: 0 } };
  return {
    time: view.time,
    components: view.components,
    nodes: view.nodes.map((n) => ({ ...n, roles: n.roles.join(',') || '<none>' })),
    pendingPods: (view.pendingPods ?? []) as PodView[],
    etcd: view.etcd,
  };
}

/** Engine kind names for the plural resource words used by the terminal and panels. */
const KINDS: Record<string, string> = {
  pods: 'Pod',
  nodes: 'Node',
  namespaces: 'Namespace',
  deployments: 'Deployment',
  replicasets: 'ReplicaSet',
  replicationcontrollers: 'ReplicationController',
  services: 'Service',
  endpoints: 'Endpoints',
  endpointslices: 'EndpointSlice',
  daemonsets: 'DaemonSet',
  leases: 'Lease',
  resourcequotas: 'ResourceQuota',
  events: 'Event',
};

export function kindOf(resource: string): string {
  return KINDS[resource] ?? resource;
}

export interface ObjectLike {
  metadata?: { name?: string; namespace?: string; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [k: string]: unknown;
}

export function listObjects(cluster: InspectableCluster, resource: string, namespace?: string): ObjectLike[] {
  const list = safe(() => cluster.listObjects(kindOf(resource), namespace), []);
  return Array.isArray(list) ? (list as ObjectLike[]) : [];
}

export function objectNames(cluster: InspectableCluster, resource: string, namespace?: string): string[] {
  const clusterScoped = resource === 'nodes' || resource === 'namespaces';
  const ns = clusterScoped ? undefined : (namespace ?? 'default');
  return listObjects(cluster, resource, ns)
    .map((o) => o.metadata?.name)
    .filter((n): n is string => typeof n === 'string');
}

export function getObject(cluster: InspectableCluster, resource: string, namespace: string | undefined, name: string): unknown {
  return safe(() => cluster.getObject(kindOf(resource), namespace, name), undefined);
}

export function componentMachine(cluster: InspectableCluster, id: string): MachineGraphView | undefined {
  const raw = safe(() => cluster.componentMachine(id), undefined);
  if (!raw?.machine) return undefined;
  return safe(() => machineGraph(raw.machine!.root as unknown as StateNodeLike, raw.state), undefined);
}

export interface SchedulingRow {
  node: string;
  reasons: string[];
  scores: Record<string, number>;
  total?: number;
}

export function schedulingRows(cluster: InspectableCluster, namespace: string, pod: string): SchedulingRow[] | undefined {
  return schedulingOutcome(cluster, namespace, pod)?.rows;
}

export interface SchedulingOutcome {
  rows: SchedulingRow[];
  /** The chosen node, or undefined when the pod did not fit anywhere. */
  selected?: string;
  /** The FailedScheduling message when unschedulable. */
  message?: string;
}

export function schedulingOutcome(cluster: InspectableCluster, namespace: string, pod: string): SchedulingOutcome | undefined {
  const raw = safe(() => cluster.schedulingResult(namespace, pod), undefined);
  if (!raw) return undefined;
  return {
    rows: raw.nodes.map((n) => ({ node: n.node, reasons: n.reasons, scores: n.scores ?? {}, total: n.total })),
    selected: raw.selected,
    message: raw.message,
  };
}

/** The etcd keyspace, sorted (includes keys written with etcdctl). */
export function etcdKeys(cluster: InspectableCluster): string[] {
  return safe(() => cluster.etcdKeys(), []);
}
