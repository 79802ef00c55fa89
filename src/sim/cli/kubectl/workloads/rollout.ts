// `kubectl rollout status|history|undo|pause|resume|restart` for Deployments.
import type { Deployment, ReplicaSet } from '../../../api/types.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, out, type CommandGenerator, type Effect } from '../../command.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { SET_EDIT_FLAGS, SET_EDITS } from './setEdits.ts';
import { deploymentRolloutStatus } from './rolloutStatus.ts';
import { podTemplateText } from './podTemplateText.ts';
import { rollbackPatch, rollbackTarget } from './rollback.ts';
import { DRY_RUN_FLAG, dryRunSuffix } from '../dryRun.ts';
import { setImage } from './setImage.ts';
import { groupResource, kindName, resolveTargetArgs, type TargetRef } from './targetArgs.ts';
import { EPOCH_MS } from '../../../api/meta.ts';

const SUBCOMMANDS = ['history', 'pause', 'restart', 'resume', 'status', 'undo'];
/** How long `rollout status` watches at most (the engine bounds every command in virtual time). */
const STATUS_WATCH_MS = 9 * 60_000;

function* targets(ctx: KubectlContext, args: string[]): Generator<Effect, TargetRef[] | undefined, unknown> {
  const files = (ctx.flags.filename as string[] | undefined) ?? [];
  if (args.length === 0 && files.length === 0) {
    err(ctx.io, 'error: required resource not specified');
    return undefined;
  }
  const { items, error } = resolveTargetArgs(ctx, args);
  if (error) {
    err(ctx.io, error);
    return undefined;
  }
  return items;
}

function* getDeployment(ctx: KubectlContext, t: TargetRef): Generator<Effect, Deployment | undefined, unknown> {
  const r = (yield* api({ verb: 'get', resource: t.rk.plural, namespace: t.namespace, name: t.name }));
  if (!r.ok) {
    err(ctx.io, kubectlErrorText(r));
    return undefined;
  }
  return r.object as Deployment;
}

/** The Deployment's ReplicaSets (controlled by it), as deploymentutil.GetAllReplicaSets finds them. */
function* replicaSetsOf(d: Deployment): Generator<Effect, ReplicaSet[], unknown> {
  const r = yield* api({ verb: 'list', resource: 'replicasets', namespace: d.metadata.namespace });
  if (!r.ok) return [];
  return ((r.items ?? []) as ReplicaSet[]).filter((rs) => rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === d.metadata.uid));
}

const revisionOf = (rs: ReplicaSet) => Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 'NaN');

function* status(ctx: KubectlContext, t: TargetRef): CommandGenerator {
  const { io, flags } = ctx;
  const watch = flags.watch !== false;
  const revision = Number(flags.revision ?? 0);
  let d = yield* getDeployment(ctx, t);
  if (!d) return 1;
  const timeout = parseDuration(String(flags.timeout ?? '0s'));
  const deadline = ctx.io.now() + (timeout > 0 ? timeout : STATUS_WATCH_MS);
  for (;;) {
    const s = deploymentRolloutStatus(d, revision);
    if (!s.ok) {
      err(io, `error: ${s.error}`);
      return 1;
    }
    io.stdout.push(s.message);
    if (s.done || !watch) return 0;
    const rv = d.metadata.resourceVersion;
    const changed = (yield { type: 'waitFor', timeoutMs: Math.max(0, deadline - ctx.io.now()), predicate: () => io.peek('deployments', t.namespace, t.name)?.metadata.resourceVersion !== rv }) as boolean;
    if (!changed) {
      err(io, 'error: timed out waiting for the condition');
      return 1;
    }
    const next = io.peek('deployments', t.namespace, t.name) as Deployment | undefined;
    if (!next) {
      err(io, `error: deployments.apps "${t.name}" not found`);
      return 1;
    }
    d = next;
  }
}

/** Go duration text ("30s", "2m", "1m30s", "500ms") in ms; 0 when unset or unparsable. */
function parseDuration(text: string): number {
  let total = 0;
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  let matched = '';
  for (let m = re.exec(text); m; m = re.exec(text)) {
    matched += m[0];
    total += Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
  }
  return matched === text ? total : 0;
}

