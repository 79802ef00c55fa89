import type { NodeAccess } from '../cluster/nodeHosts.ts';
import type { NodeHost } from '../node/host/nodeHost.ts';
import { normalizePath, parentOf } from '../node/host/nodeFileSystem.ts';

/**
 * Where the terminal's shell is, and the files it sees there. The shell starts as root on the
 * control-plane node; `ssh node01` moves it to another node (a stack: `exit` goes back). Each node
 * has its own disk (`NodeHost.files`): every absolute path outside /root, /tmp and /home lives
 * there (/etc/kubernetes/manifests, /var/lib/kubelet, /var/lib/etcd*, /opt...). Relative paths and
 * /root, /tmp, /home are the session's own files (`session.files`), which stay the same on every
 * node: a simplification (a real file in /tmp on the control plane is not on node01).
 *
 * `shellFiles(session)` is the one interface the shell's file commands use (cat, ls, cp, mv, rm,
 * mkdir, touch, redirections, editors): it sends each path to the right place, so a manifest written
 * to /etc/kubernetes/manifests reaches the kubelet of the node the shell is on.
 */
export interface ShellFiles {
  /** The text of a file, or undefined when there is none (or it is a directory). */
  read(path: string): string | undefined;
  /** Creates or replaces a file. */
  write(path: string, text: string): void;
  append(path: string, text: string): void;
  /** Removes a file, or a directory and everything below it; false when nothing was there. */
  remove(path: string): boolean;
  isDirectory(path: string): boolean;
  mkdir(path: string): void;
  /** The names directly in a directory, sorted; undefined when it is not one. */
  list(path: string): string[] | undefined;
  /** Every file the shell can read by name: the session's files and the node's (absolute paths). */
  all(): Record<string, string>;
}

const SESSION_ROOTS = ['/root', '/tmp', '/home'];

/** True for a path on the node's own disk (absolute, outside /root, /tmp, /home). */
export function isNodePath(path: string): boolean {
  if (!path.startsWith('/')) return false;
  const p = normalizePath(path);
  return !SESSION_ROOTS.some((r) => p === r || p.startsWith(`${r}/`)) && !p.startsWith('/dev/') && !p.startsWith('/proc/');
}

export function nodeAccess(session: Record<string, unknown>): NodeAccess | undefined {
  return session.nodes as NodeAccess | undefined;
}

/** The ssh stack: the nodes the shell moved to, innermost last. */
export function sshStack(session: Record<string, unknown>): string[] {
  return ((session.sshStack as string[] | undefined) ??= []);
}

export function currentNodeName(session: Record<string, unknown>): string {
  const stack = sshStack(session);
  return stack[stack.length - 1] ?? nodeAccess(session)?.controlPlane ?? 'controlplane';
}

export function currentHost(session: Record<string, unknown>): NodeHost | undefined {
  return nodeAccess(session)?.hosts.get(currentNodeName(session));
}

/** bash's prompt of a root shell on the node: `root@node01:~# `. */
export function shellPrompt(session: Record<string, unknown>): string {
  return `root@${currentNodeName(session)}:~# `;
}

function sessionFiles(session: Record<string, unknown>): Record<string, string> {
  return ((session.files as Record<string, string> | undefined) ??= {});
}

export function shellFiles(session: Record<string, unknown>): ShellFiles {
  const host = currentHost(session);
  const local = sessionFiles(session);
  const onNode = (path: string) => host !== undefined && isNodePath(path);
  const key = (path: string) => (local[path] !== undefined ? path : path.replace(/^\.\//, ''));
  return {
    read: (path) => (onNode(path) ? host!.files.read(path) : local[key(path)]),
    write: (path, text) => {
      if (onNode(path)) host!.files.write(path, text);
      else local[key(path)] = text;
    },
    append: (path, text) => {
      if (onNode(path)) host!.files.write(path, (host!.files.read(path) ?? '') + text);
      else local[key(path)] = (local[key(path)] ?? '') + text;
    },
    remove: (path) => {
      if (onNode(path)) return host!.files.remove(path);
      const k = key(path);
      if (local[k] !== undefined) {
        delete local[k];
        return true;
      }
      // A directory of session files: everything named below it.
      const prefix = `${k.replace(/\/+$/, '')}/`;
      const below = Object.keys(local).filter((f) => f.startsWith(prefix));
      for (const f of below) delete local[f];
      return below.length > 0;
    },
    isDirectory: (path) => {
      if (onNode(path)) return host!.files.isDirectory(path);
      const prefix = `${key(path).replace(/\/+$/, '')}/`;
      return SESSION_ROOTS.includes(normalizePath(path)) || Object.keys(local).some((f) => f.startsWith(prefix));
    },
    mkdir: (path) => {
      if (onNode(path)) host!.files.mkdir(path);
    },
    list: (path) => {
      if (onNode(path)) return host!.files.list(path);
      const dir = key(path).replace(/\/+$/, '');
      const prefix = dir === '.' || dir === '' ? '' : `${dir}/`;
      const names = new Set<string>();
      for (const f of Object.keys(local)) {
        if (!f.startsWith(prefix)) continue;
        const rest = f.slice(prefix.length);
        if (rest && !(prefix === '' && rest.startsWith('/'))) names.add(rest.split('/')[0]);
      }
      return names.size || SESSION_ROOTS.includes(normalizePath(path)) || prefix === '' ? [...names].sort() : undefined;
    },
    all: () => {
      return host ? { ...host.files.snapshot(), ...local } : { ...local };
    },
  };
}

export { parentOf };
