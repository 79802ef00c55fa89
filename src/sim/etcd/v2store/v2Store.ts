/**
 * The etcd v2 key store (etcd `etcdserver/api/v2store`), only served when a member runs with
 * `--enable-v2` (off by default since etcd 3.4, and off in kubeadm clusters). A tree of directories
 * and keys with one store-wide index; etcd also keeps its membership in it, which is why the index
 * starts above zero (see EtcdMember).
 */
export interface V2Node {
  key: string;
  dir: boolean;
  value: string;
  children: Map<string, V2Node>;
  createdIndex: number;
  modifiedIndex: number;
}

/** A v2 error as the HTTP API reports it: `{errorCode, message, cause, index}`. */
export class V2Error extends Error {
  constructor(
    readonly errorCode: number,
    readonly reason: string,
    readonly cause: string,
    readonly index: number,
  ) {
    super(`${errorCode}: ${reason} (${cause}) [${index}]`);
  }
}

const REASONS: Record<number, string> = {
  100: 'Key not found',
  102: 'Not a file',
  104: 'Not a directory',
  105: 'Key already exists',
  108: 'Directory not empty',
};

export type V2Write =
  | { op: 'set'; key: string; value: string }
  | { op: 'create'; key: string; value: string }
  | { op: 'update'; key: string; value: string }
  | { op: 'mkdir'; key: string }
  | { op: 'setdir'; key: string }
  | { op: 'delete'; key: string; dir?: boolean; recursive?: boolean };

export interface V2Result {
  node: V2Node;
  prevNode?: V2Node;
}

/** A node as the v2 API returns it (a copy, children sorted by key). */
export interface V2NodeView {
  key: string;
  dir: boolean;
  value: string;
  createdIndex: number;
  modifiedIndex: number;
  nodes?: V2NodeView[];
}

export function viewOf(node: V2Node, recursive: boolean, depth = 0): V2NodeView {
  const view: V2NodeView = { key: node.key, dir: node.dir, value: node.value, createdIndex: node.createdIndex, modifiedIndex: node.modifiedIndex };
  if (node.dir && (depth === 0 || recursive)) {
    // The real store lists children in Go map order (random); the simulation sorts them.
    view.nodes = [...node.children.values()].sort((a, b) => (a.key < b.key ? -1 : 1)).map((c) => viewOf(c, recursive, depth + 1));
  }
  return view;
}

export function normalizeV2Key(key: string): string {
  const parts = key.split('/').filter((p) => p !== '');
  return '/' + parts.join('/');
}

export class V2Store {
  private index = 0;
  private readonly root: V2Node = { key: '/', dir: true, value: '', children: new Map(), createdIndex: 0, modifiedIndex: 0 };

  currentIndex(): number {
    return this.index;
  }

  /** etcd's own bookkeeping writes (/0/members/..., /0/version) only advance the index here. */
  internalWrite(): void {
    this.index++;
  }

  get(key: string): V2Node {
    const node = this.find(normalizeV2Key(key));
    if (!node) throw this.error(100, normalizeV2Key(key));
    return node;
  }

  apply(w: V2Write): V2Result {
    const key = normalizeV2Key(w.key);
    const existing = this.find(key);
    switch (w.op) {
      case 'set':
      case 'create':
      case 'update':
      case 'mkdir':
      case 'setdir': {
        const wantDir = w.op === 'mkdir' || w.op === 'setdir';
        if (existing && (w.op === 'create' || w.op === 'mkdir')) throw this.error(105, key);
        if (!existing && w.op === 'update') throw this.error(100, key);
        if (existing && existing.dir && !wantDir) throw this.error(102, key);
        if (existing && !existing.dir && w.op === 'setdir') throw this.error(102, key);
        const parent = this.ensureParents(key);
        const next = this.index + 1;
        const prev = existing ? { ...existing } : undefined;
        const node: V2Node = existing ?? { key, dir: wantDir, value: '', children: new Map(), createdIndex: next, modifiedIndex: next };
        if (!wantDir) node.value = (w as { value: string }).value;
        node.modifiedIndex = next;
        parent.children.set(key.slice(key.lastIndexOf('/') + 1), node);
        this.index = next;
        return { node, prevNode: prev };
      }
      case 'delete': {
        if (!existing || key === '/') throw this.error(100, key);
        if (existing.dir && !w.dir && !w.recursive) throw this.error(102, key);
        if (existing.dir && !w.recursive && existing.children.size > 0) throw this.error(108, key);
        const parent = this.find(key.slice(0, key.lastIndexOf('/')) || '/')!;
        parent.children.delete(key.slice(key.lastIndexOf('/') + 1));
        this.index++;
        return { node: { ...existing, modifiedIndex: this.index }, prevNode: existing };
      }
    }
  }

  private ensureParents(key: string): V2Node {
    let node = this.root;
    const parts = key.split('/').filter((p) => p !== '');
    let path = '';
    for (const part of parts.slice(0, -1)) {
      path += '/' + part;
      let child = node.children.get(part);
      if (child && !child.dir) throw this.error(104, path);
      if (!child) {
        child = { key: path, dir: true, value: '', children: new Map(), createdIndex: this.index + 1, modifiedIndex: this.index + 1 };
        node.children.set(part, child);
      }
      node = child;
    }
    return node;
  }

  private find(key: string): V2Node | undefined {
    let node: V2Node | undefined = this.root;
    for (const part of key.split('/').filter((p) => p !== '')) {
      if (!node || !node.dir) return undefined;
      node = node.children.get(part);
    }
    return node;
  }

  private error(code: number, cause: string): V2Error {
    return new V2Error(code, REASONS[code], cause, this.index);
  }
}
