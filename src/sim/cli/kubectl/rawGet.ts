import type { KubeObject } from '../../api/types.ts';
import { apiVersionOf } from '../../api/resources.ts';
import { kubectlErrorText, type ApiFailure, type ApiResponse } from '../../apiserver/protocol.ts';
import { goJsonString } from '../goFormat.ts';
import { api, err, type CommandGenerator } from '../command.ts';
import { API_SERVER_URL, parseResourcePath } from './apiPaths.ts';
import { goStructOrder } from './output.ts';
import type { KubectlContext } from './registry.ts';
import { logResponse, logServerResponseObject, statusObject, verbosityOf } from './requestLog.ts';
import { SERVER_VERSION } from './verbs/version.ts';

/**
 * `kubectl get --raw PATH`: a GET on the API server whose body kubectl copies to stdout unchanged.
 * The simulated API server serves the health checks (`ok`, no newline), /version (indented JSON),
 * /api, and objects and collections of the core and named groups (compact JSON with a newline, as
 * the API server's encoder writes it; a list is `<Kind>List` with metadata.resourceVersion and items
 * without kind/apiVersion; pods/log is text). Objects keep the engine's field order except for the
 * Go struct order known to goStructOrder; there are no managedFields. Anything else is the API
 * server's plain 404, which kubectl reports as "the server could not find the requested resource".
 */
const HEALTH = new Set(['/healthz', '/livez', '/readyz', '/healthz/ping', '/livez/ping', '/readyz/ping']);
const NOT_FOUND_TEXT = 'the server could not find the requested resource';
const VERSION_ORDER = ['major', 'minor', 'emulationMajor', 'emulationMinor', 'minCompatibilityMajor', 'minCompatibilityMinor', 'gitVersion', 'gitCommit', 'gitTreeState', 'buildDate', 'goVersion', 'compiler', 'platform'];

/** encoding/json without indentation, in the value's own key order. */
export function goJsonCompact(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(goJsonCompact).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${goJsonString(k)}:${goJsonCompact(v)}`).join(',')}}`;
  }
  if (typeof value === 'string') return goJsonString(value);
  return JSON.stringify(value);
}

export function* rawGet(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const raw = String(flags.raw);
  if (ctx.args.length > 0) return fail(ctx, 'arguments may not be passed when --raw is specified');
  if (flags.watch || flags.selector) return fail(ctx, '--raw may not be specified with other flags that filter the server request or alter the output');
  if (flags.output) return fail(ctx, '--raw and --output are mutually exclusive');
  if (!raw.startsWith('/')) return fail(ctx, `--raw must be a valid URL path: parse "${raw}": invalid URI for request`);
  const [path, query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const started = io.now();
  const url = `${API_SERVER_URL}${raw}`;
  const answer = (code: number, body: string): number => {
    if (verbosityOf(ctx) >= 6) logResponse(ctx, 'GET', url, code, io.now() - started);
    io.stdout.push(body);
    return 0;
  };
  if (HEALTH.has(path)) return answer(200, 'ok');
  if (path === '/version') {
    const info = Object.fromEntries(VERSION_ORDER.map((k) => [k, (SERVER_VERSION as Record<string, string>)[k]]));
    return answer(200, JSON.stringify(info, null, 2));
  }
  if (path === '/api') return answer(200, `${goJsonCompact({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '192.168.1.10:6443' }] })}\n`);
  const target = parseResourcePath(path);
  if (!target || (target.subresource && !(target.subresource === 'log' && target.rk.plural === 'pods') && target.subresource !== 'status')) {
    if (verbosityOf(ctx) >= 6) logResponse(ctx, 'GET', url, 404, io.now() - started);
    // client-go turns the plain-text 404 into this Status.
    logServerResponseObject(ctx, JSON.stringify({
      metadata: {}, status: 'Failure', message: NOT_FOUND_TEXT, reason: 'NotFound',
      details: { causes: [{ reason: 'UnexpectedServerResponse', message: '404 page not found' }] }, code: 404,
    }, null, 2));
    err(io, `Error from server (NotFound): ${NOT_FOUND_TEXT}`);
    return 1;
  }
  const { rk, namespace, name, subresource } = target;
  let r: ApiResponse;
  if (subresource === 'log') {
    r = yield* api({ verb: 'logs', resource: 'pods', namespace, name, container: params.get('container') ?? undefined, previous: params.get('previous') === 'true' });
  } else if (name) {
    r = yield* api({ verb: 'get', resource: rk.plural, namespace, name });
  } else {
    r = yield* api({ verb: 'list', resource: rk.plural, namespace, labelSelector: params.get('labelSelector') ?? undefined, fieldSelector: params.get('fieldSelector') ?? undefined });
  }
  if (!r.ok) return failed(ctx, url, started, r, { resource: rk.plural, name });
  if (subresource === 'log') return answer(200, r.text ?? '');
  if (name) return answer(200, `${goJsonCompact(goStructOrder(r.object))}\n`);
  // Items of a typed list carry no kind/apiVersion of their own.
  const items = (r.items ?? []).map((o: KubeObject) => {
    const { kind: _kind, apiVersion: _apiVersion, ...rest } = goStructOrder(o) as KubeObject;
    return rest;
  });
  const list = { kind: `${rk.kind}List`, apiVersion: apiVersionOf(rk), metadata: { resourceVersion: r.resourceVersion }, items };
  return answer(200, `${goJsonCompact(list)}\n`);
}

function fail(ctx: KubectlContext, message: string): number {
  err(ctx.io, `error: ${message}`);
  return 1;
}

function failed(ctx: KubectlContext, url: string, started: number, r: ApiFailure, req: { resource: string; name?: string }): number {
  if (verbosityOf(ctx) >= 6) logResponse(ctx, 'GET', url, r.code, ctx.io.now() - started);
  // The raw client decodes the Status without its type fields.
  logServerResponseObject(ctx, statusObject({ verb: 'get', ...req }, r, false));
  err(ctx.io, kubectlErrorText(r));
  return 1;
}
