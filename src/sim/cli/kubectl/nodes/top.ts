import { err, type CommandGenerator } from '../../command.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';

// kubectl top node|pod (kubectl/pkg/cmd/top): it first asks discovery whether the metrics.k8s.io
// API group is served (metrics-server registers it through an APIService). The simulated cluster
// runs no metrics-server, so the group is never there and both subcommands end with kubectl's
// error, as on a fresh kubeadm cluster.

const TOP_USAGE = `Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.

Available Commands:
  node          Display resource (CPU/memory) usage of nodes
  pod           Display resource (CPU/memory) usage of pods

Usage:
  kubectl top [flags] [options]

Use "kubectl top <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).`;

const SUBCOMMANDS = ['node', 'nodes', 'no', 'pod', 'pods', 'po'];

function* top(ctx: KubectlContext): CommandGenerator {
  const { io } = ctx;
  const [sub] = ctx.args;
  if (sub === undefined) {
    err(io, TOP_USAGE);
    return 1;
  }
  if (!SUBCOMMANDS.includes(sub)) {
    err(io, `error: unknown command "${sub}"\nSee 'kubectl top -h' for help and examples`);
    return 1;
  }
  err(io, 'error: Metrics API not available');
  return 1;
}

registerVerb({
  name: 'top',
  flags: [
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'field-selector', type: 'string' },
    { name: 'all-namespaces', short: 'A', type: 'bool', default: false },
    { name: 'containers', type: 'bool', default: false },
    { name: 'sum', type: 'bool', default: false },
    { name: 'sort-by', type: 'string' },
    { name: 'no-headers', type: 'bool', default: false },
    { name: 'show-capacity', type: 'bool', default: false },
    { name: 'use-protocol-buffers', type: 'bool', default: true },
  ],
  run: top,
});
