import { err, out, registerProgram, type CommandIO } from '../command.ts';
import { exportedVariables } from '../hostEnvironment.ts';

/**
 * The bash builtins `export` and `unset` for the terminal session. `export NAME=value` and
 * `unset NAME` change what later commands inherit (`export ETCDCTL_API=3`, then `etcdctl ...`);
 * `export` or `export -p` lists the exported variables as bash prints them (`declare -x NAME="value"`,
 * sorted by name). Shell variables that are not exported, functions (-f) and `export -n` are not simulated.
 */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** bash's quoting inside declare -x "...": backslash before ", \, $ and `. */
function declareLine(name: string, value: string | null): string {
  return value === null ? `declare -x ${name}` : `declare -x ${name}="${value.replace(/["\\$`]/g, (c) => `\\${c}`)}"`;
}

function invalidOption(io: CommandIO, builtin: string, word: string, usage: string): number {
  err(io, `bash: ${builtin}: ${word.slice(0, 2)}: invalid option\n${builtin}: usage: ${usage}`);
  return 2;
}

const EXPORT_USAGE = 'export [-fn] [name[=value] ...] or export -p';
const UNSET_USAGE = 'unset [-f] [-v] [-n] [name ...]';

registerProgram('export', function* (argv, io) {
  const vars = exportedVariables(io.session);
  let words = argv;
  if (words[0] === '--') words = words.slice(1);
  else if (words[0] === '-p') words = words.slice(1);
  else if (words[0]?.startsWith('-') && words[0] !== '-') return invalidOption(io, 'export', words[0], EXPORT_USAGE);
  if (words.length === 0) {
    const names = Object.keys(vars).sort();
    if (names.length) out(io, names.map((n) => declareLine(n, vars[n])).join('\n'));
    return 0;
  }
  let exit = 0;
  for (const word of words) {
    const eq = word.indexOf('=');
    const name = eq < 0 ? word : word.slice(0, eq);
    if (!IDENTIFIER.test(name)) {
      err(io, `bash: export: \`${word}': not a valid identifier`);
      exit = 1;
      continue;
    }
    if (eq >= 0) vars[name] = word.slice(eq + 1);
    else if (!(name in vars)) vars[name] = null;
  }
  return exit;
});

registerProgram('unset', function* (argv, io) {
  const vars = exportedVariables(io.session);
  let words = argv;
  while (words[0]?.startsWith('-') && words[0] !== '-') {
    if (words[0] === '--') {
      words = words.slice(1);
      break;
    }
    if (!/^-[fvn]+$/.test(words[0])) return invalidOption(io, 'unset', words[0], UNSET_USAGE);
    words = words.slice(1);
  }
  let exit = 0;
  for (const name of words) {
    if (!IDENTIFIER.test(name)) {
      err(io, `bash: unset: \`${name}': not a valid identifier`);
      exit = 1;
      continue;
    }
    delete vars[name];
  }
  return exit;
});
