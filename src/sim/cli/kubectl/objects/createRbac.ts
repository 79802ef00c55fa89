// `kubectl create serviceaccount|role|clusterrole|rolebinding|clusterrolebinding` as kubectl 1.33
// builds them (create_serviceaccount.go, create_role.go, create_clusterrole.go,
// create_rolebinding.go, create_clusterrolebinding.go): resources resolved through discovery and
// grouped into one rule per API group (sorted), subjects in the order users, groups, service accounts.
import { resolveResource } from '../../../api/resources.ts';
import type { KubeObject } from '../../../api/types.ts';
import { err, type CommandGenerator } from '../../command.ts';
import { createBuilt } from '../apply/objectOutput.ts';
import type { KubectlContext } from '../registry.ts';
import { registerCreateSubcommand } from '../verbs/create.ts';
import { generatedMeta, nameUsage } from './createConfigData.ts';

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const RESOURCE_VERBS = ['*', 'get', 'delete', 'list', 'create', 'update', 'patch', 'watch', 'proxy', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate'];
const NON_RESOURCE_VERBS = ['*', 'get', 'post', 'put', 'delete', 'patch', 'head', 'options'];

class UsageError extends Error {}

function list(ctx: KubectlContext, flag: string): string[] {
  return ((ctx.flags[flag] as string[] | undefined) ?? []).flatMap((v) => v.split(',')).filter((v) => v !== '');
}

function fail(ctx: KubectlContext, message: string): number {
  err(ctx.io, message);
  return 1;
}

function* createServiceAccount(ctx: KubectlContext): CommandGenerator {
  if (ctx.args.length !== 1) return nameUsage(ctx, 'create serviceaccount');
  return yield* createBuilt(ctx, { kind: 'ServiceAccount', apiVersion: 'v1', metadata: generatedMeta(ctx, ctx.args[0]) } as KubeObject);
}

interface Rule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

/** The rules of create role / create clusterrole; throws UsageError with kubectl's text. */
function buildRules(ctx: KubectlContext, cluster: boolean): Rule[] {
  const verbs = list(ctx, 'verb');
  const resources = list(ctx, 'resource');
  const names = list(ctx, 'resource-name');
  const urls = cluster ? list(ctx, 'non-resource-url') : [];
  if (!verbs.length) throw new UsageError('error: at least one verb must be specified');
  if (!resources.length && !urls.length) throw new UsageError(cluster ? 'error: one of resource or nonResourceURL must be specified' : 'error: at least one resource must be specified');
  if (urls.length) {
    for (const v of verbs) if (!NON_RESOURCE_VERBS.includes(v)) throw new UsageError(`error: invalid verb: '${v}' for nonResourceURL`);
    for (const u of urls) if (!u.startsWith('/') && u !== '*') throw new UsageError(`error: nonResourceURL should start with /`);
  }
  const byGroup = new Map<string, string[]>();
  for (const r of resources) {
    const slash = r.indexOf('/');
    const base = slash < 0 ? r : r.slice(0, slash);
    const sub = slash < 0 ? '' : r.slice(slash);
    let group = '';
    let plural = base;
    if (base !== '*') {
      const rk = resolveResource(base);
      if (!rk) throw new UsageError(`the server doesn't have a resource type "${base}"`);
      group = rk.group;
      plural = rk.plural;
    }
    byGroup.set(group, [...(byGroup.get(group) ?? []), plural + sub]);
  }
  const rules: Rule[] = [...byGroup.keys()].sort().map((g) => ({ verbs, apiGroups: [g], resources: byGroup.get(g)!, ...(names.length ? { resourceNames: names } : {}) }));
  if (urls.length) rules.push({ verbs, nonResourceURLs: urls });
  return rules;
}

function* createRole(ctx: KubectlContext, cluster: boolean): CommandGenerator {
  const command = cluster ? 'create clusterrole' : 'create role';
  if (ctx.args.length !== 1) return nameUsage(ctx, command);
  let rules: Rule[];
  try {
    rules = buildRules(ctx, cluster);
  } catch (e) {
    if (e instanceof UsageError) return fail(ctx, e.message);
    throw e;
  }
  const unknown = list(ctx, 'verb').filter((v) => !RESOURCE_VERBS.includes(v) && !NON_RESOURCE_VERBS.includes(v));
  const metadata = cluster ? { name: ctx.args[0], creationTimestamp: null as unknown as string } : generatedMeta(ctx, ctx.args[0]);
  const obj = { kind: cluster ? 'ClusterRole' : 'Role', apiVersion: `${RBAC_GROUP}/v1`, metadata, rules } as unknown as KubeObject;
  const exit = yield* createBuilt(ctx, obj);
  for (const v of unknown) err(ctx.io, `Warning: '${v}' is not a standard resource verb`);
  return exit;
}

function subjects(ctx: KubectlContext): object[] {
  const out: object[] = [];
  for (const name of (ctx.flags.user as string[] | undefined) ?? []) out.push({ kind: 'User', apiGroup: RBAC_GROUP, name });
  for (const name of (ctx.flags.group as string[] | undefined) ?? []) out.push({ kind: 'Group', apiGroup: RBAC_GROUP, name });
  for (const sa of (ctx.flags.serviceaccount as string[] | undefined) ?? []) {
    const parts = sa.split(':');
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw new UsageError('error: serviceaccount must be <namespace>:<name>');
    out.push({ kind: 'ServiceAccount', name: parts[1], namespace: parts[0] });
  }
  return out;
}

function* createBinding(ctx: KubectlContext, cluster: boolean): CommandGenerator {
  const command = cluster ? 'create clusterrolebinding' : 'create rolebinding';
  if (cluster && ctx.changed.has('role')) return fail(ctx, `error: unknown flag: --role\nSee 'kubectl ${command} --help' for usage.`);
  if (ctx.args.length !== 1) return nameUsage(ctx, command);
  const role = ctx.flags.role as string | undefined;
  const clusterRole = ctx.flags.clusterrole as string | undefined;
  if (!cluster && (role === undefined) === (clusterRole === undefined)) return fail(ctx, 'error: exactly one of clusterrole or role must be specified');
  let subjectList: object[];
  try {
    subjectList = subjects(ctx);
  } catch (e) {
    if (e instanceof UsageError) return fail(ctx, e.message);
    throw e;
  }
  const metadata = cluster ? { name: ctx.args[0], creationTimestamp: null as unknown as string } : generatedMeta(ctx, ctx.args[0]);
  const obj = {
    kind: cluster ? 'ClusterRoleBinding' : 'RoleBinding', apiVersion: `${RBAC_GROUP}/v1`, metadata,
    ...(subjectList.length ? { subjects: subjectList } : {}),
    roleRef: { apiGroup: RBAC_GROUP, kind: role !== undefined ? 'Role' : 'ClusterRole', name: role ?? clusterRole ?? '' },
  } as unknown as KubeObject;
  return yield* createBuilt(ctx, obj);
}

registerCreateSubcommand('serviceaccount', createServiceAccount, ['sa']);
registerCreateSubcommand('role', (ctx) => createRole(ctx, false));
registerCreateSubcommand('clusterrole', (ctx) => createRole(ctx, true));
registerCreateSubcommand('rolebinding', (ctx) => createBinding(ctx, false));
registerCreateSubcommand('clusterrolebinding', (ctx) => createBinding(ctx, true));
