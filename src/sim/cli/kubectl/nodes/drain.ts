import type { Node, Pod } from '../../../api/types.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, out, type CommandGenerator, type CommandIO, type Effect, type EffectResult } from '../../command.ts';
import { DRY_RUN_FLAG, dryRunSuffix } from '../dryRun.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { setUnschedulable } from './cordon.ts';
import { groupByMessage, podDeleteStatus, type DrainOptions } from './drainFilters.ts';
import { formatDuration, invalidDuration, parseDurationMs } from './duration.ts';
import { visitNodes } from './nodeArgs.ts';

// kubectl drain (kubectl/pkg/cmd/drain and kubectl/pkg/drain): cordon the node, list its pods
// (fieldSelector spec.nodeName), sort them with the drain filters, then evict each through the
// pods/eviction subresource (or DELETE it with --disable-eviction) and wait until it is gone.
// The ReplicaSet, Deployment and DaemonSet controllers and the scheduler then do the rest: the
// replacement pods land on other nodes because this one is unschedulable.

/**
 * The wait for the evicted pods when --timeout is 0: real kubectl waits without end (until
 * Ctrl+C); the simulation gives up after an hour of virtual time, as if interrupted.
 */
const UNBOUNDED_WAIT_MS = 60 * 60_000;

/** An error kubectl aggregates (utilerrors.Aggregate): one prints bare, several as "[a, b]". */
function aggregate(errors: string[]): string {
  return errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
}

interface DrainRun {
  io: CommandIO;
  options: DrainOptions;
  dryRun: KubectlContext['dryRun'];
  disableEviction: boolean;
  grace: number;
  timeoutMs: number;
  podSelector: string | undefined;
}

/** deleteOrEvictPodsSimple: the errors that stop this node's drain, none when it is drained. */
function* drainNode(run: DrainRun, node: Node): Generator<Effect, string[] | undefined, EffectResult> {
  const { io } = run;
  const nodeName = node.metadata.name ?? '';
  const r = yield* api({ verb: 'list', resource: 'pods', fieldSelector: `spec.nodeName=${nodeName}`, labelSelector: run.podSelector });
  if (!r.ok) return [kubectlErrorText(r)];
  const statuses = ((r.items ?? []) as Pod[]).map((pod) => ({ pod, status: podDeleteStatus(pod, run.options) }));
  const failures = groupByMessage(statuses.map(({ pod, status }) => ({ pod, message: status.delete ? undefined : status.error })));
  if (failures.length) return failures.map(([message, pods]) => `cannot delete ${message}: ${pods.join(', ')}`);
  const warnings = groupByMessage(statuses.map(({ pod, status }) => ({ pod, message: status.warning })));
  if (warnings.length) err(io, `Warning: ${warnings.map(([message, pods]) => `${message}: ${pods.join(', ')}`).join('; ')}`);
  const pods = statuses.filter(({ status }) => status.delete).map(({ pod }) => pod);
  if (!pods.length) return undefined;
  if (run.dryRun === 'client') {
    for (const pod of pods) out(io, `evicting pod ${pod.metadata.namespace}/${pod.metadata.name} (dry run)`);
    return undefined;
  }
  const errors: string[] = [];
  const sent: Pod[] = [];
  const grace = run.grace >= 0 ? run.grace : undefined;
  for (const pod of pods) {
    const name = pod.metadata.name ?? '';
    const namespace = pod.metadata.namespace;
    if (run.disableEviction) {
      const d = yield* api({ verb: 'delete', resource: 'pods', namespace, name, gracePeriodSeconds: grace });
      if (!d.ok && d.reason !== 'NotFound') return [kubectlErrorText(d)];
      if (d.ok) sent.push(pod);
      continue;
    }
    out(io, `evicting pod ${namespace}/${name}${run.dryRun === 'server' ? ' (server dry run)' : ''}`);
    const e = yield* api({ verb: 'evict', resource: 'pods', namespace, name, gracePeriodSeconds: grace });
    if (e.ok) sent.push(pod);
    else if (e.reason !== 'NotFound') errors.push(`error when evicting pods/"${name}" -n "${namespace}": ${e.message}`);
  }
  if (run.dryRun === 'server') return errors.length ? errors : undefined;
  // waitForDelete: a pod is gone when it cannot be read any more or a new pod (another uid) took its name.
  const verb = run.disableEviction ? 'deleted' : 'evicted';
  const pending = new Map(sent.map((p) => [p.metadata.uid ?? '', p]));
  const gone = (p: Pod) => io.peek('pods', p.metadata.namespace, p.metadata.name ?? '')?.metadata.uid !== p.metadata.uid;
  const report = () => {
    for (const [uid, p] of pending) {
      if (!gone(p)) continue;
      pending.delete(uid);
      out(io, `pod/${p.metadata.name} ${verb}`);
    }
    return pending.size === 0;
  };
  const done = (yield { type: 'waitFor', timeoutMs: run.timeoutMs || UNBOUNDED_WAIT_MS, predicate: report }) as boolean;
  if (!done) {
    const limit = formatDuration(run.timeoutMs || UNBOUNDED_WAIT_MS);
    for (const p of pending.values()) errors.push(`error when waiting for pod "${p.metadata.name}" in namespace "${p.metadata.namespace}" to terminate: global timeout reached: ${limit}`);
  }
  return errors.length ? errors : undefined;
}