function* history(ctx: KubectlContext, t: TargetRef): CommandGenerator {
  const d = yield* getDeployment(ctx, t);
  if (!d) return 1;
  const rss = yield* replicaSetsOf(d);
  const byRevision = new Map<number, ReplicaSet>();
  for (const rs of rss) if (!Number.isNaN(revisionOf(rs))) byRevision.set(revisionOf(rs), rs);
  const revision = Number(ctx.flags.revision ?? 0);
  if (revision > 0) {
    const rs = byRevision.get(revision);
    if (!rs) {
      err(ctx.io, 'error: unable to find the specified revision');
      return 1;
    }
    const template = JSON.parse(JSON.stringify(rs.spec.template));
    const cause = rs.metadata.annotations?.['kubernetes.io/change-cause'];
    if (cause) template.metadata = { ...template.metadata, annotations: { ...(template.metadata?.annotations ?? {}), 'kubernetes.io/change-cause': cause } };
    ctx.io.stdout.push(`${kindName(t.rk, t.name)} with revision #${revision}\n${podTemplateText(template)}\n`);
    return 0;
  }
  let body: string;
  if (byRevision.size === 0) body = 'No rollout history found.';
  else {
    const rows = [...byRevision.keys()].sort((a, b) => a - b).map((r) => [String(r), byRevision.get(r)!.metadata.annotations?.['kubernetes.io/change-cause'] || '<none>']);
    const width = Math.max('REVISION'.length, ...rows.map(([r]) => r.length)) + 2;
    body = `${'REVISION'.padEnd(width)}CHANGE-CAUSE\n${rows.map(([r, c]) => `${r.padEnd(width)}${c}\n`).join('')}`;
  }
  ctx.io.stdout.push(`${kindName(t.rk, t.name)} \n${body}\n`);
  return 0;
}

function* undo(ctx: KubectlContext, t: TargetRef): CommandGenerator {
  const d = yield* getDeployment(ctx, t);
  if (!d) return 1;
  const rss = yield* replicaSetsOf(d);
  if (ctx.dryRun === 'client') {
    // kubectl's DeploymentRollbacker prints the target revision's pod template (PrefixWriter,
    // tabs kept) as the "operation", before its paused and already-matching checks.
    const found = rollbackTarget(d, rss, Number(ctx.flags['to-revision'] ?? 0));
    if (!found.ok) return fail(ctx, `error: ${found.error}`);
    out(ctx.io, `${kindName(t.rk, t.name)} ${podTemplateText(found.target.spec.template)}${dryRunSuffix(ctx.dryRun)}`);
    return 0;
  }
  const r = rollbackPatch(d, rss, Number(ctx.flags['to-revision'] ?? 0));
  if (!r.ok) {
    err(ctx.io, `error: ${r.error}`);
    return 1;
  }
  if (!('deployment' in r)) {
    out(ctx.io, `${kindName(t.rk, t.name)} ${r.skipped}`);
    return 0;
  }
  // kubectl applies the rollback as a patch: no resourceVersion precondition.
  const body = r.deployment;
  delete body.metadata.resourceVersion;
  const u = yield* api({ verb: 'update', resource: 'deployments', namespace: t.namespace, name: t.name, body });
  if (!u.ok) {
    err(ctx.io, kubectlErrorText(u));
    return 1;
  }
  out(ctx.io, `${kindName(t.rk, t.name)} rolled back${dryRunSuffix(ctx.dryRun)}`);
  return 0;
}

