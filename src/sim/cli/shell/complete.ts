import { err, out, registerProgram } from '../command.ts';

/**
 * The bash builtin `complete`, as far as the exam's setup uses it: `complete -o default -F
 * __start_kubectl k` (completion for the alias k) is accepted and remembered, and `complete -p`
 * lists what was registered. The terminal's Tab completion does not depend on it: it completes
 * kubectl and k always.
 */
function registry(session: Record<string, unknown>): Record<string, string> {
  return ((session.shellCompletions as Record<string, string> | undefined) ??= {}) as Record<string, string>;
}

registerProgram('complete', function* (argv, io) {
  const specs = registry(io.session);
  if (argv.length === 0 || (argv.length === 1 && argv[0] === '-p')) {
    const names = Object.keys(specs);
    if (names.length) out(io, names.map((n) => `complete ${specs[n]} ${n}`).join('\n'));
    return 0;
  }
  const options: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '-F' || a === '-C' || a === '-W' || a === '-A' || a === '-G' || a === '-X' || a === '-P' || a === '-S') {
      if (i + 1 >= argv.length) {
        err(io, `bash: complete: ${a}: option requires an argument\ncomplete: usage: complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [name ...]`);
        return 2;
      }
      options.push(`${a} ${argv[++i]}`);
    } else if (/^-[abcdefgjksuvprDEI]+$/.test(a)) options.push(a);
    else names.push(a);
  }
  for (const n of names) specs[n] = options.join(' ');
  return 0;
});
