import { EPOCH_MS } from '../../api/meta.ts';
import { registerProgram, type CommandGenerator, type CommandIO } from '../command.ts';
import { programEnvironment } from '../hostEnvironment.ts';
import { shellFiles } from '../nodeSession.ts';
import { etcdctlProgram } from './program.ts';
import type { CallOutcome } from './types.ts';

/**
 * Makes etcdctl a program of the terminal by being imported: `etcdctl` on the control-plane shell and
 * `etcdctl@etcd-pod` for `kubectl exec <etcd pod> -- etcdctl ...`. The full engine imports this module
 * eagerly; the browser engine loads it (with all of cli/etcdctl) only when a command line mentions
 * etcdctl (src/sim/cli/lazyParts). The cluster never imports it: each request the program makes is an
 * `etcdctl-call` effect that the command runner hands to the cluster's port (cluster/etcdctlPort.ts).
 * Were it not loaded, the shell answers `etcdctl: command not found` with exit code 127, as for any
 * unknown program.
 */

/** Files that exist on a kubeadm control-plane node (and inside the etcd static pod). */
export function kubeadmFileExists(path: string): boolean {
  return /^\/etc\/kubernetes\/pki\/(etcd\/)?(ca|server|peer|healthcheck-client|apiserver-etcd-client)\.(crt|key)$/.test(path);
}

/**
 * The terminal is a shell on the control-plane node whose profile exports the kubeadm etcd client
 * certificates, so `etcdctl put key1 value1` works there as in the course; inside the etcd pod
 * (kubectl exec) nothing is exported and the flags are needed. The shell's exported variables
 * (profile, ETCDCTL_ENDPOINTS with an external etcd, `export`/`unset`) live in cli/hostEnvironment.ts.
 */
export { CONTROL_PLANE_ETCDCTL_ENV } from '../hostEnvironment.ts';

/** The etcdctl program (ETCDCTL_* from the environment; fromNode = where it runs, default the control plane). */
export function* etcdctlCommand(argv: string[], io: CommandIO, fromNode?: string, baseEnv: Record<string, string> = {}): CommandGenerator {
  const program = etcdctlProgram(argv, {
    env: { ...baseEnv, ...io.env },
    fileExists: (p) => kubeadmFileExists(p) || p in io.files,
    readFile: (p) => shellFiles(io.session).read(p) ?? io.files[p],
    pathExists: (p) => shellFiles(io.session).isDirectory(p) || shellFiles(io.session).read(p) !== undefined,
    wallClockMs: EPOCH_MS + io.now(),
  });
  let step = program.next();
  while (!step.done) {
    const outcome = yield { type: 'etcdctl-call', call: step.value, fromNode };
    step = program.next(outcome as CallOutcome);
  }
  const result = step.value;
  if (result.stdout) io.stdout.push(result.stdout);
  if (result.stderr) io.stderr.push(result.stderr);
  if (result.files) {
    // Written where the path lives: the session's files, or the node's disk (/opt, /var/lib/etcd-from-backup...).
    const files = shellFiles(io.session);
    for (const [path, text] of Object.entries(result.files)) files.write(path, text);
  }
  return result.exitCode;
}

registerProgram('etcdctl', (argv, io) => etcdctlCommand(argv, io, undefined, programEnvironment(io.session)));
/** etcdctl run inside the etcd static pod (kubectl exec): the pod's environment exports nothing. */
registerProgram('etcdctl@etcd-pod', (argv, io) => etcdctlCommand(argv, io));
