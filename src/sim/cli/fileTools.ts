import { err, registerProgram } from './command.ts';
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

// `ls` and the other file commands live in files/fileCommands.ts; paths on a node's disk go to
// that node (files/fileSystem.ts over cli/nodeSession.ts).
