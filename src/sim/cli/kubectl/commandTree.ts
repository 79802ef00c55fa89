import { GLOBAL_FLAGS, parseFlags, FlagError, type FlagSpec } from './flags.ts';

/**
 * kubectl 1.33's command groups as cobra resolves them: which words are subcommands (with their
 * aliases) and what a group does with a word that is not one. Kept apart from the verbs so that the
 * answer is kubectl's even where the simulation implements only some subcommands (or none).
 *
 * - `default` groups run kubectl's DefaultSubCommandRun: `error: unknown command "<all args>"` and
 *   `See 'kubectl <group> -h' for help and examples` (no suggestions: cobra suggests only for the root).
 * - `create` has its own Run (create -f): leftover words are `Unexpected args: [...]`, after the
 *   flags were parsed against create's own flag set (a subcommand's --image is unknown there).
 */
interface CommandGroup {
  kind: 'default' | 'create';
  /** Subcommand name -> its aliases. */
  subcommands: Record<string, string[]>;
  /** The group's own flags (besides the global ones); only `create` has some. */
  ownFlags?: FlagSpec[];
}

const CREATE_OWN_FLAGS: FlagSpec[] = [
  { name: 'allow-missing-template-keys', type: 'bool', default: true },
  { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged' },
  { name: 'edit', type: 'bool', default: false },
  { name: 'field-manager', type: 'string' },
  { name: 'filename', short: 'f', type: 'stringArray', default: [] },
  { name: 'kustomize', short: 'k', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'raw', type: 'string' },
  { name: 'recursive', short: 'R', type: 'bool', default: false },
  { name: 'save-config', type: 'bool', default: false },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'show-managed-fields', type: 'bool', default: false },
  { name: 'template', type: 'string' },
  { name: 'validate', type: 'string', default: 'strict', noOptDefault: 'strict' },
  { name: 'windows-line-endings', type: 'bool', default: false },
];

const names = (...list: string[]): Record<string, string[]> => Object.fromEntries(list.map((n) => [n, []]));

const GROUPS: Record<string, CommandGroup> = {
  create: {
    kind: 'create',
    ownFlags: CREATE_OWN_FLAGS,
    subcommands: {
      clusterrole: [], clusterrolebinding: [], configmap: ['cm'], cronjob: ['cj'], deployment: ['deploy'],
      ingress: ['ing'], job: [], namespace: ['ns'], poddisruptionbudget: ['pdb'], priorityclass: ['pc'],
      quota: ['resourcequota'], role: [], rolebinding: [], secret: [], service: ['svc'], serviceaccount: ['sa'], token: [],
    },
  },
  'create service': { kind: 'default', subcommands: names('clusterip', 'externalname', 'loadbalancer', 'nodeport') },
  'create secret': { kind: 'default', subcommands: names('docker-registry', 'generic', 'tls') },
  set: { kind: 'default', subcommands: { env: [], image: [], resources: [], selector: [], serviceaccount: ['sa'], subject: [] } },
  rollout: { kind: 'default', subcommands: names('history', 'pause', 'restart', 'resume', 'status', 'undo') },
  config: {
    kind: 'default',
    subcommands: names('current-context', 'delete-cluster', 'delete-context', 'delete-user', 'get-clusters', 'get-contexts', 'get-users',
      'rename-context', 'set', 'set-cluster', 'set-context', 'set-credentials', 'unset', 'use-context', 'view'),
  },
  auth: { kind: 'default', subcommands: names('can-i', 'reconcile', 'whoami') },
  top: { kind: 'default', subcommands: { node: ['nodes', 'no'], pod: ['pods', 'po'] } },
  certificate: { kind: 'default', subcommands: names('approve', 'deny') },
  plugin: { kind: 'default', subcommands: names('list') },
};

function canonical(group: CommandGroup, word: string): string | undefined {
  for (const [name, aliases] of Object.entries(group.subcommands)) if (name === word || aliases.includes(word)) return name;
  return undefined;
}

/**
 * The command path cobra resolves from the verb and the positional words: `create deploy x` ->
 * `create deployment`, `create svc clusterip x` -> `create service clusterip`. Flag errors name it.
 */
export function commandPath(verb: string, args: string[]): string {
  let path = verb;
  for (const word of args) {
    const group = GROUPS[path];
    const sub = group && canonical(group, word);
    if (!sub) break;
    path = `${path} ${sub}`;
  }
  return path;
}

/**
 * cobra's answer when the words after a command group name no subcommand, or undefined when they
 * do (or the verb is no group). `argv` is the command line after the verb, for re-parsing the
 * flags against the group's own set; `args` are its positional words.
 */
export function unknownSubcommandError(verb: string, argv: string[], args: string[]): string | undefined {
  let path = verb;
  let rest = args;
  while (GROUPS[path] && rest.length > 0) {
    const sub = canonical(GROUPS[path], rest[0]);
    if (!sub) break;
    path = `${path} ${sub}`;
    rest = rest.slice(1);
  }
  const group = GROUPS[path];
  if (!group || rest.length === 0) return undefined;
  // Flags are parsed against the group's own set first: `create service foo --dry-run` is an unknown flag.
  const own = group.ownFlags ?? [];
  try {
    parseFlags(argv, [...own, ...GLOBAL_FLAGS.filter((g) => !own.some((f) => f.name === g.name))]);
  } catch (e) {
    if (e instanceof FlagError) return `error: ${e.message}\nSee 'kubectl ${path} --help' for usage.`;
    throw e;
  }
  if (group.kind === 'default') return `error: unknown command "${rest.join(' ')}"\nSee 'kubectl ${path} -h' for help and examples`;
  return `error: Unexpected args: [${rest.join(' ')}]\nSee 'kubectl ${path} -h' for help and examples`;
}

/**
 * The positional words of `argv` when parsed against `specs`, skipping flag values; tolerant of
 * unknown flags (used to name the command in a flag error).
 */
export function positionalWords(argv: string[], specs: FlagSpec[]): string[] {
  const valueFlags = new Set(specs.filter((f) => f.type !== 'bool' && f.noOptDefault === undefined).flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]));
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a.startsWith('-') && a.length > 1) {
      if (!a.includes('=') && valueFlags.has(a)) i++;
      continue;
    }
    words.push(a);
  }
  return words;
}

/** unknownSubcommandError for a verb the simulation does not implement; its flags are the globals. */
export function unknownSubcommandOf(verb: string, argv: string[], globals: FlagSpec[]): string | undefined {
  try {
    return unknownSubcommandError(verb, argv, parseFlags(argv, globals).args);
  } catch (e) {
    if (e instanceof FlagError) return undefined;
    throw e;
  }
}
