import { EPOCH_MS } from '../../api/meta.ts';
import { resolveResource } from '../../api/resources.ts';
import type { ApiFailure, ApiRequest, ApiResponse } from '../../apiserver/protocol.ts';
import { err, type CommandGenerator, type Effect, type EffectResult } from '../command.ts';
import { API_SERVER_URL, requestPath } from './apiPaths.ts';
import type { KubectlContext } from './registry.ts';

/**
 * kubectl -v=N: klog lines on stderr, as kubectl 1.33 writes them (format recorded in
 * tests/golden/cli-gaps): from 1 the client feature gates, from 4 the Status of a failed request
 * ("server response object", with klog's own `%s[` quirk), from 6 the kubeconfig file and one
 * "Response" line per HTTP request with its verb, URL, status and duration.
 * Simplified: levels above 6 print what 6 prints (real kubectl adds headers, curl commands and
 * bodies); the discovery cache is taken as warm (no /api, /apis requests); the time is the virtual
 * clock, the pid is fixed, the feature gates come in a fixed order (Go's map order varies by run);
 * the server response object is shown for NotFound, AlreadyExists and Conflict only.
 */
export const KUBECTL_PID = 48211;
const KUBECONFIG_PATH = '/root/.kube/config';
const FEATURE_GATES: [string, boolean][] = [
  ['ClientsAllowCBOR', false], ['ClientsPreferCBOR', false], ['InOrderInformers', true], ['InformerResourceVersion', false], ['WatchListClient', false],
];

