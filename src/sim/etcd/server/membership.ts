import { sha1 } from '@noble/hashes/legacy.js';

/** One member as `etcdctl member list` reports it. */
export interface MemberInfo {
  /** 16 lowercase hex digits, e.g. "bdae9bbc11dd390d". */
  id: string;
  name: string;
  peerURLs: string[];
  clientURLs: string[];
  isLearner: boolean;
}

export interface MemberSpec {
  name: string;
  peerURLs: string[];
  clientURLs: string[];
}

/** etcd's default `--initial-cluster-token`. */
export const DEFAULT_CLUSTER_TOKEN = 'etcd-cluster';

const encoder = new TextEncoder();

function first8BytesAsUint64(bytes: Uint8Array): bigint {
  let v = 0n;
  for (let i = 0; i < 8; i++) v = (v << 8n) | BigInt(bytes[i]);
  return v;
}

/**
 * The member ID etcd derives for a member of the initial cluster: the first 8 bytes of
 * SHA-1(sorted peer URLs joined + cluster token) (etcd `etcdserver/api/membership/member.go`
 * `computeMemberId`). Matching it makes `member list` show the IDs a real cluster would.
 */
export function computeMemberId(peerURLs: string[], clusterToken = DEFAULT_CLUSTER_TOKEN): string {
  const digest = sha1(encoder.encode([...peerURLs].sort().join('') + clusterToken));
  return first8BytesAsUint64(digest).toString(16).padStart(16, '0');
}

/** The cluster ID: first 8 bytes of SHA-1 over the sorted member IDs (etcd `RaftCluster.genID`). */
export function computeClusterId(memberIds: string[]): string {
  const ids = memberIds.map((id) => BigInt('0x' + id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const bytes = new Uint8Array(8 * ids.length);
  ids.forEach((id, i) => {
    for (let j = 0; j < 8; j++) bytes[i * 8 + j] = Number((id >> BigInt(56 - 8 * j)) & 0xffn);
  });
  return first8BytesAsUint64(sha1(bytes)).toString(16).padStart(16, '0');
}

/** Member list of an initial cluster, sorted by ID as etcd returns it. */
export function initialMembers(specs: MemberSpec[], clusterToken = DEFAULT_CLUSTER_TOKEN): MemberInfo[] {
  return specs
    .map((s) => ({ id: computeMemberId(s.peerURLs, clusterToken), name: s.name, peerURLs: s.peerURLs, clientURLs: s.clientURLs, isLearner: false }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Member specs as kubeadm lays them out: one member named after the control-plane node with
 * https URLs on the node IP (`--listen-client-urls=https://127.0.0.1:2379,https://<ip>:2379`,
 * advertised as https://<ip>:2379; peers on :2380).
 */
export function kubeadmMemberSpecs(members: { name: string; ip: string }[]): MemberSpec[] {
  return members.map((m) => ({ name: m.name, peerURLs: [`https://${m.ip}:2380`], clientURLs: [`https://${m.ip}:2379`] }));
}
