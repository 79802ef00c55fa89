import type { KubeObject } from '../api/types.ts';
import type { ResourceKind } from '../api/resources.ts';
import type { ApiFailure } from './protocol.ts';

/**
 * Admission control (k8s-facts 9.1): mutating plugins run first, then schema validation, then
 * validating plugins; any rejection aborts the request before anything reaches etcd. The cluster's
 * composition (cluster/composition.ts) lists the plugins in the order kube-apiserver runs its enabled
 * plugins (ResourceQuota last), and the API server runs them in that order.
 */
export interface AdmissionAttributes {
  operation: 'CREATE' | 'UPDATE' | 'DELETE';
  resource: ResourceKind;
  namespace: string | undefined;
  name: string | undefined;
  /** The object being written (mutating plugins may change it in place). */
  object: KubeObject | undefined;
  oldObject: KubeObject | undefined;
  user: string;
  dryRun: boolean;
  /** Read access to the API server's cache (what admission plugins use informers for). */
  lookup(resource: string, namespace: string | undefined, name: string): KubeObject | undefined;
  list(resource: string, namespace?: string): KubeObject[];
  /** Virtual milliseconds. */
  now: number;
  /** Per-API-server memory plugins keep between requests (ResourceQuota's in-flight charges). */
  pluginState?: Map<string, unknown>;
}

export interface AdmissionPlugin {
  name: string;
  /** Mutating phase: change attrs.object in place, or return a failure to reject. */
  mutate?(attrs: AdmissionAttributes): ApiFailure | void;
  /** Validating phase (after schema validation). */
  validate?(attrs: AdmissionAttributes): ApiFailure | void;
}

export function runMutating(plugins: readonly AdmissionPlugin[], attrs: AdmissionAttributes): ApiFailure | undefined {
  for (const p of plugins) {
    const r = p.mutate?.(attrs);
    if (r) return r;
  }
  return undefined;
}

export function runValidating(plugins: readonly AdmissionPlugin[], attrs: AdmissionAttributes): ApiFailure | undefined {
  for (const p of plugins) {
    const r = p.validate?.(attrs);
    if (r) return r;
  }
  return undefined;
}

/** NamespaceLifecycle: no new objects in a namespace that does not exist or is terminating. */
export const namespaceLifecyclePlugin: AdmissionPlugin = {
  name: 'NamespaceLifecycle',
  validate(attrs) {
    if (attrs.operation !== 'CREATE' || !attrs.resource.namespaced || !attrs.namespace) return;
    const ns = attrs.lookup('namespaces', undefined, attrs.namespace);
    if (!ns) return { ok: false, code: 404, reason: 'NotFound', message: `namespaces "${attrs.namespace}" not found` };
    if ((ns.status as { phase?: string } | undefined)?.phase === 'Terminating' && attrs.resource.plural !== 'events') {
      return {
        ok: false,
        code: 403,
        reason: 'Forbidden',
        message: `${attrs.resource.plural} "${attrs.name}" is forbidden: unable to create new content in namespace ${attrs.namespace} because it is being terminated`,
      };
    }
  },
};
