// Turns the text of a runnable shell block into the command lines the terminal receives.

/** Splits a block into commands: drops blank lines, comments and a leading "$ " prompt; joins "\" continuations. */
export function commandsOfBlock(code: string): string[] {
  const commands: string[] = [];
  let pending = '';
  for (const raw of code.split('\n')) {
    let line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) continue;
    if (!pending) line = line.replace(/^\$\s+/, '');
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1).trimEnd() + ' ';
      continue;
    }
    const full = (pending + line).trim();
    pending = '';
    if (full) commands.push(full);
  }
  if (pending.trim()) commands.push(pending.trim());
  return commands;
}

/** True for a command the simulation's CLIs answer: kubectl (or its alias k) or etcdctl, after any NAME=value prefixes. */
export function isSimCommand(command: string): boolean {
  const words = command.trim().split(/\s+/);
  let i = 0;
  while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i])) i++;
  return /^(kubectl|k|etcdctl)$/.test(words[i] ?? '');
}

/** A block gets a Run button when any of its commands is a kubectl or etcdctl command. */
export function isRunnableBlock(code: string): boolean {
  return commandsOfBlock(code).some(isSimCommand);
}
