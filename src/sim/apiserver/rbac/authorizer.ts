// The RBAC authorizer (k/k plugin/pkg/auth/authorizer/rbac): a request is allowed when a
// ClusterRoleBinding, or a RoleBinding in the request's namespace, names the user, one of its groups
// or its service account, and the role it refers to has a rule matching the verb, API group,
// resource (with subresource) and resource name, or the non-resource URL. No rule means denied.
import type { KubeObject } from '../../api/types.ts';

export interface PolicyRule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

export interface Subject {
  kind?: string;
  apiGroup?: string;
  name?: string;
  namespace?: string;
}

export interface UserInfo {
  name: string;
  groups: string[];
}

export interface RequestAttributes {
  verb: string;
  /** Resource requests: the API group ('' for core), resource, subresource, namespace, name. */
  apiGroup?: string;
  resource?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  /** Non-resource requests (/healthz, /api): the path. */
  path?: string;
}

/** What the authorizer reads: the RBAC objects as the API server's cache holds them. */
export interface RbacObjects {
  clusterRoles: KubeObject[];
  clusterRoleBindings: KubeObject[];
  /** Roles and RoleBindings of one namespace. */
  roles(namespace: string): KubeObject[];
  roleBindings(namespace: string): KubeObject[];
}

const SERVICE_ACCOUNT_PREFIX = 'system:serviceaccount:';

/** The groups a service account user belongs to (serviceaccount.MakeGroupNames) besides system:authenticated. */
export function serviceAccountGroups(user: string): string[] {
  if (!user.startsWith(SERVICE_ACCOUNT_PREFIX)) return [];
  const ns = user.slice(SERVICE_ACCOUNT_PREFIX.length).split(':')[0];
  return ['system:serviceaccounts', `system:serviceaccounts:${ns}`];
}

function has(list: string[] | undefined, value: string): boolean {
  return !!list && (list.includes('*') || list.includes(value));
}

function resourceMatches(rule: PolicyRule, resource: string, subresource: string | undefined): boolean {
  const combined = subresource ? `${resource}/${subresource}` : resource;
  for (const r of rule.resources ?? []) {
    if (r === '*' || r === combined) return true;
    if (subresource && r === `*/${subresource}`) return true;
  }
  return false;
}

function nonResourceMatches(rule: PolicyRule, path: string): boolean {
  for (const u of rule.nonResourceURLs ?? []) {
    if (u === '*' || u === path) return true;
    if (u.endsWith('*') && path.startsWith(u.slice(0, -1))) return true;
  }
  return false;
}

export function ruleAllows(rule: PolicyRule, a: RequestAttributes): boolean {
  if (!has(rule.verbs, a.verb)) return false;
  if (a.path !== undefined) return nonResourceMatches(rule, a.path);
  if (!has(rule.apiGroups, a.apiGroup ?? '')) return false;
  if (!resourceMatches(rule, a.resource ?? '', a.subresource)) return false;
  const names = rule.resourceNames ?? [];
  return names.length === 0 || (a.name !== undefined && names.includes(a.name));
}

export function subjectMatches(s: Subject, user: UserInfo, bindingNamespace: string | undefined): boolean {
  switch (s.kind) {
    case 'User':
      return s.name === user.name;
    case 'Group':
      return !!s.name && user.groups.includes(s.name);
    case 'ServiceAccount': {
      const ns = s.namespace || bindingNamespace;
      return !!ns && user.name === `${SERVICE_ACCOUNT_PREFIX}${ns}:${s.name}`;
    }
    default:
      return false;
  }
}

export interface BoundRules {
  /** How the rules were granted, as RBAC's reason says it. */
  source: string;
  rules: PolicyRule[];
}

function rulesOf(obj: KubeObject | undefined): PolicyRule[] {
  const rules = obj?.rules;
  return Array.isArray(rules) ? (rules as PolicyRule[]) : [];
}

/** Every rule that applies to the user in a namespace (cluster-wide ones first), with where it came from. */
export function rulesFor(user: UserInfo, namespace: string | undefined, rbac: RbacObjects): BoundRules[] {
  const out: BoundRules[] = [];
  const clusterRole = (name: string | undefined) => rbac.clusterRoles.find((r) => r.metadata.name === name);
  const subjectsOf = (b: KubeObject) => (Array.isArray(b.subjects) ? (b.subjects as Subject[]) : []);
  const roleRefOf = (b: KubeObject) => (b.roleRef ?? {}) as { kind?: string; name?: string };
  for (const b of rbac.clusterRoleBindings) {
    const subject = subjectsOf(b).find((s) => subjectMatches(s, user, undefined));
    if (!subject) continue;
    const ref = roleRefOf(b);
    if (ref.kind !== 'ClusterRole') continue;
    out.push({ source: `ClusterRoleBinding "${b.metadata.name}" of ClusterRole "${ref.name}" to ${subject.kind} "${subject.name}"`, rules: rulesOf(clusterRole(ref.name)) });
  }
  if (namespace) {
    for (const b of rbac.roleBindings(namespace)) {
      const subject = subjectsOf(b).find((s) => subjectMatches(s, user, namespace));
      if (!subject) continue;
      const ref = roleRefOf(b);
      const role = ref.kind === 'Role' ? rbac.roles(namespace).find((r) => r.metadata.name === ref.name) : ref.kind === 'ClusterRole' ? clusterRole(ref.name) : undefined;
      out.push({ source: `RoleBinding "${b.metadata.name}/${namespace}" of ${ref.kind} "${ref.name}" to ${subject.kind} "${subject.name}"`, rules: rulesOf(role) });
    }
  }
  return out;
}

/** The decision and RBAC's reason for an allowed request ("RBAC: allowed by ..."). */
export function authorize(user: UserInfo, a: RequestAttributes, rbac: RbacObjects): { allowed: boolean; reason?: string } {
  for (const bound of rulesFor(user, a.path === undefined ? a.namespace : undefined, rbac)) {
    if (bound.rules.some((r) => ruleAllows(r, a))) return { allowed: true, reason: `RBAC: allowed by ${bound.source}` };
  }
  return { allowed: false };
}