/** klog's line header; severity I (info) or W (warning). */
export function klogHeader(virtualMs: number, source: string, severity: 'I' | 'W' = 'I'): string {
  const d = new Date(EPOCH_MS + virtualMs);
  const two = (n: number) => String(n).padStart(2, '0');
  const micros = String(d.getUTCMilliseconds() * 1000).padStart(6, '0');
  return `${severity}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${micros} ${String(KUBECTL_PID).padStart(7)} ${source}] `;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 422: 'Unprocessable Entity', 500: 'Internal Server Error', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

export function httpStatus(code: number): string {
  return `${code} ${STATUS_TEXT[code] ?? ''}`.trim();
}

/** Verbs whose list requests are chunked (--chunk-size 500). */
const CHUNKED = new Set(['get', 'delete', 'describe']);

/** --validate as the fieldValidation query parameter (commands that have the flag send it on writes). */
function fieldValidation(validate: unknown): string | undefined {
  if (validate === undefined) return undefined;
  const v = String(validate).toLowerCase();
  return v === 'false' || v === 'ignore' ? 'Ignore' : v === 'warn' ? 'Warn' : 'Strict';
}

/**
 * The HTTP method and URL kubectl sends for a request (query keys sorted, as url.Values encodes;
 * checked against kubectl 1.33's -v=6 lines in tests/golden/cli-gaps/server/write-*).
 */
export function requestLine(kubectlVerb: string, req: ApiRequest, validate?: unknown): { method: string; url: string } {
  const query: Record<string, string> = {};
  let method = 'GET';
  switch (req.verb) {
    case 'list':
      if (req.labelSelector) query.labelSelector = req.labelSelector;
      if (req.fieldSelector) query.fieldSelector = req.fieldSelector;
      if (CHUNKED.has(kubectlVerb)) query.limit = '500';
      break;
    case 'logs':
      if (req.container) query.container = req.container;
      if (req.previous) query.previous = 'true';
      break;
    case 'evict':
      // The policy/v1 client's Evict sends no fieldManager.
      method = 'POST';
      break;
    case 'create':
    case 'bind':
      method = 'POST';
      query.fieldManager = kubectlVerb === 'apply' ? 'kubectl-client-side-apply' : `kubectl-${kubectlVerb}`;
      break;
    case 'update':
    case 'updateStatus':
      // kubectl apply sends its three-way merge as a PATCH.
      method = kubectlVerb === 'apply' ? 'PATCH' : 'PUT';
      query.fieldManager = kubectlVerb === 'apply' ? 'kubectl-client-side-apply' : `kubectl-${kubectlVerb}`;
      break;
    case 'patch':
    case 'patchStatus':
      method = 'PATCH';
      query.fieldManager = `kubectl-${kubectlVerb}`;
      break;
    case 'delete':
      method = 'DELETE';
      break;
  }
  if (req.dryRun) query.dryRun = 'All';
  const validation = method === 'GET' || method === 'DELETE' ? undefined : fieldValidation(validate);
  if (validation) query.fieldValidation = validation;
  const keys = Object.keys(query).sort();
  const search = keys.length ? `?${keys.map((k) => `${k}=${encodeURIComponent(query[k]).replace(/%20/g, '+')}`).join('&')}` : '';
  return { method, url: `${API_SERVER_URL}${requestPath(req)}${search}` };
}

/** The Status object the API server sent with a failure, as klog prints it (two-space JSON). */
export function statusObject(req: ApiRequest | undefined, f: ApiFailure, typed = true): string {
  const rk = req ? resolveResource(req.resource) : undefined;
  const status: Record<string, unknown> = typed ? { kind: 'Status', apiVersion: 'v1' } : {};
  status.metadata = {};
  status.status = 'Failure';
  if (f.message) status.message = f.message;
  status.reason = f.reason;
  if (rk && req?.name && ['NotFound', 'AlreadyExists', 'Conflict'].includes(f.reason)) {
    status.details = { name: req.name, ...(rk.group ? { group: rk.group } : {}), kind: rk.plural };
  }
  status.code = f.code;
  return JSON.stringify(status, null, 2);
}

export function verbosityOf(ctx: KubectlContext): number {
  return Number(ctx.flags.v ?? 0) || 0;
}

export function logServerResponseObject(ctx: KubectlContext, text: string): void {
  if (verbosityOf(ctx) >= 4) err(ctx.io, `${klogHeader(ctx.io.now(), 'helpers.go:246')}server response object: %s[${text}]`);
}

/** Runs a verb and writes the klog lines its level asks for around its API requests. */
export function* withRequestLog(ctx: KubectlContext, verb: CommandGenerator): CommandGenerator {
  const level = verbosityOf(ctx);
  const { io } = ctx;
  if (level >= 6) err(io, `${klogHeader(io.now(), 'loader.go:402')}Config loaded from file:  ${KUBECONFIG_PATH}`);
  for (const [gate, enabled] of FEATURE_GATES) err(io, `${klogHeader(io.now(), 'envvar.go:172')}"Feature gate default state" feature="${gate}" enabled=${enabled}`);
  // `get --raw` writes its own lines (its URL is the raw path).
  const logRequests = level >= 6 && !ctx.flags.raw;
  let lastFailure: { request: ApiRequest; response: ApiFailure } | undefined;
  let input: EffectResult;
  for (;;) {
    const step = verb.next(input);
    if (step.done) {
      if (step.value !== 0 && lastFailure) logFailureBeforeItsError(ctx, lastFailure.request, lastFailure.response);
      return step.value;
    }
    const effect: Effect = step.value;
    if (effect.type !== 'api') {
      input = yield effect;
      continue;
    }
    const started = io.now();
    const response = (yield effect) as ApiResponse;
    if (logRequests) {
      const { method, url } = requestLine(ctx.verb, effect.request, ctx.flags.validate);
      logResponse(ctx, method, url, response.code, io.now() - started);
    }
    if (!response.ok) lastFailure = { request: effect.request, response };
    input = response;
  }
}

export function logResponse(ctx: KubectlContext, method: string, url: string, code: number, ms: number): void {
  err(ctx.io, `${klogHeader(ctx.io.now(), 'round_trippers.go:632')}"Response" verb="${method}" url="${url}" status="${httpStatus(code)}" milliseconds=${ms}`);
}

/**
 * kubectl logs the Status of the error it exits with (cmdutil.CheckErr) just before printing it:
 * the line goes in front of that error's text on stderr.
 */
function logFailureBeforeItsError(ctx: KubectlContext, request: ApiRequest, failure: ApiFailure): void {
  if (verbosityOf(ctx) < 4 || !['NotFound', 'AlreadyExists', 'Conflict'].includes(failure.reason)) return;
  const text = `Error from server (${failure.reason}): ${failure.message}`;
  const at = ctx.io.stderr.findIndex((s) => s.startsWith(text));
  if (at < 0) return;
  ctx.io.stderr.splice(at, 0, `${klogHeader(ctx.io.now(), 'helpers.go:246')}server response object: %s[${statusObject(request, failure)}]\n`);
}
