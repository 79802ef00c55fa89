// Types only: the etcdctl program itself is registered by cli/etcdctl/registerEtcdctl.ts, which the
// browser engine loads lazily, so the cluster must not import it.
import type { CallOutcome, EtcdctlCall } from '../cli/etcdctl/types.ts';
import type { ClientResponse, WatchResponse } from '../etcd/server/requests.ts';
import type { Kernel } from '../kernel/kernel.ts';
import type { ClientProcess } from './client.ts';
import type { EtcdMemberHost } from './etcdMemberHost.ts';

/**
 * Connects the etcdctl program (src/sim/cli/etcdctl, registered by registerEtcdctl.ts) to the
 * cluster's etcd members through the command runner's `etcdctl-call` effects: endpoint
 * resolution (127.0.0.1:2379 is the member on the same host), mutual TLS (kubeadm's etcd requires
 * --cacert/--cert/--key), unary calls with etcdctl's --command-timeout, and bounded watches.
 */
export const WATCH_WINDOW_MS = 2_000;

export function createEtcdctlPort(kernel: Kernel, client: ClientProcess, hosts: () => EtcdMemberHost[]) {
  const resolve = (endpoint: string, fromNode: string | undefined): EtcdMemberHost | undefined => {
    const hostPort = endpoint.replace(/^[a-z]+:\/\//, '').replace(/\/$/, '');
    const [host, port] = hostPort.split(':');
    if (port !== undefined && port !== '2379') return undefined;
    if (host === '127.0.0.1' || host === 'localhost') return hosts().find((h) => h.node === (fromNode ?? 'controlplane'));
    return hosts().find((h) => h.member.info.clientURLs.some((u) => u.replace(/^[a-z]+:\/\//, '') === `${host}:${port ?? '2379'}`));
  };

  return (rawCall: unknown, fromNode: string | undefined, done: (outcome: unknown) => void): void => {
    const call = rawCall as EtcdctlCall;
    const host = resolve(call.endpoint, fromNode);
    if (!host || !host.up) return done({ kind: 'unreachable', reason: 'refused' } satisfies CallOutcome);
    const tls = host.member.info.clientURLs.some((u) => u.startsWith('https://'));
    if (tls && !(call.credentials.cacert && call.credentials.cert && call.credentials.key)) return done({ kind: 'unreachable', reason: 'closed' } satisfies CallOutcome);
    const started = kernel.now();
    if (call.kind === 'unary') {
      let finished = false;
      const timer = client.setTimer(call.timeoutMs, { id: 'etcdctl.timeout', params: {} }, () => {
        if (finished) return;
        finished = true;
        done({ kind: 'timeout', elapsedMs: kernel.now() - started } satisfies CallOutcome);
      }, { kind: 'timeout' });
      client.etcdRequest(host.id, call.request, { id: 'etcdctl.request', params: { member: host.memberName, type: call.request.type } }, (response) => {
        if (finished) return;
        finished = true;
        client.clearTimer(timer);
        done({ kind: 'response', response: response as ClientResponse, elapsedMs: kernel.now() - started } satisfies CallOutcome);
      });
      return;
    }
    // Bounded watch: open it, let the cluster run for a while, then end as if Ctrl-C was pressed.
    let created: ClientResponse | undefined;
    let requestId = -1;
    client.etcdRequest(host.id, call.request, { id: 'etcdctl.watch', params: { member: host.memberName } }, (response) => {
      created = response as ClientResponse;
    }, (id) => (requestId = id));
    client.setTimer(WATCH_WINDOW_MS, { id: 'etcdctl.stop-watch', params: {} }, () => {
      const stream: WatchResponse[] = host.watchStreams.get(requestId) ?? [];
      host.watchStreams.delete(requestId);
      done({ kind: 'watch', created, stream } satisfies CallOutcome);
    });
  };
}
