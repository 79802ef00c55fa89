// `kubectl auth can-i VERB RESOURCE[/NAME] | VERB /URL [--as USER] [--as-group G] [-n NS | -A]
// [--subresource S] [-q]` and `kubectl auth can-i --list [--no-headers]` (kubectl 1.33 cani.go):
// a SelfSubjectAccessReview / SelfSubjectRulesReview sent to the API server, whose RBAC authorizer
// answers; yes/no with exit code 0/1, or the rules as kubectl breaks down, compacts and sorts them.
import { resolveResource } from '../../../api/resources.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import type { PolicyRule } from '../../../apiserver/rbac/authorizer.ts';
import { api, err, out, type CommandGenerator } from '../../command.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { formatTable } from '../table.ts';

const KNOWN_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest'];

const AUTH_USAGE = `Inspect authorization.

Available Commands:
  can-i         Check whether an action is allowed
  reconcile     Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects
  whoami        Experimental: Check self subject attributes

Usage:
  kubectl auth [flags] [options]

Use "kubectl auth <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

function* auth(ctx: KubectlContext): CommandGenerator {
  const sub = ctx.args[0];
  if (sub === 'can-i') return yield* canI({ ...ctx, args: ctx.args.slice(1) });
  if (sub === 'whoami' || sub === 'reconcile') {
    err(ctx.io, `error: "kubectl auth ${sub}" is not available in this simulation`);
    return 1;
  }
  err(ctx.io, AUTH_USAGE);
  return 1;
}

function* canI(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const namespace = flags['all-namespaces'] ? '' : ctx.namespace;
  if (flags.list) {
    if (ctx.args.length) {
      err(io, 'error: list option must be specified with no arguments');
      return 1;
    }
    const r = yield* api({ verb: 'create', resource: 'selfsubjectrulesreviews', body: { kind: 'SelfSubjectRulesReview', apiVersion: 'authorization.k8s.io/v1', metadata: {}, spec: { namespace } } });
    if (!r.ok) {
      err(io, kubectlErrorText(r));
      return 1;
    }
    const status = (r.object?.status ?? {}) as { resourceRules?: PolicyRule[]; nonResourceRules?: PolicyRule[] };
    const rules = sortRules(compactRules([...(status.resourceRules ?? []), ...(status.nonResourceRules ?? [])].flatMap(breakdownRule)));
    const rows = rules.map((r) => [combineResourceGroup(r.resources, r.apiGroups), goList(r.nonResourceURLs), goList(r.resourceNames), goList(r.verbs)]);
    if (!flags['no-headers']) rows.unshift(['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs']);
    io.stdout.push(formatTable(rows));
    return 0;
  }
  if (ctx.args.length < 2) {
    err(io, "error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.");
    return 1;
  }
  const [verb, target] = ctx.args;
  const warnings: string[] = [];
  if (!KNOWN_VERBS.includes(verb)) warnings.push(`Warning: verb '${verb}' is not a known verb\n\n`);
  let spec: Record<string, unknown>;
  if (target.startsWith('/')) {
    spec = { nonResourceAttributes: { path: target, verb } };
  } else {
    const slash = target.indexOf('/');
    const resourceText = slash < 0 ? target : target.slice(0, slash);
    const name = slash < 0 ? '' : target.slice(slash + 1);
    let group = '';
    let resource = resourceText;
    if (resourceText !== '*') {
      const rk = resolveResource(resourceText);
      if (rk) {
        group = rk.group;
        resource = rk.plural;
      } else {
        warnings.push(`Warning: the server doesn't have a resource type '${resourceText}'\n\n`);
        const dot = resourceText.indexOf('.');
        if (dot > 0) {
          resource = resourceText.slice(0, dot);
          group = resourceText.slice(dot + 1);
        }
      }
    }
    spec = { resourceAttributes: { namespace, verb, group, resource, subresource: String(flags.subresource ?? ''), name } };
  }
  const r = yield* api({ verb: 'create', resource: 'selfsubjectaccessreviews', body: { kind: 'SelfSubjectAccessReview', apiVersion: 'authorization.k8s.io/v1', metadata: {}, spec } });
  if (!r.ok) {
    err(io, kubectlErrorText(r));
    return 1;
  }
  for (const w of warnings) err(io, w);
  const status = (r.object?.status ?? {}) as { allowed?: boolean; reason?: string; evaluationError?: string };
  if (!flags.quiet) {
    if (status.allowed) out(io, 'yes');
    else out(io, status.reason ? `no - ${status.reason}` : 'no');
  }
  return status.allowed ? 0 : 1;
}

