import type { ClientRequest, ClientResponse, WatchResponse } from '../../etcd/server/requests.ts';

/** TLS material named on the command line (paths only: the simulation checks they exist). */
export interface ClientCredentials {
  cacert?: string;
  cert?: string;
  key?: string;
}

/** One unary request etcdctl sends to one endpoint; the host answers with a CallOutcome. */
export interface UnaryCall {
  kind: 'unary';
  /** As given in --endpoints ("127.0.0.1:2379", "https://10.0.0.10:2379"). */
  endpoint: string;
  request: ClientRequest;
  /** --command-timeout: the host stops waiting after this much virtual time. */
  timeoutMs: number;
  credentials: ClientCredentials;
}

/**
 * A watch: the host opens it, delivers what arrives, and ends it as if the user pressed Ctrl-C
 * once the simulation is quiet (see README "Watch is bounded").
 */
export interface WatchCall {
  kind: 'watch';
  endpoint: string;
  request: Extract<ClientRequest, { type: 'watch' }>;
  credentials: ClientCredentials;
}

export type EtcdctlCall = UnaryCall | WatchCall;

export type CallOutcome =
  | { kind: 'response'; response: ClientResponse; elapsedMs: number }
  /** Nothing came back in time (no leader, lost member): etcdctl reports "context deadline exceeded". */
  | { kind: 'timeout'; elapsedMs: number }
  /** Nothing listens there (connection refused), or TLS was required and not offered ('closed'). */
  | { kind: 'unreachable'; reason?: 'refused' | 'closed' }
  /** Answer to a WatchCall: the create response, then every stream message until the interrupt. */
  | { kind: 'watch'; created?: ClientResponse; stream: WatchResponse[] };

export interface EtcdctlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Files the command wrote (snapshot save), path -> content. */
  files?: Record<string, string>;
}

export interface EtcdctlContext {
  /** Environment after the shell applied `VAR=value` prefixes and exports (ETCDCTL_API, ETCDCTL_ENDPOINTS...). */
  env?: Record<string, string | undefined>;
  /** Whether a file exists on the machine the command runs on (for --cacert/--cert/--key). */
  fileExists?: (path: string) => boolean;
  /** The text of a file on the machine the command runs on (snapshot status/restore), or undefined. */
  readFile?: (path: string) => string | undefined;
  /** Whether a file or directory exists (snapshot restore refuses an existing --data-dir). */
  pathExists?: (path: string) => boolean;
  /** Wall-clock time in ms (virtual), for the timestamps of etcdctl's log lines. */
  wallClockMs?: number;
  /** Uniform [0, 1) generator for the client UUIDs in log lines; defaults to a fixed sequence. */
  random?: () => number;
}

export type EtcdctlProgram = Generator<EtcdctlCall, EtcdctlResult, CallOutcome>;
