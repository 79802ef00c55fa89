import type { KubeObject } from '../api/types.ts';
import type { PatchType } from '../api/patch/applyPatch.ts';

/**
 * The wire protocol between components and kube-apiserver (the REST verbs, in message form).
 * Every request travels as a kernel message and its response comes back as another one.
 */
export type Verb =
  | 'get' | 'list' | 'watch' | 'unwatch'
  | 'create' | 'update' | 'updateStatus' | 'patch' | 'patchStatus' | 'delete'
  | 'bind' | 'event' | 'logs'
  /** POST pods/NAME/eviction (policy/v1 Eviction): apiserver/podEviction.ts. */
  | 'evict';

export interface ApiRequest {
  verb: Verb;
  /** Plural resource name, e.g. 'pods'. */
  resource: string;
  namespace?: string;
  name?: string;
  body?: KubeObject;
  /** JSON merge patch (RFC 7386) for patch / patchStatus. */
  patch?: Record<string, unknown>;
  /**
   * A patch as kubectl sends it (`kubectl patch`, `set`, `apply`): its type (the Content-Type) and
   * its decoded JSON body, applied by the API server's patch handler. Without it, `patch` above is
   * the components' merge patch.
   */
  patchType?: PatchType;
  patchBody?: unknown;
  labelSelector?: string;
  fieldSelector?: string;
  /** 'All' runs admission and validation without persisting (kubectl --dry-run=server). */
  dryRun?: boolean;
  gracePeriodSeconds?: number;
  /** For bind: the node. */
  target?: string;
  /** For unwatch. */
  watchId?: number;
  /** Who is asking (authentication result); kubectl uses kubernetes-admin. */
  user?: string;
  /** Groups of an impersonated user (kubectl --as-group). */
  groups?: string[];
  /** Bearer token as presented; an unknown token is rejected with 401. */
  token?: string;
  /** For logs: the container and whether the previous instance is wanted. */
  container?: string;
  previous?: boolean;
}

export type StatusReason =
  | 'NotFound' | 'AlreadyExists' | 'Conflict' | 'Invalid' | 'Forbidden' | 'Unauthorized'
  | 'BadRequest' | 'MethodNotAllowed' | 'ServiceUnavailable' | 'InternalError' | 'Timeout'
  /** 413: the request body is over the API server's 3 MiB limit. */
  | 'RequestEntityTooLarge'
  /** metav1.StatusReasonUnknown (the empty reason): a plain error the API server passes on as a 500. */
  | 'Unknown';

export interface ApiSuccess {
  ok: true;
  code: 200 | 201;
  object?: KubeObject;
  items?: KubeObject[];
  /** List resourceVersion (etcd header revision) or the object's. */
  resourceVersion: string;
  watchId?: number;
  /** Plain-text answers (pods/log). */
  text?: string;
}

export interface ApiFailure {
  ok: false;
  code: number;
  reason: StatusReason;
  /** The Status message exactly as the API server writes it. */
  message: string;
  /** Status details for 422 Invalid (kubectl renders the causes itself). */
  details?: { kind: string; name: string; causes: string[] };
}

export type ApiResponse = ApiSuccess | ApiFailure;

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent {
  watchId: number;
  type: WatchEventType;
  object: KubeObject;
}

export const STATUS_CODE: Record<StatusReason, number> = {
  NotFound: 404, AlreadyExists: 409, Conflict: 409, Invalid: 422, Forbidden: 403, Unauthorized: 401,
  BadRequest: 400, MethodNotAllowed: 405, ServiceUnavailable: 503, InternalError: 500, Timeout: 504,
  RequestEntityTooLarge: 413, Unknown: 500,
};

export function failure(reason: StatusReason, message: string): ApiFailure {
  return { ok: false, code: STATUS_CODE[reason], reason, message };
}

/** kubectl's rendering of a failed response (`Error from server (NotFound): ...`; 422 prints the bare message). */
export function kubectlErrorText(f: ApiFailure, source?: { verb: string; file: string }): string {
  if (f.reason === 'Invalid') {
    if (!f.details) return f.message;
    // A Status with empty details (the JSON patch handler's 422): kubectl names no object.
    if (!f.details.kind && !f.details.name && f.details.causes.length === 0) return `The request is invalid: ${f.message}`;
    const prefix = `The ${f.details.kind} "${f.details.name}" is invalid: `;
    if (f.details.causes.length === 1) return prefix + f.details.causes[0];
    return `${prefix}\n${f.details.causes.map((c) => `* ${c}`).join('\n')}`;
  }
  // The empty reason: kubectl prints no parenthesis.
  if (f.reason === 'Unknown') return source ? `Error from server: error when ${source.verb} "${source.file}": ${f.message}` : `Error from server: ${f.message}`;
  if (source) return `Error from server (${f.reason}): error when ${source.verb} "${source.file}": ${f.message}`;
  if (f.reason === 'Unauthorized') return 'error: You must be logged in to the server (Unauthorized)';
  // etcd failures reach kubectl as a 500 without a reason.
  if (f.reason === 'InternalError' && (f.message.startsWith('etcdserver:') || f.message.startsWith('Get "'))) return `Error from server: ${f.message}`;
  return `Error from server (${f.reason}): ${f.message}`;
}
