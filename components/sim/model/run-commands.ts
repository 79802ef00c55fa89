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
