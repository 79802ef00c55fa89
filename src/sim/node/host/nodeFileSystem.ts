/**
 * The part of a node's own disk the notes work with: kubeadm's files under /etc/kubernetes (the
 * static pod manifests, the kubeconfigs), the kubelet's /var/lib/kubelet, etcd's data directories
 * and the systemd drop-ins. Each node has its own; the kubelet watches its static pod directory
 * here (inotify in the real kubelet), and the shell's file commands read and write it through the
 * small interface of `cli/nodeFiles.ts`.
 *
 * Files are text. Directories exist explicitly (mkdir) or implicitly (a file below them).
 */
export type FileChange = { kind: 'write' | 'remove'; path: string };

export class NodeFileSystem {
  private readonly files = new Map<string, string>();
  private readonly dirs = new Set<string>(['/']);
  private readonly watchers: { dir: string; onChange: (change: FileChange) => void }[] = [];

  read(path: string): string | undefined {
    return this.files.get(normalizePath(path));
  }

  isFile(path: string): boolean {
    return this.files.has(normalizePath(path));
  }

  isDirectory(path: string): boolean {
    const p = normalizePath(path);
    if (this.dirs.has(p)) return true;
    const prefix = p === '/' ? '/' : `${p}/`;
    for (const f of this.files.keys()) if (f.startsWith(prefix)) return true;
    return false;
  }

  /** Writes (creates or replaces) a file; its parent directories come into existence with it. */
  write(path: string, text: string): void {
    const p = normalizePath(path);
    const before = this.files.get(p);
    this.files.set(p, text);
    for (let d = parentOf(p); d !== '/'; d = parentOf(d)) this.dirs.add(d);
    if (before !== text) this.notify({ kind: 'write', path: p });
  }

  mkdir(path: string): void {
    const p = normalizePath(path);
    for (let d = p; d !== '/'; d = parentOf(d)) this.dirs.add(d);
  }

  /** Removes a file, or a directory with everything below it. False when nothing was there. */
  remove(path: string): boolean {
    const p = normalizePath(path);
    if (this.files.delete(p)) {
      this.notify({ kind: 'remove', path: p });
      return true;
    }
    if (!this.isDirectory(p) || p === '/') return false;
    const prefix = `${p}/`;
    for (const d of [...this.dirs]) if (d === p || d.startsWith(prefix)) this.dirs.delete(d);
    for (const f of [...this.files.keys()]) {
      if (!f.startsWith(prefix)) continue;
      this.files.delete(f);
      this.notify({ kind: 'remove', path: f });
    }
    return true;
  }

  /** The names directly inside a directory, sorted as `ls` sorts them (C locale); undefined if it is none. */
  list(path: string): string[] | undefined {
    const p = normalizePath(path);
    if (!this.isDirectory(p)) return undefined;
    const prefix = p === '/' ? '/' : `${p}/`;
    const names = new Set<string>();
    for (const entry of [...this.files.keys(), ...this.dirs]) {
      if (!entry.startsWith(prefix) || entry === p) continue;
      const rest = entry.slice(prefix.length);
      if (rest) names.add(rest.split('/')[0]);
    }
    return [...names].sort();
  }

  /** Every file on the disk (full path to text), in no particular order: one cheap copy per command. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.files);
  }

  /** Every file below a directory (full paths), sorted. */
  filesUnder(dir: string): string[] {
    const d = normalizePath(dir);
    const prefix = d === '/' ? '/' : `${d}/`;
    return [...this.files.keys()].filter((f) => f.startsWith(prefix)).sort();
  }

  /** Calls onChange for every write or removal of a file directly inside `dir` (inotify on a directory). */
  watch(dir: string, onChange: (change: FileChange) => void): void {
    this.watchers.push({ dir: normalizePath(dir), onChange });
  }

  private notify(change: FileChange): void {
    const dir = parentOf(change.path);
    for (const w of this.watchers) if (w.dir === dir) w.onChange(change);
  }
}

/** `/a//b/./c/../d/` -> `/a/b/d` (paths are absolute here). */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}
