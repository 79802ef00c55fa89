import { err, out, registerProgram } from './command.ts';

/**
 * `cat` and `ls` for the files of the terminal session (written with `>` redirections or given to
 * exec), so a note can do `kubectl run ... -o yaml > pod.yaml`, look at it, and `kubectl create -f pod.yaml`.
 */
registerProgram('cat', function* (argv, io) {
  let exit = 0;
  for (const f of argv) {
    const text = io.files[f] ?? io.files[f.replace(/^\.\//, '')];
    if (text === undefined) {
      err(io, `cat: ${f}: No such file or directory`);
      exit = 1;
    } else io.stdout.push(text);
  }
  return exit;
});

registerProgram('ls', function* (_argv, io) {
  const names = Object.keys(io.files).sort();
  if (names.length) out(io, names.join('  '));
  return 0;
});
