import type { ResourceKind } from '../api/resources.ts';
import { failure, type ApiRequest, type ApiResponse } from './protocol.ts';

/**
 * The pods/eviction subresource (pkg/registry/core/pod/storage/eviction.go): a POST of a
 * policy/v1 Eviction asks the API server to delete a pod only if the PodDisruptionBudgets that
 * select it allow one more disruption. The simulation stores no PodDisruptionBudgets, so every
 * eviction of an existing pod is allowed: it becomes the pod's graceful delete with the
 * eviction's DeleteOptions (grace period), answered with the Status kubectl expects (201 Success).
 * A refusal because of a budget (429 TooManyRequests, "Cannot evict pod as it would violate the
 * pod's disruption budget.") therefore never happens here.
 */
export function evictPod(rk: ResourceKind, req: ApiRequest, respond: (r: ApiResponse) => void, deletePod: (answer: (r: ApiResponse) => void) => void): void {
  if (rk.kind !== 'Pod') return respond(failure('NotFound', 'the server could not find the requested resource'));
  deletePod((r) => respond(r.ok ? { ok: true, code: 201, resourceVersion: r.resourceVersion } : r));
}
