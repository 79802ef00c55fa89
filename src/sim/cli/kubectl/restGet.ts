import { allResources, apiVersionOf, type ResourceKind } from '../../api/resources.ts';
import type { KubeObject } from '../../api/types.ts';
import type { ApiFailure, ApiRequest, ApiResponse } from '../../apiserver/protocol.ts';
import type { Effect } from '../command.ts';
import { API_SERVER_URL, parseResourcePath } from './apiPaths.ts';
import { toJson } from './output.ts';
import { SERVER_VERSION } from './verbs/version.ts';

/**
 * What the API server answers to a GET of a REST path, as HTTP; one place for both of kubectl's raw
 * clients, `kubectl get --raw` and `kubectl proxy`. JSON bodies are encoded as the API server encodes
 * them (compact with a trailing newline, or, for `?pretty=true` and user agents such as curl, indented
 * by two spaces with no trailing newline: apimachinery's json serializer with Pretty uses
 * MarshalIndent), lists as <Kind>List with the list's resourceVersion, errors as a Status; health
 * checks are a bare `ok`, /version is always indented (WriteRawJSON), and paths the API server does
 * not serve get the mux's plain `404 page not found`.
 */
export interface HttpReply {
  status: number;
  contentType: string;
  body: string;
  /** The API server's refusal behind a Status body, and what was asked (kubectl words its error from these). */
  failure?: { error: ApiFailure; resource: string; name?: string };
  /** A simulation note instead of a reply (the request is not simulated). */
  note?: string;
}

const HEALTH = new Set(['/healthz', '/livez', '/readyz', '/healthz/ping', '/livez/ping', '/readyz/ping']);
/** encoding/json writes version.Info's fields in declaration order. */
const VERSION_ORDER = ['major', 'minor', 'emulationMajor', 'emulationMinor', 'minCompatibilityMajor', 'minCompatibilityMinor', 'gitVersion', 'gitCommit', 'gitTreeState', 'buildDate', 'goVersion', 'compiler', 'platform'];

type Request = (req: ApiRequest) => Generator<Effect, ApiResponse, unknown>;

/** Go's encoding/json escapes <, > and & (and U+2028/U+2029) in strings; they occur only inside strings. */
function goEscape(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Objects keep kubectl's struct field order (output.ts knows it), re-encoded as the API server writes. */
function encode(value: unknown, pretty: boolean): string {
  const ordered: unknown = JSON.parse(toJson(value));
  return pretty ? goEscape(JSON.stringify(ordered, null, 2)) : `${goEscape(JSON.stringify(ordered))}\n`;
}

function json(status: number, value: unknown, pretty: boolean): HttpReply {
  return { status, contentType: 'application/json', body: encode(value, pretty) };
}

const NOT_FOUND_PAGE: HttpReply = { status: 404, contentType: 'text/plain; charset=utf-8', body: '404 page not found\n' };

function statusObject(f: ApiFailure, rk: ResourceKind, name: string | undefined): Record<string, unknown> {
  const details: Record<string, unknown> | undefined = name ? { name, ...(rk.group ? { group: rk.group } : {}), kind: rk.plural } : undefined;
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: f.message, reason: f.reason, ...(details ? { details } : {}), code: f.code };
}

function withoutTypeMeta(obj: KubeObject): Record<string, unknown> {
  const { kind: _kind, apiVersion: _apiVersion, ...rest } = obj;
  return rest;
}

/** Discovery documents for /api, /apis, /api/v1 and /apis/<group>/<version>. */
function discovery(path: string, pretty: boolean): HttpReply | undefined {
  const kinds = allResources();
  if (path === '/api') {
    return json(200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: API_SERVER_URL.replace(/^https:\/\//, '') }] }, pretty);
  }
  if (path === '/apis') {
    const groups = [...new Set(kinds.filter((k) => k.group).map((k) => k.group))].map((name) => {
      const version = kinds.find((k) => k.group === name)!.version;
      const gv = { groupVersion: `${name}/${version}`, version };
      return { name, versions: [gv], preferredVersion: gv };
    });
    return json(200, { kind: 'APIGroupList', apiVersion: 'v1', groups }, pretty);
  }
  const m = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))$/.exec(path);
  if (!m) return undefined;
  const group = m[2] ?? '';
  const version = m[1] ?? m[3];
  const served = kinds.filter((k) => k.group === group && k.version === version);
  if (!served.length) return undefined;
  const resources = served.map((k) => ({
    name: k.plural, singularName: k.singular, namespaced: k.namespaced, kind: k.kind,
    verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
    ...(k.shortNames.length ? { shortNames: k.shortNames } : {}),
  }));
  return json(200, { kind: 'APIResourceList', ...(group ? { apiVersion: 'v1' } : {}), groupVersion: group ? `${group}/${version}` : version, resources }, pretty);
}

function failure(status: number, error: ApiFailure, rk: ResourceKind, name: string | undefined, pretty: boolean): HttpReply {
  return { ...json(status, statusObject(error, rk, name), pretty), failure: { error, resource: rk.plural, name } };
}

export function* apiServerBody(path: string, params: URLSearchParams, pretty: boolean, request: Request): Generator<Effect, HttpReply, unknown> {
  const trimmed = path.length > 1 ? path.replace(/\/$/, '') : path;
  if (HEALTH.has(trimmed)) return { status: 200, contentType: 'text/plain; charset=utf-8', body: 'ok' };
  if (trimmed === '/version') {
    const info = Object.fromEntries(VERSION_ORDER.map((k) => [k, (SERVER_VERSION as Record<string, string>)[k]]));
    return { status: 200, contentType: 'application/json', body: goEscape(JSON.stringify(info, null, 2)) };
  }
  const doc = discovery(trimmed, pretty);
  if (doc) return doc;
  const target = parseResourcePath(trimmed);
  if (!target) return NOT_FOUND_PAGE;
  const { rk, namespace, name, subresource } = target;
  // Only pods have a log subresource.
  if (subresource && !(subresource === 'log' && rk.plural === 'pods') && subresource !== 'status') return NOT_FOUND_PAGE;
  if (!name) {
    const r = yield* request({ verb: 'list', resource: rk.plural, namespace, labelSelector: params.get('labelSelector') ?? undefined, fieldSelector: params.get('fieldSelector') ?? undefined });
    if (!r.ok) return failure(r.code, r, rk, undefined, pretty);
    return json(200, { kind: `${rk.kind}List`, apiVersion: apiVersionOf(rk), metadata: { resourceVersion: r.resourceVersion }, items: (r.items ?? []).map(withoutTypeMeta) }, pretty);
  }
  if (subresource === 'log') {
    const r = yield* request({ verb: 'logs', resource: rk.plural, namespace, name, container: params.get('container') ?? undefined, previous: params.get('previous') === 'true' });
    if (!r.ok) return failure(r.code, r, rk, name, pretty);
    return { status: 200, contentType: 'text/plain', body: r.text ?? '' };
  }
  const r = yield* request({ verb: 'get', resource: rk.plural, namespace, name });
  if (!r.ok) return failure(r.code, r, rk, name, pretty);
  return json(200, { kind: rk.kind, apiVersion: apiVersionOf(rk), ...r.object }, pretty);
}
