/**
 * Public API of the simulation engine (issue 3), as the browser loads it: everything but the rarely
 * needed CLI parts (kubectl's recorded --help texts, the etcdctl program), which prepareCommands
 * fetches before a command line that may need them runs. src/sim/index.ts (`~/sim`) is the same API
 * with those parts registered eagerly. See README.md ("Two entry points").
 */
export { createCluster } from './cluster/cluster.ts';
// What a cluster is made of (admission plugins, controllers, components), in the order that matters.
export { standardComposition } from './cluster/composition.ts';
export type { ClusterComposition } from './cluster/composition.ts';
export type {
  Cluster,
  ClusterOptions,
  NodeOptions,
  ExecOptions,
  ExecResult,
  ClusterView,
  ComponentView,
  NodeView,
  PodView,
  EtcdView,
  EtcdMemberView,
  RaftEntryView,
  SchedulingResult,
  NodeSchedulingResult,
  ComponentMachineView,
} from './cluster/types.ts';
export type { LogEntry, Narration } from './kernel/log.ts';
export type { ComponentKind } from './cluster/component.ts';
export type * from './api/types.ts';
// Networking views for the player (services helper): each node's kube-proxy rules and a request's path.
export { kubeProxyView, tracePacket } from './network/inspect.ts';
export type { KubeProxyView } from './network/inspect.ts';
export type { Delivery, PathStep } from './network/packetPath.ts';
// Lazily loaded CLI parts: await prepareCommands(lines) before submitting lines (a no-op in index.ts).
export { prepareCommands, loadedCliParts } from './cli/lazyParts/prepareCommands.ts';
export { needsCliParts, type CliPart } from './cli/lazyParts/needsCliParts.ts';
// Whether a typed line goes on (a here-document, an open quote, a trailing pipe): the terminal's `> ` prompt.
export { needsMoreInput } from './cli/shell.ts';
