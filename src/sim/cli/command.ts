import type { KubeObject } from '../api/types.ts';
import type { ApiRequest, ApiResponse } from '../apiserver/protocol.ts';
import type { StorageRequest, StorageResponse } from '../apiserver/storage.ts';
import type { EditRequest } from './editor/editRequest.ts';

/**
 * Commands (kubectl, etcdctl, ...) are generator functions: they yield effects (an API request, a
 * wait) and are resumed with the result when the kernel delivers it. This keeps CLI code sequential
 * to read while the engine stays synchronous and deterministic (no Promises).
 */
export type Effect =
  | { type: 'api'; request: ApiRequest }
  | { type: 'sleep'; ms: number }
  /** etcdctl talks to an etcd member directly (client port 2379), not through the API server. */
  | { type: 'etcd'; member?: string; request: unknown }
  /** One etcdctl call (unary or bounded watch) answered with its CallOutcome (src/sim/cli/etcdctl/types.ts). */
  | { type: 'etcdctl-call'; call: unknown; fromNode?: string }
  /** Wait until the predicate over the API server's cache holds, or the timeout passes; resumes with true/false. */
  | { type: 'waitFor'; predicate: () => boolean; timeoutMs: number; background?: boolean }
  /** A CRI call (crictl) to the container runtime of `node`; resumes with its CriResponse, or undefined on timeout. */
  | { type: 'cri'; node: string; request: unknown }
  /** Wait forever (a server such as kubectl proxy run with `&`): only `kill` ends the job. */
  | { type: 'park' }
  /** Open the reader's editor (vi FILE, kubectl edit): resumes with the saved text or null (editor/editRequest.ts). */
  | { type: 'edit'; request: EditRequest };

export type EffectResult = ApiResponse | StorageResponse | boolean | undefined | unknown;

export type CommandGenerator = Generator<Effect, number, EffectResult>;

export interface CommandIO {
  stdout: string[];
  stderr: string[];
  files: Record<string, string>;
  /** The session file the command's stdout is redirected to (`> f`, `>> f`), if any: `cat f >> f` refuses it. */
  stdoutFile?: string;
  stdin: string | undefined;
  env: Record<string, string>;
  /** Virtual now in ms (for AGE columns). */
  now(): number;
  /** Read-only look at the API server's cache (used by waits and completions, never for output). */
  peek(resource: string, namespace: string | undefined, name: string): KubeObject | undefined;
  /** All cached objects of a resource (read-only; for watch-style output). */
  peekList(resource: string, namespace?: string): KubeObject[];
  /** True when nothing but background activity (heartbeats, back-off timers) is pending. */
  quiet(): boolean;
  /** Seeded randomness for generated names. */
  random(length: number): string;
  /** The identity requests are made as (kubectl --as); undefined = the kubeconfig's admin user. */
  user?: string;
  /** Groups impersonated with --as-group. */
  groups?: string[];
  /** Bearer token given with --token (the API server authenticates it). */
  token?: string;
  /** Per-cluster client state that outlives one command (kubeconfig context, default namespace). */
  session: Record<string, unknown>;
  /** True when the shell runs this command as a background job (`cmd &`). */
  background?: boolean;
  /** Run another command line in the same session (kubectl exec etcd-... -- etcdctl ...). */
  dispatch(argv: string[], env: Record<string, string>): CommandGenerator;
}

export function out(io: CommandIO, text: string): void {
  io.stdout.push(text.endsWith('\n') ? text : `${text}\n`);
}

export function err(io: CommandIO, text: string): void {
  io.stderr.push(text.endsWith('\n') ? text : `${text}\n`);
}

export function* api(request: ApiRequest): Generator<Effect, ApiResponse, EffectResult> {
  return (yield { type: 'api', request }) as ApiResponse;
}

export function* storage(request: StorageRequest, member?: string): Generator<Effect, StorageResponse, EffectResult> {
  return (yield { type: 'etcd', member, request }) as StorageResponse;
}

/** A registry of top-level programs the shell can run (kubectl, etcdctl, ...). */
export type Program = (argv: string[], io: CommandIO) => CommandGenerator;

const programs = new Map<string, Program>();

export function registerProgram(name: string, program: Program): void {
  programs.set(name, program);
}

export function program(name: string): Program | undefined {
  return programs.get(name);
}
