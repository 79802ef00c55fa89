import type { LocalEtcdCluster } from '../../etcd/localCluster.ts';
import type { CallOutcome, EtcdctlCall } from './types.ts';

export interface LocalPortOptions {
  /** Virtual time a watch stays open before the simulated Ctrl-C (default 2000 ms). */
  watchWindowMs?: number;
}

/**
 * Answers etcdctl's calls from a LocalEtcdCluster: finds the member behind the endpoint, refuses
 * connections to stopped members, and requires client certificates on https endpoints (kubeadm's
 * etcd uses mutual TLS).
 */
export function localClusterPort(cluster: LocalEtcdCluster, options: LocalPortOptions = {}): (call: EtcdctlCall) => CallOutcome {
  return (call) => {
    const member = cluster.memberByEndpoint(call.endpoint);
    if (!member || !member.isRunning()) return { kind: 'unreachable', reason: 'refused' };
    const tls = member.info.clientURLs.some((u) => u.startsWith('https://'));
    if (tls && !(call.credentials.cacert && call.credentials.cert && call.credentials.key)) return { kind: 'unreachable', reason: 'closed' };
    if (call.kind === 'unary') return cluster.call(member.info.name, call.request, call.timeoutMs);
    const { outcome, stream } = cluster.watch(member.info.name, call.request, options.watchWindowMs ?? 2000);
    return { kind: 'watch', created: outcome.kind === 'response' ? outcome.response : undefined, stream };
  };
}
