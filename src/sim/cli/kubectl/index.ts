import { err, out, registerProgram, type CommandGenerator, type CommandIO } from '../command.ts';
import { FlagError, GLOBAL_FLAGS, parseFlags, type FlagSpec } from './flags.ts';
import { findVerb, KUBECTL_COMMANDS, type KubectlContext } from './registry.ts';
import { ROOT_HELP } from './rootHelp.ts';
import { commandPath, positionalWords, unknownSubcommandError, unknownSubcommandOf } from './commandTree.ts';
import { verbHelpText } from './help/verbHelpRegistry.ts';
import { currentNamespace } from './kubeconfig.ts';
import { verbosityOf, withRequestLog } from './requestLog.ts';
import { dryRunStrategy, guardDryRun, hasDryRunFlag, type DryRun } from './dryRun.ts';
import './verbs/get.ts';
import './verbs/describe.ts';
import './verbs/run.ts';
import { createSubcommandName } from './verbs/create.ts';
import './verbs/delete.ts';
import './verbs/label.ts';
import './verbs/version.ts';
import './verbs/completion.ts';
import './verbs/explain.ts';
import './verbs/exec.ts';
import './verbs/misc.ts';
import './verbs/apiResources.ts';
import './verbs/logs.ts';
import './verbs/patch.ts';
import './verbs/diff.ts';
import './verbs/edit.ts';
import './printers.ts';
import './nodes/index.ts';

/**
 * The simulated kubectl: global flags, verb dispatch with cobra's error texts and suggestions.
 * Verbs live in verbs/*.ts and register themselves (registerVerb); other helpers add theirs.
 */
const flagForms = (f: FlagSpec) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])];
const VALUE_GLOBALS = new Set(GLOBAL_FLAGS.filter((f) => f.type !== 'bool').flatMap(flagForms));
const BOOL_GLOBALS = new Set(GLOBAL_FLAGS.filter((f) => f.type === 'bool').flatMap(flagForms));

