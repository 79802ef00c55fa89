// kube-apiserver's authorization step with --authorization-mode=Node,RBAC as kubeadm sets it: who
// is asking (the kubeconfig's kubernetes-admin in group kubeadm:cluster-admins, or the user and
// groups of kubectl --as/--as-group), the request's attributes, and RBAC's decision with the
// Forbidden text the API server returns. SelfSubjectAccessReviews and SelfSubjectRulesReviews
// (kubectl auth can-i) are answered by the same authorizer.
// Simplification: the control-plane components, kubelets (the Node authorizer) and in-cluster
// clients other than kubectl are trusted; only kubectl's requests are authorized.
import { resolveResource, type ResourceKind } from '../../api/resources.ts';
import type { KubeObject } from '../../api/types.ts';
import { failure, type ApiFailure, type ApiRequest } from '../protocol.ts';
import { authorize, rulesFor, serviceAccountGroups, type PolicyRule, type RbacObjects, type RequestAttributes, type UserInfo } from './authorizer.ts';

export const ADMIN_USER = 'kubernetes-admin';
/** kubeadm (1.29+) puts admin.conf's user in this group, bound to cluster-admin. */
export const ADMIN_GROUPS = ['kubeadm:cluster-admins', 'system:authenticated'];

export type CachedList = (resource: string, namespace?: string) => KubeObject[];

export function rbacObjects(list: CachedList): RbacObjects {
  return {
    clusterRoles: list('clusterroles'),
    clusterRoleBindings: list('clusterrolebindings'),
    roles: (ns) => list('roles', ns),
    roleBindings: (ns) => list('rolebindings', ns),
  };
}

/** The authenticated (or impersonated) user of a request. */
export function userOf(req: ApiRequest): UserInfo {
  if (!req.user) return { name: ADMIN_USER, groups: ADMIN_GROUPS };
  const groups = req.groups?.length ? [...req.groups] : [];
  for (const g of [...serviceAccountGroups(req.user), 'system:authenticated']) if (!groups.includes(g)) groups.push(g);
  return { name: req.user, groups };
}

/** Is this request subject to RBAC in the engine (kubectl's requests, or any impersonated one)? */
export function authorizes(req: ApiRequest, from: string): boolean {
  if (req.user?.startsWith('system:node:')) return false;
  return req.user !== undefined || from === 'kubectl';
}

interface Verbed {
  verb: string;
  subresource?: string;
}

/** The RBAC verb and subresource of an engine request verb. */
function rbacVerb(req: ApiRequest): Verbed {
  switch (req.verb) {
    case 'updateStatus':
      return { verb: 'update', subresource: 'status' };
    case 'patchStatus':
      return { verb: 'patch', subresource: 'status' };
    case 'bind':
      return { verb: 'create', subresource: 'binding' };
    case 'logs':
      return { verb: 'get', subresource: 'log' };
    case 'evict':
      return { verb: 'create', subresource: 'eviction' };
    case 'event':
      return { verb: 'create' };
    default:
      return { verb: req.verb };
  }
}

const REVIEW_GROUPS: Record<string, string> = { selfsubjectaccessreviews: 'authorization.k8s.io', selfsubjectrulesreviews: 'authorization.k8s.io' };

function groupResource(rk: { plural: string; group: string }): string {
  return rk.group ? `${rk.plural}.${rk.group}` : rk.plural;
}

/** RBAC's decision for a request; the Forbidden failure the API server answers, or undefined. */
export function checkRequest(req: ApiRequest, from: string, list: CachedList): ApiFailure | undefined {
  if (!authorizes(req, from) || req.verb === 'unwatch') return undefined;
  const rk: Pick<ResourceKind, 'plural' | 'group' | 'namespaced'> | undefined = resolveResource(req.resource)
    ?? (REVIEW_GROUPS[req.resource] ? { plural: req.resource, group: REVIEW_GROUPS[req.resource], namespaced: false } : undefined);
  if (!rk) return undefined;
  const { verb, subresource } = rbacVerb(req);
  const name = req.name ?? (req.verb === 'create' ? undefined : stringOf(req.body?.metadata?.name));
  const namespace = rk.namespaced ? req.namespace ?? stringOf(req.body?.metadata?.namespace) : undefined;
  const attrs: RequestAttributes = { verb, apiGroup: rk.group, resource: rk.plural, subresource, namespace, name };
  const user = userOf(req);
  if (authorize(user, attrs, rbacObjects(list)).allowed) return undefined;
  const listing = verb === 'list' || verb === 'watch';
  const subject = name && !listing ? `${groupResource(rk)} "${name}"` : groupResource(rk);
  const scope = rk.namespaced && namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
  return failure('Forbidden', `${subject} is forbidden: User "${user.name}" cannot ${verb} resource "${rk.plural}${subresource ? `/${subresource}` : ''}" in API group "${rk.group}" ${scope}`);
}

function stringOf(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A SelfSubjectAccessReview or SelfSubjectRulesReview answered for the requesting user. */
export function answerReview(req: ApiRequest, list: CachedList): KubeObject {
  const body = (req.body ?? {}) as KubeObject;
  const spec = (body.spec ?? {}) as Record<string, Record<string, string> | string | undefined>;
  const user = userOf(req);
  const rbac = rbacObjects(list);
  if (req.resource === 'selfsubjectrulesreviews') {
    const namespace = typeof spec.namespace === 'string' ? spec.namespace : undefined;
    const rules: PolicyRule[] = rulesFor(user, namespace, rbac).flatMap((b) => b.rules);
    return {
      ...body, kind: 'SelfSubjectRulesReview', apiVersion: 'authorization.k8s.io/v1', metadata: { creationTimestamp: null as unknown as string },
      status: {
        resourceRules: rules.filter((r) => !r.nonResourceURLs?.length).map((r) => ({ verbs: r.verbs ?? [], ...(r.apiGroups ? { apiGroups: r.apiGroups } : {}), ...(r.resources ? { resources: r.resources } : {}), ...(r.resourceNames ? { resourceNames: r.resourceNames } : {}) })),
        nonResourceRules: rules.filter((r) => r.nonResourceURLs?.length).map((r) => ({ verbs: r.verbs ?? [], nonResourceURLs: r.nonResourceURLs })),
        incomplete: false,
      },
    };
  }
  const ra = (typeof spec.resourceAttributes === 'object' ? spec.resourceAttributes : undefined) ?? {};
  const nra = typeof spec.nonResourceAttributes === 'object' ? spec.nonResourceAttributes : undefined;
  const attrs: RequestAttributes = nra
    ? { verb: nra.verb ?? '', path: nra.path ?? '' }
    : { verb: ra.verb ?? '', apiGroup: ra.group ?? '', resource: ra.resource ?? '', subresource: ra.subresource || undefined, namespace: ra.namespace || undefined, name: ra.name || undefined };
  const decision = authorize(user, attrs, rbac);
  return {
    ...body, kind: 'SelfSubjectAccessReview', apiVersion: 'authorization.k8s.io/v1', metadata: { creationTimestamp: null as unknown as string },
    status: decision.allowed ? { allowed: true, reason: decision.reason } : { allowed: false },
  };
}
