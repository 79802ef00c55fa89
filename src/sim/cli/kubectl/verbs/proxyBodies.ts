import { allResources, apiVersionOf, type ResourceKind } from '../../../api/resources.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { ApiFailure, ApiRequest, ApiResponse } from '../../../apiserver/protocol.ts';
import type { Effect } from '../../command.ts';
import { parseResourcePath } from '../apiPaths.ts';
import { toJson } from '../output.ts';
import { API_SERVER_URL } from '../apiPaths.ts';

/**
 * What the API server answers to a GET of a REST path, as HTTP: JSON bodies encoded as the API
 * server encodes them (compact with a trailing newline, or, for `?pretty=true` and user agents such
 * as curl, indented by two spaces with no trailing newline: apimachinery's json serializer with
 * Pretty uses MarshalIndent), lists as <Kind>List with the list's resourceVersion, errors as a Status.
 */
export interface HttpReply {
  status: number;
  contentType: string;
  body: string;
  /** A simulation note instead of a reply (the request is not simulated). */
  note?: string;
}

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

export function* apiServerBody(path: string, params: URLSearchParams, pretty: boolean, request: Request): Generator<Effect, HttpReply, unknown> {
  const trimmed = path.length > 1 ? path.replace(/\/$/, '') : path;
  if (['/healthz', '/livez', '/readyz'].includes(trimmed)) return { status: 200, contentType: 'text/plain; charset=utf-8', body: 'ok' };
  if (trimmed === '/version') {
    return json(200, { major: '1', minor: '33', emulationMajor: '1', emulationMinor: '33', minCompatibilityMajor: '1', minCompatibilityMinor: '32', gitVersion: 'v1.33.1', gitCommit: '8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828', gitTreeState: 'clean', buildDate: '2025-05-15T08:19:08Z', goVersion: 'go1.24.2', compiler: 'gc', platform: 'linux/amd64' }, pretty);
  }
  const doc = discovery(trimmed, pretty);
  if (doc) return doc;
  const target = parseResourcePath(trimmed);
  if (!target) return NOT_FOUND_PAGE;
  const { rk, namespace, name, subresource } = target;
  if (params.get('watch') === 'true' || params.get('watch') === '1') {
    return { status: 0, contentType: '', body: '', note: '(simulation) watch requests through kubectl proxy are not simulated; use kubectl get -w.' };
  }
  if (subresource && subresource !== 'log' && subresource !== 'status') return NOT_FOUND_PAGE;
  if (!name) {
    const r = yield* request({ verb: 'list', resource: rk.plural, namespace, labelSelector: params.get('labelSelector') ?? undefined, fieldSelector: params.get('fieldSelector') ?? undefined });
    if (!r.ok) return json(r.code, statusObject(r, rk, undefined), pretty);
    return json(200, { kind: `${rk.kind}List`, apiVersion: apiVersionOf(rk), metadata: { resourceVersion: r.resourceVersion }, items: (r.items ?? []).map(withoutTypeMeta) }, pretty);
  }
  if (subresource === 'log') {
    const r = yield* request({ verb: 'logs', resource: rk.plural, namespace, name, container: params.get('container') ?? undefined, previous: params.get('previous') === 'true' });
    if (!r.ok) return json(r.code, statusObject(r, rk, name), pretty);
    return { status: 200, contentType: 'text/plain', body: r.text ?? '' };
  }
  const r = yield* request({ verb: 'get', resource: rk.plural, namespace, name });
  if (!r.ok) return json(r.code, statusObject(r, rk, name), pretty);
  return json(200, { kind: rk.kind, apiVersion: apiVersionOf(rk), ...r.object }, pretty);
}
