import { ETCDCTL_VERSION, ETCDCTL_API_VERSION } from './version.ts';
import { COMMAND_HELP, GLOBAL_FLAGS, type FlagDef } from './helpData.ts';
import { tabwrite } from './goFormat.ts';

function flagCells(flags: FlagDef[]): string[][] {
  return flags.map((f) => {
    const lead = f.short ? `  -${f.short}, --${f.name}` : `      --${f.name}`;
    const def = f.kind === 'bool' ? `[=${f.def}]` : `=${f.def}`;
    return [lead + def, f.usage];
  });
}

/** The help text etcdctl prints for a command path ("" = the root), ending with a blank line. */
export function usageText(path: string): string {
  const help = COMMAND_HELP[path];
  const lines: string[] = ['NAME:', `\t${help.name}`, '', 'USAGE:', `\t${help.usage}`, ''];
  if (path === '') lines.push('VERSION:', `\t${ETCDCTL_VERSION}`, '');
  if (help.description) lines.push('DESCRIPTION:', ...help.description.split('\n').map((l) => `\t${l}`), '');
  if (help.commands) {
    lines.push('API VERSION:', `\t${ETCDCTL_API_VERSION}`, '', '', 'COMMANDS:');
    lines.push(...tabwrite(help.commands.map(([name, text]) => ['', name, text])));
    lines.push('');
  }
  const local = path === '' ? [...GLOBAL_FLAGS, ...help.flags].sort((a, b) => (a.name < b.name ? -1 : 1)) : help.flags;
  lines.push('OPTIONS:', ...tabwrite(flagCells(local)), '');
  if (path !== '') lines.push('GLOBAL OPTIONS:', ...tabwrite(flagCells(inheritedFlags(path))), '');
  return lines.join('\n') + '\n';
}

/** Flags a command inherits: the root's persistent flags plus its parent group's (e.g. endpoint --cluster). */
export function inheritedFlags(path: string): FlagDef[] {
  const parent = path.includes(' ') ? COMMAND_HELP[path.split(' ')[0]] : undefined;
  const fromParent = parent ? parent.flags.filter((f) => f.name !== 'help') : [];
  return [...GLOBAL_FLAGS, ...fromParent].sort((a, b) => (a.name < b.name ? -1 : 1));
}
