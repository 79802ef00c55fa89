// --dry-run for every kubectl verb that writes, in one place (kubectl's cmdutil.GetDryRunStrategy,
// PrintFlags.Complete("%s (dry run)") and the dryRun=All query of its REST helper):
//  - DRY_RUN_FLAG is the flag a writing verb declares; the dispatcher (index.ts) then parses the
//    value once with dryRunStrategy() before the verb runs and hands it over as ctx.dryRun;
//  - guardDryRun() wraps the verb: in server mode every write it sends carries dryRun=All, in client
//    mode no write leaves kubectl at all (a verb that still tries gets a loud simulation error,
//    which the dry-run property test turns into a failure), so a new verb cannot store anything by
//    forgetting a check;
//  - dryRunSuffix() and printWritten() give kubectl's wording ("created (dry run)",
//    "scaled (server dry run)") and -o yaml|json|name|jsonpath|custom-columns of the would-be object.
import type { ResourceKind } from '../../api/resources.ts';
import type { KubeObject } from '../../api/types.ts';
import type { ApiResponse, Verb } from '../../apiserver/protocol.ts';
import { err, out, type CommandGenerator, type CommandIO, type EffectResult } from '../command.ts';
import type { FlagSpec } from './flags.ts';
import { toJson, toYaml } from './output.ts';
import type { KubectlContext } from './registry.ts';
import { klogHeader } from './requestLog.ts';
import { kindPrefix } from './targets.ts';
import { printTemplate } from './templatePrinters.ts';

export type DryRun = 'none' | 'client' | 'server';

/** The pflag default pflag gives a bare `--dry-run` (kubectl's NoOptDefVal). */
const BARE = 'unchanged';

/** `--dry-run[=none|client|server]` as cmdutil.AddDryRunFlag declares it. */
export const DRY_RUN_FLAG: FlagSpec = { name: 'dry-run', type: 'string', default: 'none', noOptDefault: BARE };

/** True when a verb declares --dry-run (the dispatcher then parses it and guards the verb). */
export function hasDryRunFlag(flags: readonly FlagSpec[]): boolean {
  return flags.some((f) => f.name === DRY_RUN_FLAG.name);
}

const GO_TRUE = ['1', 't', 'T', 'true', 'TRUE', 'True'];
const GO_FALSE = ['0', 'f', 'F', 'false', 'FALSE', 'False'];

/**
 * cmdutil.GetDryRunStrategy: none/client/server; the bare flag and Go booleans still work with a
 * klog warning (true means client, false none); anything else is kubectl's error. Returns undefined
 * after printing that error.
 */
export function dryRunStrategy(io: CommandIO, value: unknown): DryRun | undefined {
  const text = String(value ?? 'none');
  const warn = (line: number, message: string) => err(io, `${klogHeader(io.now(), `helpers.go:${line}`, 'W')}${message}`);
  if (GO_TRUE.includes(text)) {
    warn(717, `--dry-run=${text} is deprecated (boolean value) and can be replaced with --dry-run=client.`);
    return 'client';
  }
  if (GO_FALSE.includes(text)) {
    warn(720, `--dry-run=${text} is deprecated (boolean value) and can be replaced with --dry-run=none.`);
    return 'none';
  }
  if (text === BARE) {
    warn(703, '--dry-run is deprecated and can be replaced with --dry-run=client.');
    return 'client';
  }
  if (text === 'none' || text === 'client' || text === 'server') return text;
  err(io, `error: Invalid dry-run value (${text}). Must be "none", "server", or "client".`);
  return undefined;
}

/** What kubectl appends to the operation it prints (PrintFlags.Complete). */
export function dryRunSuffix(dryRun: DryRun): string {
  return dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
}

const WRITES = new Set<Verb>(['create', 'update', 'updateStatus', 'patch', 'patchStatus', 'delete', 'bind', 'evict']);

/**
 * Runs a verb under its dry-run strategy: server mode marks every write request dryRun=All; client
 * mode answers any write with a simulation error instead of sending it (kubectl sends none).
 */
export function* guardDryRun(dryRun: DryRun, verb: CommandGenerator): CommandGenerator {
  if (dryRun === 'none') return yield* verb;
  let input: EffectResult;
  for (;;) {
    const step = verb.next(input);
    if (step.done) return step.value;
    const effect = step.value;
    if (effect.type !== 'api' || !WRITES.has(effect.request.verb)) {
      input = yield effect;
      continue;
    }
    if (dryRun === 'server') {
      input = yield { ...effect, request: { ...effect.request, dryRun: true } };
      continue;
    }
    const refused: ApiResponse = {
      ok: false, code: 500, reason: 'InternalError',
      message: `simulation error: a client dry run must not send a ${effect.request.verb} of ${effect.request.resource} (please report this)`,
    };
    input = refused;
  }
}

/** How many objects the YAML printer wrote for one command (its io). */
const yamlObjectsPrinted = new WeakMap<CommandIO, number>();

export interface WrittenObject {
  rk: ResourceKind;
  obj: KubeObject;
  /** kubectl's operation word: created, configured, scaled, labeled, image updated, ... */
  operation: string;
  /**
   * -o json key order: sorted for objects kubectl holds as unstructured maps (read from the server
   * or from files), Go struct order for the typed objects its generators build.
   */
  sorted: boolean;
}

/**
 * What a writing verb prints for one object: -o yaml|json|name|jsonpath=|custom-columns= of the object
 * (the one the server answered, or for a client dry run the one kubectl would have sent), or the
 * `kind/name operation` line with the dry-run suffix. Returns false after a template error.
 */
export function printWritten(ctx: KubectlContext, w: WrittenObject): boolean {
  const output = ctx.flags.output as string | undefined;
  const { io } = ctx;
  if (output === 'yaml') {
    // kubectl's YAMLPrinter writes `---` before every object after the first one it printed.
    const printed = yamlObjectsPrinted.get(io) ?? 0;
    yamlObjectsPrinted.set(io, printed + 1);
    out(io, `${printed ? '---\n' : ''}${toYaml(w.obj)}`);
  }
  else if (output === 'json') io.stdout.push(toJson(w.obj, w.sorted));
  else if (output === 'name') out(io, `${kindPrefix(w.rk)}/${w.obj.metadata.name ?? ''}`);
  else if (output && /^(jsonpath|jsonpath-as-json|custom-columns)=/.test(output)) return printTemplate(io, output, w.obj, [w.obj], false);
  else out(io, `${kindPrefix(w.rk)}/${w.obj.metadata.name ?? ''} ${w.operation}${dryRunSuffix(ctx.dryRun)}`);
  return true;
}
