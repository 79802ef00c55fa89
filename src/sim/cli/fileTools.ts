import type { Pod } from '../api/types.ts';
import { err, registerProgram, type CommandIO } from './command.ts';
import { FileSystem } from './files/fileSystem.ts';

/**
 * `cat` and `ls` for the files of the terminal session (written with `>` redirections or given to
 * exec), so a note can do `kubectl run ... -o yaml > pod.yaml`, look at it, and `kubectl create -f pod.yaml`.
 */
registerProgram('cat', function* (argv, io) {
  let exit = 0;
  // Without arguments (or with `-`) cat copies its stdin: `kubectl get pods | cat`.
  for (const f of argv.length ? argv : ['-']) {
    const text = f === '-' ? io.stdin ?? '' : FileSystem.of(io).read(f);
    if (text === undefined && FileSystem.of(io).isDirectory(f)) {
      err(io, `cat: ${f}: Is a directory`);
      exit = 1;
    } else if (text === undefined) {
      err(io, `cat: ${f}: No such file or directory`);
      exit = 1;
    } else if (f !== '-' && io.stdoutFile !== undefined && f.replace(/^\.\//, '') === io.stdoutFile.replace(/^\.\//, '') && text.length > 0) {
      // GNU cat refuses to read a non-empty regular file that is also its output (it would never end).
      err(io, `cat: ${f}: input file is output file`);
      exit = 1;
    } else io.stdout.push(text);
  }
  return exit;
});

/** kubeadm's files under /etc/kubernetes on the control-plane node (kubeadm v1.33). */
const KUBEADM_CONFIGS = ['admin.conf', 'controller-manager.conf', 'kubelet.conf', 'manifests', 'pki', 'scheduler.conf', 'super-admin.conf'];

/**
 * The few host directories a note lists, read from the cluster rather than invented: the static pod
 * manifests are those whose mirror pods the control-plane node's kubelet runs (no etcd.yaml with an
 * external etcd). Undefined for any other path.
 */
export function hostDirectory(path: string, io: CommandIO): string[] | undefined {
  const dir = path.replace(/\/+$/, '');
  if (dir === '/etc/kubernetes') return KUBEADM_CONFIGS;
  if (dir !== '/etc/kubernetes/manifests') return undefined;
  const staticPods = io
    .peekList('pods', 'kube-system')
    .map((p) => p as Pod)
    .filter((p) => p.metadata.annotations?.['kubernetes.io/config.source'] === 'file');
  const controlPlane = staticPods.find((p) => p.metadata.name?.startsWith('kube-apiserver-'))?.spec?.nodeName;
  return staticPods
    .filter((p) => p.spec?.nodeName === controlPlane)
    .map((p) => `${p.metadata.name!.slice(0, -(`-${controlPlane}`.length))}.yaml`)
    .sort();
}

// `ls` and the other file commands live in files/fileCommands.ts (they list hostDirectory's names too).
