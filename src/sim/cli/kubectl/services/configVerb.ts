// `kubectl config get-contexts | current-context | set-context | use-context | view`.
import { err, out } from '../../command.ts';
import { kubeconfig } from '../kubeconfig.ts';
import { toYaml } from '../output.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { currentContext, getContexts, minifiedNamespace, setContext, useContext, type ConfigResult } from './kubeconfig.ts';

const SUBCOMMANDS = ['current-context', 'delete-cluster', 'delete-context', 'delete-user', 'get-clusters', 'get-contexts', 'get-users',
  'rename-context', 'set', 'set-cluster', 'set-context', 'set-credentials', 'unset', 'use-context', 'view'];

function emit(ctx: KubectlContext, r: ConfigResult): number {
  if (r.stdout) ctx.io.stdout.push(r.stdout);
  if (r.stderr) ctx.io.stderr.push(r.stderr);
  return r.exitCode;
}

/** `config view`: the kubeconfig with credentials redacted, as kubectl prints it. */
function view(ctx: KubectlContext): number {
  const kc = kubeconfig(ctx.io);
  const minify = ctx.flags.minify === true;
  const output = ctx.flags.output as string | undefined;
  if (output?.startsWith('jsonpath=') && /\{\.\.namespace\}|\{\.contexts\[0\]\.context\.namespace\}/.test(output)) {
    ctx.io.stdout.push(minify ? minifiedNamespace(kc) : Object.values(kc.contexts).map((c) => c.namespace).filter(Boolean).join(' '));
    return 0;
  }
  const names = minify ? [kc.currentContext] : Object.keys(kc.contexts).sort();
  const config = {
    apiVersion: 'v1',
    clusters: [{ cluster: { 'certificate-authority-data': 'DATA+OMITTED', server: 'https://controlplane:6443' }, name: 'kubernetes' }],
    contexts: names.map((n) => ({ context: { cluster: kc.contexts[n].cluster, ...(kc.contexts[n].namespace ? { namespace: kc.contexts[n].namespace } : {}), user: kc.contexts[n].user }, name: n })),
    'current-context': kc.currentContext,
    kind: 'Config',
    preferences: {},
    users: [{ name: 'kubernetes-admin', user: { 'client-certificate-data': 'DATA+OMITTED', 'client-key-data': 'DATA+OMITTED' } }],
  };
  out(ctx.io, toYaml(config));
  return 0;
}

registerVerb({
  name: 'config',
  flags: [
    { name: 'current', type: 'bool', default: false },
    { name: 'namespace', type: 'string' },
    { name: 'cluster', type: 'string' },
    { name: 'user', type: 'string' },
    { name: 'output', short: 'o', type: 'string' },
    { name: 'minify', type: 'bool', default: false },
    { name: 'raw', type: 'bool', default: false },
    { name: 'no-headers', type: 'bool', default: false },
  ],
  *run(ctx) {
    const [sub, ...args] = ctx.args;
    const kc = kubeconfig(ctx.io);
    switch (sub) {
      case 'get-contexts':
        return emit(ctx, getContexts(kc, args, ctx.flags.output as string | undefined));
      case 'current-context':
        return emit(ctx, currentContext(kc));
      case 'set-context':
        return emit(ctx, setContext(kc, args[0], ctx.flags.current === true, {
          namespace: ctx.changed.has('namespace') ? String(ctx.flags.namespace) : undefined,
          cluster: ctx.changed.has('cluster') ? String(ctx.flags.cluster) : undefined,
          user: ctx.changed.has('user') ? String(ctx.flags.user) : undefined,
        }));
      case 'use-context':
      case 'use':
        return emit(ctx, useContext(kc, args[0]));
      case 'view':
        return view(ctx);
      case undefined:
        out(ctx.io, `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".\n\nAvailable Commands:\n${SUBCOMMANDS.map((s) => `  ${s}`).join('\n')}\n\nUsage:\n  kubectl config SUBCOMMAND [options]\n`);
        return 0;
      default:
        if (SUBCOMMANDS.includes(sub)) {
          err(ctx.io, `error: "kubectl config ${sub}" is not available in this simulation`);
          return 1;
        }
        err(ctx.io, `error: unknown command "${sub}"\nSee 'kubectl config -h' for help and examples`);
        return 1;
    }
  },
});
