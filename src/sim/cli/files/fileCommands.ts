import { EPOCH_MS } from '../../api/meta.ts';
import { err, out, registerProgram, type CommandIO } from '../command.ts';
import { absolutePath, baseName, compareNames, FileSystem, normalizePath, parentOf } from './fileSystem.ts';

/**
 * GNU coreutils' file commands on the terminal session's files (fileSystem.ts): `ls` (-l, -a, -1,
 * -d), `cp` (-r), `mv`, `rm` (-f, -r), `mkdir` (-p), `touch`. Their texts were checked against
 * coreutils 9 under LC_ALL=C.UTF-8 (mkdir quotes with ‘…’ there; the others shell-quote with '…').
 * Simplifications: no permissions, owners or links (everything is root's, rw-r--r--); a file's time
 * is when a file command last wrote it (redirections do not record one, so they show the time of
 * listing).
 */

/** Splits `-rf`, `-p` and `--force` style options from operands (`--` ends them). */
function options(argv: string[], known: string, long: Record<string, string> = {}): { flags: Set<string>; operands: string[]; bad?: string } {
  const flags = new Set<string>();
  const operands: string[] = [];
  let ended = false;
  for (const a of argv) {
    if (ended || a === '-' || !a.startsWith('-')) operands.push(a);
    else if (a === '--') ended = true;
    else if (a.startsWith('--')) {
      const f = long[a.slice(2)];
      if (!f) return { flags, operands, bad: `unrecognized option '${a}'` };
      flags.add(f);
    } else {
      for (const c of a.slice(1)) {
        if (!known.includes(c)) return { flags, operands, bad: `invalid option -- '${c}'` };
        flags.add(c);
      }
    }
  }
  return { flags, operands };
}

function usageError(io: CommandIO, tool: string, message: string): number {
  err(io, `${tool}: ${message}\nTry '${tool} --help' for more information.`);
  return 1;
}

function mtimes(io: CommandIO): Record<string, number> {
  return ((io.session.fileTimes as Record<string, number> | undefined) ??= {}) as Record<string, number>;
}

function touched(io: CommandIO, path: string): void {
  mtimes(io)[normalizePath(path)] = io.now();
}

