import { err, out, registerProgram, type CommandIO } from '../command.ts';
import { parseCommandList, plainText, ShellSyntaxError, type CommandList, type SimpleCommand } from '../shell.ts';

/**
 * bash aliases: the `alias` and `unalias` builtins and the expansion of a command's first word.
 * The terminal starts with `alias k=kubectl` defined, as the CKA exam's terminal does; `unalias k`
 * removes it like any other. Aliases live in the session as plain data (`session.shellAliases`).
 */
const DEFAULT_ALIASES: Record<string, string> = { k: 'kubectl' };
/** Characters bash does not allow in an alias name. */
const INVALID_NAME = /[\s/$`=<>|&;()'"\\]/;

export function shellAliases(session: Record<string, unknown>): Record<string, string> {
  return ((session.shellAliases as Record<string, string> | undefined) ??= { ...DEFAULT_ALIASES }) as Record<string, string>;
}

/** `alias NAME='VALUE'` as bash prints it: single quotes, an embedded ' written as '\''. */
function aliasLine(name: string, value: string): string {
  return `alias ${name}='${value.replace(/'/g, "'\\''")}'`;
}

registerProgram('alias', function* (argv, io: CommandIO) {
  const aliases = shellAliases(io.session);
  let words = argv;
  if (words[0] === '-p') words = words.slice(1);
  else if (words[0] === '--') words = words.slice(1);
  else if (words[0]?.startsWith('-') && words[0] !== '-') {
    err(io, `bash: alias: ${words[0].slice(0, 2)}: invalid option\nalias: usage: alias [-p] [name[=value] ... ]`);
    return 2;
  }
  if (words.length === 0) {
    const names = Object.keys(aliases).sort();
    if (names.length) out(io, names.map((n) => aliasLine(n, aliases[n])).join('\n'));
    return 0;
  }
  let exit = 0;
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq < 0) {
      if (word in aliases) out(io, aliasLine(word, aliases[word]));
      else {
        err(io, `bash: alias: ${word}: not found`);
        exit = 1;
      }
      continue;
    }
    const name = word.slice(0, eq);
    if (!name || INVALID_NAME.test(name)) {
      err(io, `bash: alias: \`${name}': invalid alias name`);
      exit = 1;
      continue;
    }
    aliases[name] = word.slice(eq + 1);
  }
  return exit;
});

registerProgram('unalias', function* (argv, io: CommandIO) {
  const aliases = shellAliases(io.session);
  if (argv[0] === '-a') {
    for (const name of Object.keys(aliases)) delete aliases[name];
    return 0;
  }
  if (argv.length === 0) {
    err(io, 'unalias: usage: unalias [-a] name [name ...]');
    return 2;
  }
  let exit = 0;
  for (const name of argv) {
    if (name in aliases) delete aliases[name];
    else {
      err(io, `bash: unalias: ${name}: not found`);
      exit = 1;
    }
  }
  return exit;
});

/**
 * The command with its first word replaced by its alias, repeatedly (an alias may name another),
 * never expanding the same alias twice, as bash does. Only an unquoted first word is an alias. An
 * alias whose value ends in a blank makes the next word a candidate too. A value that is more than
 * one simple command (`alias x='a | b'`) is refused: the message says so.
 */
export function expandAliases(cmd: SimpleCommand, session: Record<string, unknown>): SimpleCommand | { unsupported: string } {
  const aliases = shellAliases(session);
  let current = cmd;
  const used = new Set<string>();
  let index = 0;
  for (;;) {
    const word = current.words[index];
    const name = word && plainText(word);
    if (name === undefined || !(name in aliases) || used.has(name)) return current;
    // A quoted word is not an alias (`\k` or 'k' runs k itself).
    if (word.parts.some((p) => p.type === 'text' && p.quoted)) return current;
    used.add(name);
    const value = aliases[name];
    let list: CommandList = { entries: [] };
    try {
      if (value.trim()) list = parseCommandList(value);
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      return { unsupported: e.message };
    }
    const single = list.entries.length === 1 && !list.entries[0].background && list.entries[0].andOr.rest.length === 0 && list.entries[0].andOr.first.commands.length === 1 && !list.entries[0].andOr.first.negated;
    if (list.entries.length > 1 || (list.entries.length === 1 && !single)) {
      return { unsupported: `alias ${name}: an alias of more than one command is not supported in this simulated shell` };
    }
    const replacement = single ? list.entries[0].andOr.first.commands[0] : { assignments: [], words: [], redirects: [] };
    current = {
      assignments: [...current.assignments, ...(index === 0 ? replacement.assignments : [])],
      words: [...current.words.slice(0, index), ...replacement.words, ...current.words.slice(index + 1)],
      redirects: [...replacement.redirects, ...current.redirects],
    };
    if (/[ \t]$/.test(value)) index += replacement.words.length;
  }
}