/** rbac BreakdownRule: one rule per group/resource/verb (and resource name), or per URL/verb. */
function breakdownRule(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const group of rule.apiGroups ?? []) {
    for (const resource of rule.resources ?? []) {
      const names = rule.resourceNames?.length ? rule.resourceNames.map((n) => [n]) : [undefined];
      for (const resourceNames of names) {
        for (const verb of rule.verbs ?? []) out.push({ apiGroups: [group], resources: [resource], ...(resourceNames ? { resourceNames } : {}), verbs: [verb] });
      }
    }
  }
  for (const url of rule.nonResourceURLs ?? []) for (const verb of rule.verbs ?? []) out.push({ nonResourceURLs: [url], verbs: [verb] });
  return out;
}

/** rbac CompactRules: single group/resource(/name) rules that differ only by verb are merged. */
function compactRules(rules: PolicyRule[]): PolicyRule[] {
  const compacted: PolicyRule[] = [];
  const simple = new Map<string, PolicyRule>();
  for (const r of rules) {
    if (r.nonResourceURLs?.length || r.apiGroups?.length !== 1 || r.resources?.length !== 1 || (r.resourceNames?.length ?? 0) > 1) {
      compacted.push(r);
      continue;
    }
    const key = JSON.stringify([r.apiGroups[0], r.resources[0], r.resourceNames?.[0] ?? null]);
    const existing = simple.get(key);
    if (existing) existing.verbs = [...(existing.verbs ?? []), ...(r.verbs ?? [])];
    else simple.set(key, { ...r, verbs: [...(r.verbs ?? [])] });
  }
  return [...compacted, ...simple.values()];
}

/** Go's %v of a []string: [a b]. */
function goList(list: string[] | undefined): string {
  return `[${(list ?? []).join(' ')}]`;
}

/** The generated PolicyRule.String() kubectl sorts by (SortableRuleSlice). */
function ruleString(r: PolicyRule): string {
  return `&PolicyRule{Verbs:${goList(r.verbs)},APIGroups:${goList(r.apiGroups)},Resources:${goList(r.resources)},ResourceNames:${goList(r.resourceNames)},NonResourceURLs:${goList(r.nonResourceURLs)},}`;
}

function sortRules(rules: PolicyRule[]): PolicyRule[] {
  const keyed = rules.map((r, i) => ({ r, i, k: ruleString(r) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i));
  return keyed.map((x) => x.r);
}

/** describe.CombineResourceGroup: resource.group/subresource of a rule's first resource and group. */
function combineResourceGroup(resources: string[] | undefined, groups: string[] | undefined): string {
  if (!resources?.length) return '';
  const [base, sub] = resources[0].split(/\/(.*)/s);
  let combined = base;
  if (groups?.length && groups[0] !== '') combined += `.${groups[0]}`;
  if (sub !== undefined) combined += `/${sub}`;
  return combined;
}

registerVerb({
  name: 'auth',
  flags: [
    { name: 'list', type: 'bool', default: false },
    { name: 'quiet', short: 'q', type: 'bool', default: false },
    { name: 'no-headers', type: 'bool', default: false },
    { name: 'all-namespaces', short: 'A', type: 'bool', default: false },
    { name: 'subresource', type: 'string', default: '' },
  ],
  run: auth,
});
