import type { KubeObject } from '../../api/types.ts';
import type { CommandGenerator, CommandIO } from '../command.ts';
import type { DryRun } from './dryRun.ts';
import type { FlagSpec, FlagValues } from './flags.ts';

/**
 * Extension points of the simulated kubectl: verbs (get, run, scale, apply, ...) and per-resource
 * table printers (the columns `kubectl get` shows). Other parts of the engine register their own.
 */
export interface KubectlContext {
  io: CommandIO;
  verb: string;
  args: string[];
  afterDash: string[] | undefined;
  flags: FlagValues;
  changed: Set<string>;
  /** -n if given, else the current context's namespace. */
  namespace: string;
  explicitNamespace: boolean;
  /**
   * The --dry-run strategy, parsed by the dispatcher for every verb that declares DRY_RUN_FLAG
   * (dryRun.ts); 'none' for verbs without the flag. Writes are guarded accordingly.
   */
  dryRun: DryRun;
}

export interface KubectlVerb {
  name: string;
  /**
   * Subcommands (first argument) that do not have the verb's --dry-run flag: kubectl rejects the
   * flag for them as unknown (`rollout restart`, `rollout status`, ...).
   */
  noDryRunSubcommands?: string[];
  aliases?: string[];
  flags: FlagSpec[];
  run(ctx: KubectlContext): CommandGenerator;
  /** `kubectl <verb> --help` text (exactly as real kubectl prints it), if known. */
  help?: string;
}

const verbs = new Map<string, KubectlVerb>();

export function registerVerb(verb: KubectlVerb): void {
  verbs.set(verb.name, verb);
  for (const a of verb.aliases ?? []) verbs.set(a, verb);
}

export function findVerb(name: string): KubectlVerb | undefined {
  return verbs.get(name);
}

/** Every registered verb once (aliases folded), in registration order. */
export function registeredVerbs(): KubectlVerb[] {
  return [...new Set(verbs.values())];
}

export interface PrintContext {
  now: number;
  wide: boolean;
}

export interface ResourcePrinter {
  /** Plural resource name. */
  resource: string;
  columns(wide: boolean): string[];
  row(obj: KubeObject, ctx: PrintContext): string[];
}

const printers = new Map<string, ResourcePrinter>();

export function registerPrinter(p: ResourcePrinter): void {
  printers.set(p.resource, p);
}

export function findPrinter(resource: string): ResourcePrinter | undefined {
  return printers.get(resource);
}

/** kubectl's top-level command order (cobra suggestions follow it; sorting is disabled in kubectl). */
export const KUBECTL_COMMANDS = [
  'create', 'expose', 'run', 'set', 'explain', 'get', 'edit', 'delete', 'rollout', 'scale', 'autoscale',
  'certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint', 'describe', 'logs', 'attach',
  'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events', 'diff', 'apply', 'patch', 'replace', 'wait',
  'kustomize', 'label', 'annotate', 'completion', 'alpha', 'api-resources', 'api-versions', 'config', 'plugin', 'version',
];
