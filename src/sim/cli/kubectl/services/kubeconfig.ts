// `kubectl config` on the session's kubeconfig (cli/kubectl/kubeconfig.ts holds the state as
// kubeadm writes it; every other command takes its default namespace from the current context,
// which is what `set-context --current --namespace=dev` changes).
import type { KubeconfigState } from '../kubeconfig.ts';
import { tabwrite } from '../tabwriter.ts';

export interface ConfigResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const ok = (stdout: string): ConfigResult => ({ stdout, stderr: '', exitCode: 0 });
const fail = (message: string): ConfigResult => ({ stdout: '', stderr: `error: ${message}\n`, exitCode: 1 });

export function newKubeconfig(): KubeconfigState {
  return {
    currentContext: 'kubernetes-admin@kubernetes',
    contexts: { 'kubernetes-admin@kubernetes': { cluster: 'kubernetes', user: 'kubernetes-admin' } },
  };
}

export function getContexts(kc: KubeconfigState, names: string[] = [], output?: string): ConfigResult {
  const all = Object.keys(kc.contexts).sort();
  const missing = names.find((n) => !kc.contexts[n]);
  if (missing) return fail(`context ${missing} not found`);
  const selected = names.length ? names : all;
  if (output === 'name') return ok(selected.map((n) => `${n}\n`).join(''));
  let table = 'CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n';
  for (const n of selected) {
    const c = kc.contexts[n];
    table += `${n === kc.currentContext ? '*' : ''}\t${n}\t${c.cluster}\t${c.user}\t${c.namespace ?? ''}\n`;
  }
  // printers.GetNewTabWriter: minwidth 6, padding 3.
  return ok(tabwrite(table, 6, 3));
}

export function currentContext(kc: KubeconfigState): ConfigResult {
  return kc.currentContext ? ok(`${kc.currentContext}\n`) : fail('current-context is not set');
}

/** `config set-context [NAME | --current] [--namespace=..] [--cluster=..] [--user=..]` */
export function setContext(kc: KubeconfigState, name: string | undefined, current: boolean, fields: { namespace?: string; cluster?: string; user?: string }): ConfigResult {
  if (current && name) return fail('you cannot specify both a context name and --current');
  const target = current ? kc.currentContext : name;
  if (!target) return fail(current ? 'no current context is set' : 'you must specify a non-empty context name or --current');
  const created = !kc.contexts[target];
  const ctx = (kc.contexts[target] ??= { cluster: '', user: '' });
  if (fields.namespace !== undefined) {
    if (fields.namespace) ctx.namespace = fields.namespace;
    else delete ctx.namespace;
  }
  if (fields.cluster !== undefined) ctx.cluster = fields.cluster;
  if (fields.user !== undefined) ctx.user = fields.user;
  return ok(`Context "${target}" ${created ? 'created' : 'modified'}.\n`);
}

export function useContext(kc: KubeconfigState, name: string | undefined): ConfigResult {
  if (!name) return fail('Unexpected args: []');
  if (!kc.contexts[name]) return fail(`no context exists with the name: "${name}"`);
  kc.currentContext = name;
  return ok(`Switched to context "${name}".\n`);
}

/** `config view --minify -o jsonpath={..namespace}`: the current context's namespace, no newline. */
export function minifiedNamespace(kc: KubeconfigState): string {
  return kc.contexts[kc.currentContext]?.namespace ?? '';
}
