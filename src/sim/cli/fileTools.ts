import { err, out, registerProgram, type CommandIO } from './command.ts';
import { shellFiles } from './nodeSession.ts';

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

/**
 * A directory the shell can list: on the node's own disk (/etc/kubernetes/manifests holds the
 * static pod manifests the kubelet runs: cli/nodeSession.ts), or the session's. Undefined when the
 * path is no directory.
 */
function hostDirectory(path: string, io: CommandIO): string[] | undefined {
  const files = shellFiles(io.session);
  return files.isDirectory(path) ? files.list(path) : undefined;
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
  const names = named.length ? listed.sort() : Object.keys(io.files).filter((f) => !f.startsWith('/')).sort();
  if (names.length) out(io, names.join('  '));
  return exit;
});
