import type { Node, Taint } from '../../../api/types.ts';
import { labelValueErrors, qualifiedNameErrors } from '../../../api/qualifiedName.ts';
import { timestamp } from '../../../api/meta.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, type CommandGenerator } from '../../command.ts';
import { DRY_RUN_FLAG, printWritten } from '../dryRun.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { checkObjectOutput } from '../templatePrinters.ts';
import { resolveResource } from '../../../api/resources.ts';
import { visitNodes } from './nodeArgs.ts';

// kubectl taint (staging/src/k8s.io/kubectl/pkg/cmd/taint): parse the taint arguments as
// ParseTaints does, merge them into each node's taints as reorganizeTaints does, and send the new
// list in a patch. The scheduler's TaintToleration filter and the taint-eviction controller
// (NoExecute) react to the changed node through their watches.

type Effect = Taint['effect'];
const EFFECTS: readonly string[] = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

class TaintUsageError extends Error {}

interface ParsedTaint {
  key: string;
  value?: string;
  effect?: Effect;
}

/** corev1.Taint.ToString. */
export function taintString(t: ParsedTaint): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key;
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

function parseTaint(st: string): ParsedTaint {
  const parts = st.split(':');
  let key: string;
  let value: string | undefined;
  let effect: Effect | undefined;
  if (parts.length === 1) key = parts[0];
  else if (parts.length === 2) {
    if (!EFFECTS.includes(parts[1])) throw new TaintUsageError(`invalid taint effect: ${parts[1]}, unsupported taint effect`);
    effect = parts[1] as Effect;
    const kv = parts[0].split('=');
    if (kv.length > 2) throw new TaintUsageError(`invalid taint spec: ${st}`);
    key = kv[0];
    if (kv.length === 2) {
      value = kv[1];
      const errs = labelValueErrors(value);
      if (errs.length) throw new TaintUsageError(`invalid taint spec: ${st}, ${errs.join('; ')}`);
    }
  } else throw new TaintUsageError(`invalid taint spec: ${st}`);
  const errs = qualifiedNameErrors(key);
  if (errs.length) throw new TaintUsageError(`invalid taint spec: ${st}, ${errs.join('; ')}`);
  return { key, ...(value !== undefined && value !== '' ? { value } : {}), ...(effect ? { effect } : {}) };
}

/** ParseTaints: additions need an effect and must be unique by key and effect. */
function parseTaints(specs: string[], now: number): { add: Taint[]; remove: ParsedTaint[] } {
  const add: Taint[] = [];
  const remove: ParsedTaint[] = [];
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const t = parseTaint(spec.slice(0, -1));
      remove.push({ key: t.key, ...(t.effect ? { effect: t.effect } : {}) });
      continue;
    }
    const t = parseTaint(spec);
    if (!t.effect) throw new TaintUsageError(`invalid taint spec: ${spec}`);
    const timeAdded = t.effect === 'NoExecute' ? timestamp(now) : undefined;
    if (add.some((a) => a.key === t.key && a.effect === t.effect)) {
      // fmt's %v of the Go struct {Key Value Effect TimeAdded}.
      throw new TaintUsageError(`duplicated taints with the same key and effect: {${t.key} ${t.value ?? ''} ${t.effect} ${timeAdded ? timeAdded.replace('T', ' ').replace('Z', ' +0000 UTC') : '<nil>'}}`);
    }
    add.push({ key: t.key, ...(t.value ? { value: t.value } : {}), effect: t.effect, ...(timeAdded ? { timeAdded } : {}) });
  }
  return { add, remove };
}

const matches = (a: { key: string; effect?: string }, b: { key: string; effect?: string }) => a.key === b.key && a.effect === b.effect;

/** reorganizeTaints: the added taints first, then the old ones they do not replace, minus the removed. */
export function reorganizeTaints(old: Taint[], add: Taint[], remove: ParsedTaint[], overwrite: boolean): { operation: string; taints: Taint[]; errors: string[] } {
  let taints = [...add];
  for (const o of old) if (!taints.some((t) => matches(t, o))) taints.push(o);
  const added = old.length !== taints.length;
  const errors: string[] = [];
  let deleted = false;
  for (const r of remove) {
    const before = taints.length;
    taints = taints.filter((t) => (r.effect ? !matches(t, r) : t.key !== r.key));
    deleted = taints.length !== before;
    if (!deleted) errors.push(`taint "${taintString(r)}" not found`);
  }
  const operation = (added && deleted) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
  return { operation, taints, errors };
}

