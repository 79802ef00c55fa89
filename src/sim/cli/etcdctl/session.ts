import type { ClientRequest, ClientResponse, ClientResult, ResponseHeader } from '../../etcd/server/requests.ts';
import { goJsonString } from './goFormat.ts';
import type { CallOutcome, ClientCredentials, EtcdctlCall, EtcdctlContext, EtcdctlResult } from './types.ts';

/** etcdctl's exit codes (etcdctl/ctlv3/command/error.go). */
export const EXIT = { success: 0, error: 1, badConnection: 2, invalidInput: 3, badFeature: 4, interrupted: 5, io: 6, badArgs: 128 } as const;

/** Raised by a command to stop with `Error: <message>` on stderr. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export interface GlobalOptions {
  endpoints: string[];
  writeOut: string;
  hex: boolean;
  commandTimeoutMs: number;
  credentials: ClientCredentials;
}

/** One run of etcdctl: its options, what it printed so far, and how it reaches the cluster. */
export class Session {
  stdout = '';
  stderr = '';
  files: Record<string, string> = {};
  private uuidState: number;

  constructor(
    readonly globals: GlobalOptions,
    readonly ctx: EtcdctlContext,
  ) {
    this.uuidState = Math.floor(ctx.wallClockMs ?? 0) >>> 0;
  }

  out(text: string): void {
    this.stdout += text;
  }

  err(text: string): void {
    this.stderr += text;
  }

  result(exitCode: number): EtcdctlResult {
    const r: EtcdctlResult = { stdout: this.stdout, stderr: this.stderr, exitCode };
    if (Object.keys(this.files).length > 0) r.files = this.files;
    return r;
  }

  /** Virtual wall-clock time as zap prints it in etcdctl's log lines. */
  isoTime(): string {
    return new Date(this.ctx.wallClockMs ?? 0).toISOString();
  }

  epochSeconds(): string {
    return ((this.ctx.wallClockMs ?? 0) / 1000).toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  }

  /** A client UUID for log lines (random in etcdctl; drawn from the injected generator here). */
  uuid(): string {
    const rnd = (): number => {
      if (this.ctx.random) return this.ctx.random();
      this.uuidState = (Math.imul(this.uuidState, 1664525) + 1013904223) >>> 0;
      return this.uuidState / 4294967296;
    };
    const hexDigits = (n: number): string => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
    return `${hexDigits(8)}-${hexDigits(4)}-4${hexDigits(3)}-${'89ab'[Math.floor(rnd() * 4)]}${hexDigits(3)}-${hexDigits(12)}`;
  }

  /** clientv3's retry interceptor logs every failed unary call at warn level on stderr. */
  warnRetry(target: string, code: string, desc: string): void {
    this.err(
      `{"level":"warn","ts":"${this.isoTime()}","caller":"clientv3/retry_interceptor.go:62","msg":"retrying of unary invoker failed",` +
        `"target":${goJsonString(target)},"attempt":0,"error":${goJsonString(`rpc error: code = ${code} desc = ${desc}`)}}\n`,
    );
  }

  clientTarget(endpoint: string): string {
    return `endpoint://client-${this.uuid()}/${endpoint}`;
  }
}

export interface UnaryOk {
  header: ResponseHeader;
  result: ClientResult;
  elapsedMs: number;
  endpoint: string;
}

const hostPort = (endpoint: string): string => endpoint.replace(/^[a-z]+:\/\//, '');

/**
 * Sends one request the way clientv3 does with several endpoints: the first reachable one answers.
 * Failures become the log line and the error etcdctl prints.
 */
export function* unary(s: Session, request: ClientRequest, endpoints = s.globals.endpoints): Generator<EtcdctlCall, UnaryOk, CallOutcome> {
  const target = s.clientTarget(hostPort(endpoints[0]));
  let sawClosed = false;
  for (const endpoint of endpoints) {
    const outcome = yield { kind: 'unary', endpoint, request, timeoutMs: s.globals.commandTimeoutMs, credentials: s.globals.credentials };
    if (outcome.kind === 'unreachable') {
      if (outcome.reason === 'closed') sawClosed = true;
      continue;
    }
    if (outcome.kind === 'timeout') {
      s.warnRetry(target, 'DeadlineExceeded', 'context deadline exceeded');
      throw new CommandError('context deadline exceeded', EXIT.error);
    }
    if (outcome.kind !== 'response') continue;
    return okOrThrow(s, target, outcome.response, outcome.elapsedMs, endpoint);
  }
  s.warnRetry(
    target,
    'DeadlineExceeded',
    sawClosed ? 'latest balancer error: all SubConns are in TransientFailure, latest connection error: connection closed' : 'latest balancer error: all SubConns are in TransientFailure',
  );
  throw new CommandError('context deadline exceeded', EXIT.error);
}

function okOrThrow(s: Session, target: string, response: ClientResponse, elapsedMs: number, endpoint: string): UnaryOk {
  if (!response.ok) {
    s.warnRetry(target, response.grpcCode, response.error);
    throw new CommandError(response.error, EXIT.error);
  }
  return { header: response.header, result: response.result, elapsedMs, endpoint };
}
