/**
 * Public API of the simulation engine (issue 3). The player, the notes' scenarios and the tests use
 * only what is exported here. See README.md for the architecture and how to write a component.
 */
export { createCluster } from './cluster/cluster.ts';
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
  SchedulingResult,
  NodeSchedulingResult,
  ComponentMachineView,
} from './cluster/types.ts';
export type { LogEntry, Caption } from './kernel/log.ts';
export type { ComponentKind } from './cluster/component.ts';
export type * from './api/types.ts';
// Networking views for the player (services helper): each node's kube-proxy rules and a request's path.
export { kubeProxyView, tracePacket } from './network/inspect.ts';
export type { KubeProxyView } from './network/inspect.ts';
export type { Delivery, PathStep } from './network/packetPath.ts';
