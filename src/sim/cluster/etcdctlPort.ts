import { EPOCH_MS } from '../api/meta.ts';
import { etcdctlProgram } from '../cli/etcdctl/index.ts';
import type { CallOutcome, EtcdctlCall } from '../cli/etcdctl/types.ts';
import { registerProgram, type CommandGenerator, type CommandIO } from '../cli/command.ts';
import type { ClientResponse, WatchResponse } from '../etcd/server/requests.ts';
import type { Kernel } from '../kernel/kernel.ts';
import type { ClientProcess } from './client.ts';
import type { EtcdMemberHost } from './etcdMemberHost.ts';

/**
 * Connects the etcdctl program (src/sim/cli/etcdctl) to the cluster's etcd members: endpoint
 * resolution (127.0.0.1:2379 is the member on the same host), mutual TLS (kubeadm's etcd requires
 * --cacert/--cert/--key), unary calls with etcdctl's --command-timeout, and bounded watches.
 */
export const WATCH_WINDOW_MS = 2_000;

/** Files that exist on a kubeadm control-plane node (and inside the etcd static pod). */
export function kubeadmFileExists(path: string): boolean {
  return /^\/etc\/kubernetes\/pki\/(etcd\/)?(ca|server|peer|healthcheck-client|apiserver-etcd-client)\.(crt|key)$/.test(path);
}

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
      const timer = client.setTimer(call.timeoutMs, { ko: 'etcdctl의 요청 제한 시간이 끝난다', en: 'etcdctl request times out' }, () => {
        if (finished) return;
        finished = true;
        done({ kind: 'timeout', elapsedMs: kernel.now() - started } satisfies CallOutcome);
      }, { kind: 'timeout' });
      client.etcdRequest(host.id, call.request, () => ({ ko: `etcdctl이 ${host.memberName} 멤버에 ${call.request.type} 요청을 보낸다`, en: `etcdctl sends ${call.request.type} to member ${host.memberName}` }), (response) => {
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
    client.etcdRequest(host.id, call.request, () => ({ ko: `etcdctl이 ${host.memberName} 멤버의 키 변경을 감시(watch)한다`, en: `etcdctl watches keys on member ${host.memberName}` }), (response) => {
      created = response as ClientResponse;
    }, (id) => (requestId = id));
    client.setTimer(WATCH_WINDOW_MS, { ko: '사용자가 Ctrl-C로 etcdctl watch를 멈춘다', en: 'the user stops etcdctl watch with Ctrl-C' }, () => {
      const stream: WatchResponse[] = host.watchStreams.get(requestId) ?? [];
      host.watchStreams.delete(requestId);
      done({ kind: 'watch', created, stream } satisfies CallOutcome);
    });
  };
}

/**
 * The terminal is a shell on the control-plane node whose profile exports the kubeadm etcd client
 * certificates (ETCDCTL_CACERT/CERT/KEY, an etcdctl 3.4 feature), so `etcdctl put key1 value1` works
 * there as in the course; inside the etcd pod (kubectl exec) nothing is exported and the flags are needed.
 * With an external etcd cluster (3/5 members) the profile also exports ETCDCTL_ENDPOINTS.
 */
export const CONTROL_PLANE_ETCDCTL_ENV: Record<string, string> = {
  ETCDCTL_CACERT: '/etc/kubernetes/pki/etcd/ca.crt',
  ETCDCTL_CERT: '/etc/kubernetes/pki/etcd/server.crt',
  ETCDCTL_KEY: '/etc/kubernetes/pki/etcd/server.key',
};

/** The etcdctl program (ETCDCTL_* from the environment; fromNode = where it runs, default the control plane). */
export function* etcdctlCommand(argv: string[], io: CommandIO, fromNode?: string, baseEnv: Record<string, string> = {}): CommandGenerator {
  const program = etcdctlProgram(argv, {
    env: { ...baseEnv, ...io.env },
    fileExists: (p) => kubeadmFileExists(p) || p in io.files,
    wallClockMs: EPOCH_MS + io.now(),
  });
  let step = program.next();
  while (!step.done) {
    const outcome = yield { type: 'etcdctl-call', call: step.value, fromNode };
    step = program.next(outcome as CallOutcome);
  }
  const result = step.value;
  if (result.stdout) io.stdout.push(result.stdout);
  if (result.stderr) io.stderr.push(result.stderr);
  if (result.files) {
    const saved = (io.session.files as Record<string, string> | undefined) ?? {};
    Object.assign(saved, result.files);
    io.session.files = saved;
  }
  return result.exitCode;
}

registerProgram('etcdctl', (argv, io) => etcdctlCommand(argv, io, undefined, { ...CONTROL_PLANE_ETCDCTL_ENV, ...((io.session.hostEnv as Record<string, string>) ?? {}) }));
/** etcdctl run inside the etcd static pod (kubectl exec): the pod's environment exports nothing. */
registerProgram('etcdctl@etcd-pod', (argv, io) => etcdctlCommand(argv, io));
