import { decodeErrorMessage, decodeObject } from '../api/decode/decode.ts';
import { formatFieldError, invalidMessage } from '../api/fieldErrors.ts';
import type { KubeObject } from '../api/types.ts';
import { failure, type ApiFailure, type ApiRequest } from './protocol.ts';

/** kube-apiserver's limit on a request body (--max-request-bytes' default for JSON: 3 MiB). */
export const MAX_REQUEST_BODY_BYTES = 3 * 1024 * 1024;

/** Whether the body (or patch) as JSON on the wire is over the limit (UTF-8 bytes). */
export function requestTooLarge(req: ApiRequest): boolean {
  const payload = req.verb === 'patch' ? req.patch : req.body;
  if (payload === undefined) return false;
  const text = JSON.stringify(payload) ?? '';
  // A UTF-16 unit is at least one byte: only a long text can be over the limit.
  return text.length > MAX_REQUEST_BODY_BYTES / 3 && new TextEncoder().encode(text).length > MAX_REQUEST_BODY_BYTES;
}

/**
 * The request-body step of the API server's create/update/patch handlers: the JSON is decoded into
 * the kind's Go type (api/decode) before defaulting, admission and validation. A body that does not
 * decode is rejected with the handler's wording, and nothing after this step ever sees it.
 */
export type Decoded = { ok: true; object: KubeObject } | { ok: false; failure: ApiFailure };

/** create and update (PUT): `<Kind> in version "v1" cannot be handled as a <Kind>: <decode error>` (400). */
export function decodeRequestBody(kind: string, body: KubeObject): Decoded {
  const { value, error } = decodeObject(kind, body as Record<string, unknown>);
  if (error === undefined) return { ok: true, object: value as KubeObject };
  const apiVersion = typeof body.apiVersion === 'string' ? body.apiVersion : '';
  return { ok: false, failure: failure('BadRequest', decodeErrorMessage(kind, apiVersion, error)) };
}

/**
 * patch: the patched object is decoded again; a failure is the patch handler's Invalid error on the
 * field "patch", whose value is the patched JSON (the Go map marshalled: keys sorted).
 */
export function decodePatchedObject(kind: string, patched: KubeObject): Decoded {
  const { value, error } = decodeObject(kind, patched as Record<string, unknown>);
  if (error === undefined) return { ok: true, object: value as KubeObject };
  const causes = [{ type: 'Invalid' as const, field: 'patch', value: sortedJson(patched), detail: error }];
  return { ok: false, failure: { ...failure('Invalid', invalidMessage('', '', causes)), details: { kind: '', name: '', causes: causes.map(formatFieldError) } } };
}

function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = (v as Record<string, unknown>)[k];
    return out;
  });
}

/**
 * An object read from etcd is decoded like a request body (it may have been written behind the API
 * server's back with etcdctl). A value that does not decode fails the read with the decoder's text
 * as a plain error: the API server answers 500 with reason "" (kubectl: `Error from server: ...`),
 * for a get and for a list that meets it, instead of crashing later in a printer or a controller.
 */
export function decodeStoredValue(kind: string, text: string): { ok: true; object: KubeObject } | { ok: false; failure: ApiFailure } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const bad = text.trimStart()[0] ?? '';
    const detail = bad ? `invalid character ${goQuoteChar(bad)} looking for beginning of value` : 'unexpected end of JSON input';
    return { ok: false, failure: storedFailure(`couldn't get version/kind; json parse error: ${detail}`) };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, failure: storedFailure(`couldn't get version/kind; json parse error: json: cannot unmarshal ${Array.isArray(parsed) ? 'array' : typeof parsed === 'string' ? 'string' : typeof parsed === 'boolean' ? 'bool' : 'number'} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }`) };
  }
  const body = parsed as Record<string, unknown>;
  if (typeof body.kind !== 'string' || body.kind === '') return { ok: false, failure: storedFailure(`Object 'Kind' is missing in '${text.length > 200 ? `${text.slice(0, 200)}...` : text}'`) };
  const { value, error } = decodeObject(kind, body);
  if (error !== undefined) return { ok: false, failure: storedFailure(error) };
  const object = value as KubeObject;
  if (!object.metadata || typeof object.metadata !== 'object') object.metadata = {};
  return { ok: true, object };
}

function storedFailure(message: string): ApiFailure {
  return { ok: false, code: 500, reason: 'Unknown', message };
}

/** Go's quoteChar: 'x', or the escaped form for quotes. */
function goQuoteChar(c: string): string {
  if (c === "'") return `'\\''`;
  if (c === '"') return `'"'`;
  return `'${c}'`;
}