/** pause / resume / restart: an edit of the Deployment, or kubectl's refusal. */
function* edit(ctx: KubectlContext, t: TargetRef, sub: 'pause' | 'resume' | 'restart'): CommandGenerator {
  const d = yield* getDeployment(ctx, t);
  if (!d) return 1;
  const what = groupResource(t.rk);
  if (sub === 'pause' && d.spec.paused) return fail(ctx, `error: ${what} "${t.name}" is already paused`);
  if (sub === 'resume' && !d.spec.paused) return fail(ctx, `error: ${what} "${t.name}" is not paused`);
  if (sub === 'restart' && d.spec.paused) return fail(ctx, `error: ${what} "${t.name}" can't restart paused deployment (run rollout resume first)`);
  // kubectl sends these as patches, so a concurrent status update by the controller cannot conflict.
  let patch: Record<string, unknown>;
  if (sub === 'pause') patch = { spec: { paused: true } };
  else if (sub === 'resume') patch = { spec: { paused: null } };
  else {
    // time.Now().Format(time.RFC3339) on the client: the virtual clock, in UTC.
    const stamp = new Date(EPOCH_MS + Math.floor(ctx.io.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    patch = { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': stamp } } } } };
  }
  const u = yield* api({ verb: 'patch', resource: 'deployments', namespace: t.namespace, name: t.name, patch });
  if (!u.ok) {
    err(ctx.io, kubectlErrorText(u));
    return 1;
  }
  out(ctx.io, `${kindName(t.rk, t.name)} ${sub === 'pause' ? 'paused' : sub === 'resume' ? 'resumed' : 'restarted'}`);
  return 0;
}

function fail(ctx: KubectlContext, text: string): number {
  err(ctx.io, text);
  return 1;
}

const UNSUPPORTED: Record<string, (kind: string, what: string, name: string) => string> = {
  status: (kind) => `error: no status viewer has been implemented for ${kind}`,
  history: (kind) => `error: no history viewer has been implemented for "${kind}"`,
  undo: (kind) => `error: no rollbacker has been implemented for "${kind}"`,
  pause: (_k, what, name) => `error: ${what} "${name}" pausing is not supported`,
  resume: (_k, what, name) => `error: ${what} "${name}" resuming is not supported`,
  restart: (_k, what, name) => `error: ${what} "${name}" restarting is not supported`,
};

function* rollout(ctx: KubectlContext): CommandGenerator {
  const [sub, ...rest] = ctx.args;
  if (!sub) {
    // cobra prints the usage of a command group run without a subcommand, and fails.
    ctx.io.stdout.push(ROLLOUT_HELP);
    return 1;
  }
  if (!SUBCOMMANDS.includes(sub)) {
    err(ctx.io, `error: unknown command "${sub}"\nSee 'kubectl rollout -h' for help and examples`);
    return 1;
  }
  const items = yield* targets(ctx, rest);
  if (!items) return 1;
  let exit = 0;
  for (const t of items) {
    if (t.rk.plural !== 'deployments') {
      const kind = t.rk.group ? `${t.rk.kind}.${t.rk.group}` : t.rk.kind;
      err(ctx.io, UNSUPPORTED[sub](kind, groupResource(t.rk), t.name));
      exit = 1;
      continue;
    }
    let code: number;
    if (sub === 'status') code = yield* status(ctx, t);
    else if (sub === 'history') code = yield* history(ctx, t);
    else if (sub === 'undo') code = yield* undo(ctx, t);
    else code = yield* edit(ctx, t, sub as 'pause' | 'resume' | 'restart');
    if (code) exit = code;
  }
  return exit;
}

const ROLLOUT_HELP = "Manage the rollout of one or many resources.\n        \n Valid resource types include:\n\n  *  deployments\n  *  daemonsets\n  *  statefulsets\n\nExamples:\n  # Rollback to the previous deployment\n  kubectl rollout undo deployment/abc\n  \n  # Check the rollout status of a daemonset\n  kubectl rollout status daemonset/foo\n  \n  # Restart a deployment\n  kubectl rollout restart deployment/abc\n  \n  # Restart deployments with the 'app=nginx' label\n  kubectl rollout restart deployment --selector=app=nginx\n\nAvailable Commands:\n  history       View rollout history\n  pause         Mark the provided resource as paused\n  restart       Restart a resource\n  resume        Resume a paused resource\n  status        Show the status of the rollout\n  undo          Undo a previous rollout\n\nUsage:\n  kubectl rollout SUBCOMMAND [options]\n\nUse \"kubectl rollout <command> --help\" for more information about a given command.\nUse \"kubectl options\" for a list of global command-line options (applies to all commands).\n";

registerVerb({
  name: 'rollout',
  flags: [
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
    { name: 'watch', short: 'w', type: 'bool', default: true },
    { name: 'revision', type: 'int', default: 0 },
    { name: 'to-revision', type: 'int', default: 0 },
    { name: 'timeout', type: 'duration', default: '0s' },
    // Of the rollout subcommands only undo has --dry-run in kubectl 1.33.
    DRY_RUN_FLAG,
  ],
  noDryRunSubcommands: ['history', 'pause', 'restart', 'resume', 'status'],
  run: rollout,
  help: ROLLOUT_HELP,
});

registerVerb({
  name: 'set',
  flags: [
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
    DRY_RUN_FLAG,
    { name: 'output', short: 'o', type: 'string' },
    ...SET_EDIT_FLAGS,
  ],
  *run(ctx) {
    const [sub, ...rest] = ctx.args;
    if (SET_EDITS[sub]) return yield* SET_EDITS[sub](ctx, rest);
    if (sub && sub !== 'image') {
      err(ctx.io, `error: unknown command "${ctx.args.join(' ')}"\nSee 'kubectl set -h' for help and examples`);
      return 1;
    }
    if (sub !== 'image') {
      err(ctx.io, sub ? `error: unknown command "${sub}" for "kubectl set"` : 'error: "kubectl set" requires a subcommand (image)');
      return 1;
    }
    return yield* setImage(ctx, rest);
  },
});