function* kubectl(argv: string[], io: CommandIO): CommandGenerator {
  // The verb is the first word that is not a (global) flag or a flag's value.
  // cobra's stripFlags: a flag before the verb written without `=` takes the next word as its value
  // unless it is a known boolean (an unknown `--foo` too; a combined `-abc` never does).
  let verbIndex = -1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a.startsWith('-')) {
      const long = a.startsWith('--');
      if (!a.includes('=') && (VALUE_GLOBALS.has(a) || (!BOOL_GLOBALS.has(a) && (long || a.length === 2)))) i++;
      continue;
    }
    verbIndex = i;
    break;
  }
  // A word that names no command after leading flags: kubectl's plugin lookup refuses it.
  if (verbIndex > 0 && !findVerb(argv[verbIndex]) && !KUBECTL_COMMANDS.includes(argv[verbIndex]) && argv[0].startsWith('-')) {
    err(io, `Error: flags cannot be placed before plugin name: ${argv[0]}`);
    return 1;
  }
  if (verbIndex < 0) {
    if (argv.some((a) => a === '--help' || a === '-h') || argv.length === 0) {
      out(io, ROOT_HELP);
      return 0;
    }
    try {
      parseFlags(argv, GLOBAL_FLAGS);
    } catch (e) {
      err(io, `error: ${(e as Error).message}\nSee 'kubectl --help' for usage.`);
      return 1;
    }
    out(io, ROOT_HELP);
    return 0;
  }
  const verbName = argv[verbIndex];
  const rest = [...argv.slice(0, verbIndex), ...argv.slice(verbIndex + 1)];
  const verb = findVerb(verbName);
  if (!verb) {
    if (KUBECTL_COMMANDS.includes(verbName)) {
      // The command tree is kubectl's even where the verb is not simulated: `kubectl top foo`.
      const unknownSub = unknownSubcommandOf(verbName, rest, GLOBAL_FLAGS);
      err(io, unknownSub ?? `error: "kubectl ${verbName}" is not available in this simulation`);
      return 1;
    }
    const suggestions = KUBECTL_COMMANDS.filter((c) => levenshtein(verbName.toLowerCase(), c.toLowerCase()) <= 2 || c.startsWith(verbName.toLowerCase()));
    let text = `error: unknown command "${verbName}" for "kubectl"`;
    if (suggestions.length) text += `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}`).join('\n')}`;
    err(io, text);
    return 1;
  }
  const specs: FlagSpec[] = [...verb.flags, ...GLOBAL_FLAGS.filter((g) => !verb.flags.some((f) => f.name === g.name || (g.short && f.short === g.short)))];
  let parsed;
  try {
    parsed = parseFlags(rest, specs);
  } catch (e) {
    if (e instanceof FlagError) {
      // cobra names the subcommand that owns the flags: `kubectl create deployment --help`.
      err(io, `error: ${e.message}\nSee 'kubectl ${commandPath(verb.name, positionalWords(rest, specs))} --help' for usage.`);
      return 1;
    }
    throw e;
  }
  if (parsed.flags.help) {
    // The short usage is also what a browser engine prints if the help texts were not loaded
    // (prepareCommands was skipped): degraded output, never an exception.
    out(io, verb.help ?? recordedHelp(verb.name, parsed.args) ?? `Usage:\n  kubectl ${verb.name} [options]\n`);
    return 0;
  }
  const unknownSub = unknownSubcommandError(verb.name, rest, parsed.args);
  if (unknownSub) {
    err(io, unknownSub);
    return 1;
  }
  let dryRun: DryRun = 'none';
  if (hasDryRunFlag(verb.flags)) {
    const sub = parsed.args[0];
    // The command group itself (`kubectl rollout --dry-run`) has no such flag either.
    if (parsed.changed.has('dry-run') && verb.noDryRunSubcommands && (sub === undefined || verb.noDryRunSubcommands.includes(sub))) {
      err(io, `error: unknown flag: --dry-run\nSee 'kubectl ${verb.name}${sub === undefined ? '' : ` ${sub}`} --help' for usage.`);
      return 1;
    }
    const strategy = dryRunStrategy(io, parsed.flags['dry-run']);
    if (!strategy) return 1;
    dryRun = strategy;
  }
  const explicit = parsed.changed.has('namespace');
  const ctx: KubectlContext = {
    io,
    verb: verb.name,
    args: parsed.args,
    afterDash: parsed.afterDash,
    flags: parsed.flags,
    changed: parsed.changed,
    namespace: explicit ? String(parsed.flags.namespace) : currentNamespace(io),
    explicitNamespace: explicit,
    dryRun,
  };
  if (parsed.flags.as) io.user = String(parsed.flags.as);
  if ((parsed.flags['as-group'] as string[] | undefined)?.length) io.groups = parsed.flags['as-group'] as string[];
  if (parsed.flags.token !== undefined) io.token = String(parsed.flags.token);
  const run = guardDryRun(dryRun, verb.run(ctx));
  return yield* (verbosityOf(ctx) >= 1 ? withRequestLog(ctx, run) : run);
}

/**
 * The real help text for `kubectl <verb> [sub [subsub]] --help`. `create` has subcommands with their
 * own help (`create deployment`, `create service clusterip`); for other verbs the arguments are
 * resource names and the verb's help applies. An unrecorded create subcommand gets no help text.
 */
function recordedHelp(verb: string, args: string[]): string | undefined {
  if (verb === 'apply' && args[0] === 'view-last-applied') return verbHelpText('apply view-last-applied');
  if (verb !== 'create' || args.length === 0) return verbHelpText(verb);
  const sub = createSubcommandName(args[0]);
  if (!sub) return verbHelpText(verb);
  return (args[1] !== undefined ? verbHelpText(`create ${sub} ${args[1]}`) : undefined) ?? verbHelpText(`create ${sub}`);
}

/** Levenshtein distance as cobra's ld(s, t, ignoreCase) computes it. */
export function levenshtein(s: string, t: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= s.length; i++) d.push([i, ...new Array(t.length).fill(0)]);
  for (let j = 0; j <= t.length; j++) d[0][j] = j;
  for (let j = 1; j <= t.length; j++) {
    for (let i = 1; i <= s.length; i++) {
      if (s[i - 1] === t[j - 1]) d[i][j] = d[i - 1][j - 1];
      else d[i][j] = Math.min(d[i - 1][j], d[i][j - 1], d[i - 1][j - 1]) + 1;
    }
  }
  return d[s.length][t.length];
}

registerProgram('kubectl', kubectl);