function* drain(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const selector = flags.selector as string | undefined;
  if (ctx.args.length === 0 && !ctx.changed.has('selector')) {
    err(io, "error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples");
    return 1;
  }
  if (ctx.args.length > 0 && selector) {
    err(io, "error: error: cannot specify both a node name and a --selector option\nSee 'kubectl drain -h' for help and examples");
    return 1;
  }
  const timeoutText = String(flags.timeout ?? '0s');
  const timeoutMs = parseDurationMs(timeoutText);
  if (timeoutMs === undefined) {
    err(io, invalidDuration('timeout', timeoutText, 'drain'));
    return 1;
  }
  const run: DrainRun = {
    io,
    options: { ignoreDaemonSets: !!flags['ignore-daemonsets'], deleteEmptyDirData: !!flags['delete-emptydir-data'], force: !!flags.force },
    dryRun: ctx.dryRun,
    disableEviction: !!flags['disable-eviction'],
    grace: Number(flags['grace-period'] ?? -1),
    timeoutMs: Math.max(0, timeoutMs),
    podSelector: (flags['pod-selector'] as string | undefined) || undefined,
  };
  const visit = yield* visitNodes(ctx.args, selector);
  if (visit.fatal) {
    err(io, visit.fatal);
    return 1;
  }
  for (const e of visit.errors) err(io, e);
  if (visit.errors.length) return 1;
  const remaining: string[] = [];
  let fatal: string[] | undefined;
  for (const node of visit.nodes) {
    const name = node.metadata.name ?? '';
    if (!(yield* setUnschedulable(io, node, true, ctx.dryRun))) {
      remaining.push(name);
      continue;
    }
    const errors = yield* drainNode(run, node);
    if (!errors) {
      out(io, `node/${name} drained${dryRunSuffix(ctx.dryRun)}`);
      continue;
    }
    err(io, `error: unable to drain node "${name}" due to error: ${aggregate(errors)}, continuing command...`);
    remaining.push(name);
    fatal = errors;
  }
  if (!fatal) return remaining.length ? 1 : 0;
  err(io, `There are pending nodes to be drained:\n${remaining.map((n) => ` ${n}`).join('\n')}`);
  // cmdutil.CheckErr prints each error of the aggregate on its own line, without "error: ".
  err(io, fatal.join('\n'));
  return 1;
}

registerVerb({
  name: 'drain',
  flags: [
    { name: 'force', type: 'bool', default: false },
    { name: 'ignore-daemonsets', type: 'bool', default: false },
    { name: 'delete-emptydir-data', type: 'bool', default: false },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'timeout', type: 'string', default: '0s' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'pod-selector', type: 'string' },
    { name: 'disable-eviction', type: 'bool', default: false },
    { name: 'skip-wait-for-delete-timeout', type: 'int', default: 0 },
    { name: 'chunk-size', type: 'int', default: 500 },
    DRY_RUN_FLAG,
  ],
  run: drain,
});
