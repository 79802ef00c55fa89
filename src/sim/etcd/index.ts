/**
 * etcd for the simulation: the MVCC store, Raft, and the member that joins them. Pure and
 * synchronous; a host (the engine's kernel, or LocalEtcdCluster) supplies time, randomness and the
 * network. How to drive it: README.md in this folder.
 */
export { MvccStore } from './mvcc/kvStore.ts';
export { WatchHub } from './mvcc/watchHub.ts';
export { prefixRangeEnd } from './mvcc/keyRange.ts';
export * from './mvcc/errors.ts';
export type * from './mvcc/types.ts';
export { Lessor } from './lease/lessor.ts';
export { RaftNode, type RaftConfig } from './raft/raftNode.ts';
export type * from './raft/types.ts';
export { EtcdMember, ETCD_VERSION, type EtcdMemberConfig, type LogData, type MemberOutput, type RaftMessage } from './server/etcdMember.ts';
export { computeClusterId, computeMemberId, initialMembers, kubeadmMemberSpecs, DEFAULT_CLUSTER_TOKEN, type MemberInfo, type MemberSpec } from './server/membership.ts';
export type * from './server/requests.ts';
export { LocalEtcdCluster, TICK_MS, type CallOutcome as LocalCallOutcome, type LocalClusterOptions } from './localCluster.ts';
