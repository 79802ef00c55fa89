import type { CommandIO } from '../command.ts';
import type { NodeFileSystem } from '../../node/host/nodeFileSystem.ts';
import { currentHost, isNodePath } from '../nodeSession.ts';

/**
 * The terminal session's file system: one flat map of file contents keyed by path, plus the
 * directories made with `mkdir`. The shell's working directory is root's home (`/root`) and never
 * changes, so a path under it is kept relative (`pod.yaml`, `dir/a.yaml`), as the notes and the
 * commands that read `-f pod.yaml` name it; any other absolute path stays absolute
 * (`/tmp/kubectl-edit-1234.yaml`). Parents of a file exist implicitly; a few host directories
 * always exist. Paths on the node's own disk (absolute, outside /root, /tmp and /home:
 * /etc/kubernetes/manifests, /var/lib/kubelet, ...) are read and written on the disk of the node the
 * shell is on (cli/nodeSession.ts), where its kubelet sees them.
 */

export const HOME = '/root';

/** Directories of the control-plane host that exist without mkdir (kubeadm's and the FHS's). */
const HOST_DIRECTORIES = new Set(['/', '/tmp', '/root', '/etc', '/etc/kubernetes', '/etc/kubernetes/manifests', '/etc/kubernetes/pki', '/home', '/var', '/var/lib', '/var/lib/etcd', '/var/lib/kubelet', '/opt', '/usr', '/usr/bin', '/dev']);

/** A path as the file map keys it: `.`/`..` resolved, slashes collapsed, paths under /root relative. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/') || path === '~' || path.startsWith('~/');
  const full = path.startsWith('~') ? HOME + path.slice(1) : absolute ? path : `${HOME}/${path}`;
  const parts: string[] = [];
  for (const part of full.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  const resolved = `/${parts.join('/')}`;
  if (resolved === HOME) return '';
  if (resolved.startsWith(`${HOME}/`)) return resolved.slice(HOME.length + 1);
  return resolved;
}

/** The absolute form of a normalized key ('' is /root). */
export function absolutePath(key: string): string {
  return key.startsWith('/') ? key : key === '' ? HOME : `${HOME}/${key}`;
}

export function parentOf(key: string): string {
  const abs = absolutePath(key);
  const cut = abs.lastIndexOf('/');
  return normalizePath(cut <= 0 ? '/' : abs.slice(0, cut));
}

export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || '/';
}

/** The session's files (the same map redirections write to). */
export function sessionFiles(session: Record<string, unknown>): Record<string, string> {
  return ((session.files as Record<string, string> | undefined) ??= {}) as Record<string, string>;
}

/** Directories made with mkdir (normalized keys). */
export function sessionDirectories(session: Record<string, unknown>): Set<string> {
  const dirs = session.directories;
  if (dirs instanceof Set) return dirs as Set<string>;
  const made = new Set<string>();
  session.directories = made;
  return made;
}

/** A view of one session's files and directories for the file commands. */
export class FileSystem {
  readonly files: Record<string, string>;
  readonly dirs: Set<string>;
  /** Files given to this one command (exec's `files`), readable but not part of the session. */
  private readonly extra: Record<string, string>;

  /** The disk of the node the shell is on (undefined in a cluster without node hosts). */
  private readonly disk: NodeFileSystem | undefined;

  constructor(session: Record<string, unknown>, given: Record<string, string> = {}) {
    this.disk = currentHost(session)?.files;
    this.files = sessionFiles(session);
    this.dirs = sessionDirectories(session);
    this.extra = {};
    for (const [name, text] of Object.entries(given)) if (this.files[name] === undefined) this.extra[normalizePath(name)] = text;
  }

  /** The files a command sees: the session's and those given to its exec. */
  static of(io: CommandIO): FileSystem {
    return new FileSystem(io.session, io.files);
  }

  /** The node disk when the path lives there. */
  private nodeDisk(path: string): NodeFileSystem | undefined {
    return this.disk && isNodePath(absolutePath(normalizePath(path))) ? this.disk : undefined;
  }

  read(path: string): string | undefined {
    const key = normalizePath(path);
    const disk = this.nodeDisk(path);
    if (disk) return disk.read(key) ?? this.extra[key];
    return this.files[key] ?? this.files[path] ?? this.extra[key];
  }

  isFile(path: string): boolean {
    return this.read(path) !== undefined;
  }

  isDirectory(path: string): boolean {
    const key = normalizePath(path);
    const disk = this.nodeDisk(path);
    if (disk) return disk.isDirectory(key);
    if (key === '' || HOST_DIRECTORIES.has(absolutePath(key)) || this.dirs.has(key)) return true;
    const prefix = `${key}/`;
    return this.allKeys().some((k) => k.startsWith(prefix)) || [...this.dirs].some((d) => d.startsWith(prefix));
  }

  exists(path: string): boolean {
    return this.isFile(path) || this.isDirectory(path);
  }

  write(path: string, text: string): void {
    const key = normalizePath(path);
    const disk = this.nodeDisk(path);
    if (disk) return disk.write(key, text);
    if (path !== key) delete this.files[path];
    this.files[key] = text;
  }

  /** Makes a directory (and its parents). */
  mkdir(path: string): void {
    const key = normalizePath(path);
    const disk = this.nodeDisk(path);
    if (disk) disk.mkdir(key);
    else this.dirs.add(key);
  }

  remove(path: string): void {
    const key = normalizePath(path);
    const disk = this.nodeDisk(path);
    if (disk) {
      disk.remove(key);
      return;
    }
    delete this.files[key];
    delete this.files[path];
    delete this.extra[key];
  }

  /** Removes a directory and everything under it. */
  removeTree(path: string): void {
    const key = normalizePath(path);
    const disk = this.nodeDisk(path);
    if (disk) {
      disk.remove(key);
      return;
    }
    const prefix = key === '' ? '' : `${key}/`;
    for (const k of Object.keys(this.files)) if (normalizePath(k).startsWith(prefix)) delete this.files[k];
    for (const d of [...this.dirs]) if (d === key || d.startsWith(prefix)) this.dirs.delete(d);
  }

  /** The names directly inside a directory (files and directories), sorted as ls sorts them. */
  list(path: string): { name: string; dir: boolean }[] {
    const key = normalizePath(path);
    const disk = this.nodeDisk(path);
    if (disk) return (disk.list(key) ?? []).map((name) => ({ name, dir: disk.isDirectory(`${key === '/' ? '' : key}/${name}`) }));
    const prefix = key === '' ? '' : key === '/' ? '/' : `${key}/`;
    const entries = new Map<string, boolean>();
    const consider = (k: string, isDir: boolean) => {
      if (key === '' ? k.startsWith('/') : !k.startsWith(prefix)) return;
      const rest = k.slice(prefix.length);
      if (!rest) return;
      const slash = rest.indexOf('/');
      if (slash === -1) entries.set(rest, entries.get(rest) || isDir);
      else entries.set(rest.slice(0, slash), true);
    };
    for (const k of this.allKeys()) consider(k, false);
    for (const d of this.dirs) consider(d, true);
    for (const d of HOST_DIRECTORIES) consider(normalizePath(d), true);
    return [...entries].map(([name, dir]) => ({ name, dir })).sort((a, b) => compareNames(a.name, b.name));
  }

  private allKeys(): string[] {
    return [...new Set([...Object.keys(this.files).map(normalizePath), ...Object.keys(this.extra)])];
  }
}

/** ls's order in the C locale the terminal uses (bytewise). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
