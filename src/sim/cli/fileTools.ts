import type { Pod } from '../api/types.ts';
import { err, out, registerProgram, type CommandIO } from './command.ts';

/**
 * `cat` and `ls` for the files of the terminal session (written with `>` redirections or given to
 * exec), so a note can do `kubectl run ... -o yaml > pod.yaml`, look at it, and `kubectl create -f pod.yaml`.
 */
registerProgram('cat', function* (argv, io) {
  let exit = 0;
  // Without arguments (or with `-`) cat copies its stdin: `kubectl get pods | cat`.
  for (const f of argv.length ? argv : ['-']) {
    const text = f === '-' ? io.stdin ?? '' : io.files[f] ?? io.files[f.replace(/^\.\//, '')];
    if (text === undefined) {
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
function hostDirectory(path: string, io: CommandIO): string[] | undefined {
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

registerProgram('ls', function* (argv, io) {
  // Named files (the shell has expanded `*.yaml` already) are listed if they exist; options are ignored.
  const named = argv.filter((a) => !a.startsWith('-') || a === '-');
  let exit = 0;
  const listed: string[] = [];
  for (const f of named) {
    const dir = hostDirectory(f, io);
    if (dir) {
      if (dir.length) out(io, dir.join('  '));
      continue;
    }
    if (io.files[f] === undefined && io.files[f.replace(/^\.\//, '')] === undefined) {
      err(io, `ls: cannot access '${f}': No such file or directory`);
      exit = 2;
    } else listed.push(f);
  }
  const names = named.length ? listed.sort() : Object.keys(io.files).sort();
  if (names.length) out(io, names.join('  '));
  return exit;
});