function* taint(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const resources: string[] = [];
  const taintArgs: string[] = [];
  for (const s of ctx.args) {
    const isTaint = s.includes('=') || s.includes(':') || s.endsWith('-');
    if (isTaint) taintArgs.push(s);
    else if (taintArgs.length) {
      err(io, `error: all resources must be specified before taint changes: ${s}`);
      return 1;
    } else resources.push(s);
  }
  let parsed;
  try {
    parsed = parseTaints(taintArgs, io.now());
  } catch (e) {
    if (!(e instanceof TaintUsageError)) throw e;
    err(io, `error: ${e.message}\nSee 'kubectl taint -h' for help and examples`);
    return 1;
  }
  if (resources.length < 1) {
    err(io, 'error: one or more resources must be specified as <resource> <name>');
    return 1;
  }
  if (parsed.add.length + parsed.remove.length < 1) {
    err(io, 'error: at least one taint update is required');
    return 1;
  }
  if (!checkObjectOutput(io, flags.output as string | undefined)) return 1;
  if (resolveResource(resources[0].toLowerCase())?.plural !== 'nodes' || !['node', 'nodes'].includes(resources[0].toLowerCase())) {
    err(io, `error: invalid resource type ${resources[0]}, only node types are supported`);
    return 1;
  }
  const conflicts: string[] = [];
  for (const a of parsed.add) {
    for (const r of parsed.remove) if (a.key === r.key && (!r.effect || a.effect === r.effect)) conflicts.push(`${r.key}=${r.effect ?? ''}`);
  }
  if (conflicts.length) {
    err(io, `error: can not both modify and remove the following taint(s) in the same command: ${conflicts.join(', ')}`);
    return 1;
  }
  const all = !!flags.all;
  const selector = flags.selector as string | undefined;
  if (all && selector) {
    err(io, "error: setting 'all' parameter with a non empty selector is prohibited");
    return 1;
  }
  if (!all && !selector && resources.length < 2) {
    err(io, "error: at least one resource name must be specified since 'all' parameter is not set");
    return 1;
  }
  const visit = yield* visitNodes(all || selector ? [] : resources.slice(1), selector);
  if (visit.fatal) {
    err(io, visit.fatal);
    return 1;
  }
  const overwrite = !!flags.overwrite;
  for (const node of visit.nodes) {
    const old = node.spec.taints ?? [];
    if (!overwrite) {
      const clash = parsed.add.find((a) => old.some((o) => matches(o, a)));
      if (clash) {
        err(io, `error: node ${node.metadata.name} already has ${clash.key} taint(s) with same effect(s) and --overwrite is false`);
        return 1;
      }
    }
    const { operation, taints, errors } = reorganizeTaints(old, parsed.add, parsed.remove, overwrite);
    if (errors.length) {
      err(io, errors.length === 1 ? `error: ${errors[0]}` : errors.join('\n'));
      return 1;
    }
    let result: Node = { ...node, spec: { ...node.spec, taints } };
    if (ctx.dryRun !== 'client') {
      const r = yield* api({ verb: 'patch', resource: 'nodes', name: node.metadata.name, patch: { spec: { taints: taints.length ? taints : null } } });
      if (!r.ok) {
        err(io, kubectlErrorText(r));
        return 1;
      }
      result = (r.object as Node | undefined) ?? result;
    }
    // kubectl taint prints no " (dry run)" suffix (its printer is built without the dry-run
    // template; recorded in tests/golden/nodes/server/taint-dry-run).
    if (!printWritten({ ...ctx, dryRun: 'none' }, { rk: resolveResource('nodes')!, obj: result, operation, sorted: true })) return 1;
  }
  for (const e of visit.errors) err(io, e);
  return visit.errors.length ? 1 : 0;
}

registerVerb({
  name: 'taint',
  flags: [
    { name: 'all', type: 'bool', default: false },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'overwrite', type: 'bool', default: false },
    { name: 'validate', type: 'string', default: 'strict', noOptDefault: 'strict' },
    { name: 'field-manager', type: 'string', default: 'kubectl-taint' },
    { name: 'show-managed-fields', type: 'bool', default: false },
    { name: 'allow-missing-template-keys', type: 'bool', default: true },
    { name: 'template', type: 'string' },
    DRY_RUN_FLAG,
    { name: 'output', short: 'o', type: 'string' },
  ],
  run: taint,
});