/** `Jan 15 09:00` as ls -l prints a recent time (the virtual clock starts at EPOCH_MS). */
function lsTime(ms: number): string {
  const d = new Date(EPOCH_MS + ms);
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const two = (n: number) => String(n).padStart(2, '0');
  return `${month} ${String(d.getUTCDate()).padStart(2, ' ')} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

interface LongEntry {
  name: string;
  dir: boolean;
  size: number;
  time: number;
}

function longListing(entries: LongEntry[], withTotal: boolean): string[] {
  const links = entries.map((e) => (e.dir ? '2' : '1'));
  const sizes = entries.map((e) => String(e.size));
  const lw = Math.max(1, ...links.map((l) => l.length));
  const sw = Math.max(1, ...sizes.map((s) => s.length));
  const lines = entries.map((e, i) => `${e.dir ? 'drwxr-xr-x' : '-rw-r--r--'} ${links[i].padStart(lw)} root root ${sizes[i].padStart(sw)} ${lsTime(e.time)} ${e.name}`);
  // Blocks of 1 KiB, each file taking whole 4 KiB filesystem blocks.
  const total = entries.reduce((sum, e) => sum + Math.ceil(e.size / 4096) * 4, 0);
  return withTotal ? [`total ${total}`, ...lines] : lines;
}

registerProgram('ls', function* (argv, io) {
  const { flags, operands, bad } = options(argv, 'laA1dhtrF', { all: 'a', 'almost-all': 'A', directory: 'd', 'human-readable': 'h' });
  if (bad) return usageError(io, 'ls', bad);
  const fs = FileSystem.of(io);
  const long = flags.has('l');
  const entryOf = (name: string, path: string): LongEntry => {
    const dir = fs.isDirectory(path) && !fs.isFile(path);
    const key = normalizePath(path);
    return { name, dir, size: dir ? 4096 : utf8Length(fs.read(path) ?? ''), time: mtimes(io)[key] ?? io.now() };
  };
  const show = (entries: LongEntry[], withTotal: boolean): string[] => (long ? longListing(entries, withTotal) : entries.length ? [entries.map((e) => e.name).join(long || flags.has('1') ? '\n' : '  ')] : []);
  const targets = operands.length ? operands : ['.'];
  const fileEntries: LongEntry[] = [];
  const dirs: string[] = [];
  let exit = 0;
  for (const t of targets) {
    if (!fs.exists(t)) {
      err(io, `ls: cannot access '${t}': No such file or directory`);
      exit = 2;
    } else if (fs.isFile(t) || flags.has('d')) fileEntries.push(entryOf(t, t));
    else dirs.push(t);
  }
  const blocks: string[] = [];
  if (fileEntries.length) blocks.push(show(fileEntries, false).join('\n'));
  for (const d of dirs) {
    const listed = fs.list(d);
    const inside = listed.map((e) => entryOf(e.name, `${normalizePath(d) === '' ? '' : `${d.replace(/\/+$/, '')}/`}${e.name}`));
    if (flags.has('a')) inside.unshift({ ...entryOf('.', d), name: '.' }, { ...entryOf('..', parentOf(normalizePath(d)) || '.'), name: '..' });
    const listing = show(inside, true);
    const heading = targets.length > 1 ? [`${d}:`] : [];
    blocks.push([...heading, ...listing].join('\n'));
  }
  const text = blocks.filter((b) => b !== '').join('\n\n');
  if (text) out(io, text);
  return exit;
});

/** The path a copy or move of `source` into `target` writes (into the directory when target is one). */
function destination(fs: FileSystem, source: string, target: string): string {
  return fs.isDirectory(target) && !fs.isFile(target) ? `${target.replace(/\/+$/, '')}/${baseName(source)}` : target;
}

function copyTree(fs: FileSystem, from: string, to: string): void {
  const fromKey = normalizePath(from);
  fs.mkdir(to);
  for (const [k, text] of Object.entries(fs.files)) {
    const key = normalizePath(k);
    if (key.startsWith(`${fromKey}/`)) fs.write(`${to}/${key.slice(fromKey.length + 1)}`, text);
  }
  for (const d of [...fs.dirs]) if (d.startsWith(`${fromKey}/`)) fs.mkdir(`${to}/${d.slice(fromKey.length + 1)}`);
}

function* copyOrMove(tool: 'cp' | 'mv', argv: string[], io: CommandIO) {
  const { flags, operands, bad } = options(argv, tool === 'cp' ? 'rRfivpa' : 'fivn', { recursive: 'r', force: 'f' });
  if (bad) return usageError(io, tool, bad);
  if (operands.length === 0) return usageError(io, tool, 'missing file operand');
  if (operands.length === 1) return usageError(io, tool, `missing destination file operand after '${operands[0]}'`);
  const fs = FileSystem.of(io);
  const target = operands[operands.length - 1];
  const sources = operands.slice(0, -1);
  if (sources.length > 1 && !(fs.isDirectory(target) && !fs.isFile(target))) {
    err(io, fs.exists(target) ? `${tool}: target '${target}' is not a directory` : `${tool}: target '${target}': No such file or directory`);
    return 1;
  }
  let exit = 0;
  for (const source of sources) {
    const dest = destination(fs, source, target);
    if (!fs.exists(source)) {
      err(io, `${tool}: cannot stat '${source}': No such file or directory`);
      exit = 1;
      continue;
    }
    if (!fs.exists(parentOf(normalizePath(dest)))) {
      err(io, `${tool}: cannot ${tool === 'cp' ? 'create regular file' : 'move'} '${tool === 'cp' ? dest : source}'${tool === 'mv' ? ` to '${dest}'` : ''}: No such file or directory`);
      exit = 1;
      continue;
    }
    if (normalizePath(dest) === normalizePath(source)) {
      err(io, tool === 'cp' ? `cp: '${source}' and '${dest}' are the same file` : `mv: '${source}' and '${dest}' are the same file`);
      exit = 1;
      continue;
    }
    const isDir = !fs.isFile(source);
    if (isDir && tool === 'cp' && !flags.has('r') && !flags.has('R') && !flags.has('a')) {
      err(io, `cp: -r not specified; omitting directory '${source}'`);
      exit = 1;
      continue;
    }
    if (isDir) {
      copyTree(fs, source, dest);
      if (tool === 'mv') fs.removeTree(source);
    } else {
      fs.write(dest, fs.read(source)!);
      touched(io, dest);
      if (tool === 'mv') fs.remove(source);
    }
  }
  return exit;
}

registerProgram('cp', (argv, io) => copyOrMove('cp', argv, io));
registerProgram('mv', (argv, io) => copyOrMove('mv', argv, io));

registerProgram('rm', function* (argv, io) {
  const { flags, operands, bad } = options(argv, 'rRfiv', { recursive: 'r', force: 'f' });
  if (bad) return usageError(io, 'rm', bad);
  const force = flags.has('f');
  if (operands.length === 0) return force ? 0 : usageError(io, 'rm', 'missing operand');
  const fs = FileSystem.of(io);
  let exit = 0;
  for (const path of operands) {
    if (fs.isFile(path)) fs.remove(path);
    else if (fs.isDirectory(path)) {
      if (!flags.has('r') && !flags.has('R')) {
        err(io, `rm: cannot remove '${path}': Is a directory`);
        exit = 1;
      } else fs.removeTree(path);
    } else if (!force) {
      err(io, `rm: cannot remove '${path}': No such file or directory`);
      exit = 1;
    }
  }
  return exit;
});

registerProgram('mkdir', function* (argv, io) {
  const { flags, operands, bad } = options(argv, 'pv', { parents: 'p' });
  if (bad) return usageError(io, 'mkdir', bad);
  if (operands.length === 0) return usageError(io, 'mkdir', 'missing operand');
  const fs = FileSystem.of(io);
  let exit = 0;
  for (const path of operands) {
    const key = normalizePath(path);
    if (flags.has('p')) {
      if (fs.isFile(path)) {
        err(io, `mkdir: cannot create directory ‘${path}’: Not a directory`);
        exit = 1;
        continue;
      }
      for (let k = key; k && k !== '/' && !fs.isDirectory(k); k = parentOf(k)) fs.mkdir(absolutePath(k));
    } else if (fs.exists(path)) {
      err(io, `mkdir: cannot create directory ‘${path}’: File exists`);
      exit = 1;
    } else if (!fs.isDirectory(parentOf(key))) {
      err(io, `mkdir: cannot create directory ‘${path}’: No such file or directory`);
      exit = 1;
    } else fs.mkdir(absolutePath(key));
  }
  return exit;
});

registerProgram('touch', function* (argv, io) {
  const { operands, bad } = options(argv, 'acm');
  if (bad) return usageError(io, 'touch', bad);
  if (operands.length === 0) return usageError(io, 'touch', 'missing file operand');
  const fs = FileSystem.of(io);
  let exit = 0;
  for (const path of operands) {
    if (!fs.isDirectory(parentOf(normalizePath(path)))) {
      err(io, `touch: cannot touch '${path}': No such file or directory`);
      exit = 1;
      continue;
    }
    if (!fs.exists(path)) fs.write(path, '');
    touched(io, path);
  }
  return exit;
});
