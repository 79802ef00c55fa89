// Tab completion for the player's terminal: commands, kubectl/etcdctl verbs, resource types,
// flags with fixed values, and object names from the live cluster (through a callback).

export type NameSource = (resource: string, namespace: string | undefined) => string[];

export interface Completion {
  /** The new input line. */
  line: string;
  /** Every candidate when more than one fits (to list under the prompt). */
  candidates: string[];
}

const COMMANDS = ['kubectl', 'k', 'etcdctl', 'clear', 'help'];
const KUBECTL_VERBS = [
  'get', 'describe', 'run', 'create', 'apply', 'delete', 'label', 'explain', 'expose', 'scale',
  'rollout', 'set', 'exec', 'logs', 'version', 'api-resources',
];
const RESOURCE_VERBS = new Set(['get', 'describe', 'delete', 'label', 'explain', 'scale', 'expose', 'logs', 'exec']);
const RESOURCES = [
  'pods', 'nodes', 'namespaces', 'deployments', 'replicasets', 'replicationcontrollers', 'services',
  'endpoints', 'endpointslices', 'daemonsets', 'events', 'leases', 'resourcequotas', 'all',
];
const SHORT_NAMES: Record<string, string> = {
  po: 'pods', pod: 'pods', no: 'nodes', node: 'nodes', ns: 'namespaces', namespace: 'namespaces',
  deploy: 'deployments', deployment: 'deployments', rs: 'replicasets', replicaset: 'replicasets',
  rc: 'replicationcontrollers', svc: 'services', service: 'services', ep: 'endpoints', ds: 'daemonsets',
  ev: 'events', quota: 'resourcequotas',
};
const SUBVERBS: Record<string, string[]> = {
  rollout: ['status', 'history', 'undo', 'restart', 'pause', 'resume'],
  create: ['deployment', 'namespace', 'service', 'quota', '-f'],
  set: ['image'],
};
const ETCDCTL_VERBS = ['put', 'get', 'del', 'watch', 'member', 'endpoint', 'snapshot', 'version'];
const ETCDCTL_SUB: Record<string, string[]> = {
  member: ['list'],
  endpoint: ['health', 'status'],
  snapshot: ['save', 'status'],
};
/** etcdctl verbs whose first argument is a key; completed one path segment at a time. */
const ETCDCTL_KEY_VERBS = new Set(['get', 'del', 'watch', 'put']);
/** The NameSource resource name for etcd keys. */
export const ETCD_KEYS = 'etcd-keys';

const FLAG_VALUES: Record<string, string[]> = {
  '-o': ['wide', 'yaml', 'json', 'name'],
  '--output': ['wide', 'yaml', 'json', 'name'],
  '-w': ['table', 'json', 'simple', 'fields'],
  '--write-out': ['table', 'json', 'simple', 'fields'],
  '--dry-run': ['client', 'server', 'none'],
  '--restart': ['Always', 'OnFailure', 'Never'],
  '--type': ['ClusterIP', 'NodePort', 'LoadBalancer'],
};

/** Canonical plural resource name for a type word (pods, po, pod -> pods); undefined if unknown. */
export function canonicalResource(word: string): string | undefined {
  const lower = word.toLowerCase().split('.')[0];
  if (RESOURCES.includes(lower)) return lower;
  return SHORT_NAMES[lower];
}

function commonPrefix(words: string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0];
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** The namespace given with -n/--namespace in the words, if any. */
function namespaceOf(words: string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if ((w === '-n' || w === '--namespace') && i + 1 < words.length) return words[i + 1];
    if (w.startsWith('--namespace=')) return w.slice('--namespace='.length);
  }
  return undefined;
}

function candidatesFor(done: string[], names: NameSource): string[] {
  if (done.length === 0) return COMMANDS;
  const [cmd] = done;
  const prev = done[done.length - 1];
  if (prev === '-n' || prev === '--namespace') return names('namespaces', undefined);
  if (FLAG_VALUES[prev]) return FLAG_VALUES[prev];
  const positional = done.filter((w, i) => !w.startsWith('-') && !(i > 0 && (done[i - 1] === '-n' || done[i - 1] === '--namespace' || FLAG_VALUES[done[i - 1]])));
  if (cmd === 'kubectl' || cmd === 'k') {
    if (positional.length === 1) return KUBECTL_VERBS;
    const verb = positional[1];
    if (positional.length === 2 && SUBVERBS[verb]) return SUBVERBS[verb];
    const typeIndex = SUBVERBS[verb] && verb !== 'create' ? 3 : 2;
    if (RESOURCE_VERBS.has(verb) || verb === 'rollout') {
      if (positional.length === typeIndex) return verb === 'rollout' ? ['deployment'] : RESOURCES;
      if (positional.length === typeIndex + 1) {
        const resource = canonicalResource(positional[typeIndex]);
        if (resource && resource !== 'all') return names(resource, namespaceOf(done));
      }
    }
    if (verb === 'exec' && positional.length === 2) return names('pods', namespaceOf(done));
    return [];
  }
  if (cmd === 'etcdctl') {
    if (positional.length === 1) return ETCDCTL_VERBS;
    const sub = ETCDCTL_SUB[positional[1]];
    if (positional.length === 2 && sub) return sub;
    if (positional.length === 2 && ETCDCTL_KEY_VERBS.has(positional[1])) return names(ETCD_KEYS, undefined);
  }
  return [];
}

/** Completes the last word of `line` (the cursor is at the end). */
export function complete(line: string, names: NameSource): Completion {
  const endsWithSpace = line === '' || /\s$/.test(line);
  const words = line.trim() === '' ? [] : line.trim().split(/\s+/);
  const partial = endsWithSpace ? '' : (words.pop() ?? '');
  // "-o=ya" / "--dry-run=cl": complete the value after '='.
  const eq = partial.indexOf('=');
  let matches: string[];
  let prefix = partial;
  let head = '';
  if (partial.startsWith('-') && eq > 0) {
    head = partial.slice(0, eq + 1);
    prefix = partial.slice(eq + 1);
    matches = (FLAG_VALUES[partial.slice(0, eq)] ?? []).filter((c) => c.startsWith(prefix));
  } else {
    matches = [...new Set(candidatesFor(words, names))].filter((c) => c.startsWith(prefix));
    // Keys are paths: offer the next segment ('/registry/pods/') rather than every full key.
    if (words[0] === 'etcdctl' && matches.some((m) => m.startsWith('/'))) {
      matches = [...new Set(matches.map((m) => {
        const slash = m.indexOf('/', prefix.length + (m[prefix.length] === '/' ? 1 : 0));
        return slash < 0 ? m : m.slice(0, slash + 1);
      }))];
    }
  }
  const before = line.slice(0, line.length - partial.length);
  if (matches.length === 0) return { line, candidates: [] };
  if (matches.length === 1) {
    const done = matches[0].endsWith('/') ? '' : ' ';
    return { line: before + head + matches[0] + done, candidates: [] };
  }
  const common = commonPrefix(matches);
  return { line: before + head + (common.length > prefix.length ? common : prefix), candidates: matches.sort() };
}
