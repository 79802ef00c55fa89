import { configHash } from '../node/kubelet/staticPodSource.ts';

/**
 * Snapshot files and restored data directories, shared by etcdctl (3.4: `snapshot status|restore`)
 * and etcdutl (3.5). A snapshot file written by the simulation's `snapshot save` holds the keys as
 * JSON (standing in for the bbolt database of a real snapshot). `status` reads its hash, revision,
 * key count and size; `restore` lays out a new data directory as etcd does (member/snap/db, a
 * .snap file, a WAL) whose db the etcd member loads when its manifest points at the directory.
 *
 * Simplifications: the hash is a hash of the file's text, not bbolt's CRC; TOTAL KEYS counts the
 * live keys plus etcd's four meta keys (a real bbolt file also counts the key history); TOTAL SIZE
 * is the member's reported database size, at least 20 kB (an empty bbolt file's size).
 */
export interface SnapshotData {
  revision: number;
  kvs: { key: string; value: string }[];
}

export function readSnapshot(text: string | undefined): SnapshotData | undefined {
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(text) as { revision?: unknown; kvs?: unknown };
    if (typeof v.revision !== 'number' || !Array.isArray(v.kvs)) return undefined;
    return v as SnapshotData;
  } catch {
    return undefined;
  }
}

export interface SnapshotStatus {
  hash: number;
  revision: number;
  totalKey: number;
  totalSize: number;
}

export function snapshotStatus(text: string, data: SnapshotData): SnapshotStatus {
  const bytes = data.kvs.reduce((n, kv) => n + kv.key.length + kv.value.length + 64, 0);
  return {
    hash: Number.parseInt(configHash(text).slice(0, 8), 16),
    revision: data.revision,
    totalKey: data.kvs.length + 4,
    totalSize: Math.max(20_480, Math.ceil(bytes / 4096) * 4096),
  };
}

/** The files `snapshot restore` writes: the db the member loads, the snap file, the WAL. */
export function restoredFiles(dataDir: string, snapshotText: string, walDir?: string): Record<string, string> {
  const dir = dataDir.replace(/\/+$/, '');
  const wal = (walDir ?? `${dir}/member/wal`).replace(/\/+$/, '');
  return {
    [`${dir}/member/snap/db`]: snapshotText,
    [`${dir}/member/snap/0000000000000001-0000000000000001.snap`]: '(raft snapshot of the restored membership)\n',
    [`${wal}/0000000000000000-0000000000000000.wal`]: '(write-ahead log)\n',
  };
}

/** The table etcdctl/etcdutl print with -w table (olekukonko/tablewriter: headers centred, numbers right-aligned). */
export function statusTable(headers: string[], row: string[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, row[i].length) + 2);
  const line = `+${widths.map((w) => '-'.repeat(w)).join('+')}+`;
  const centre = (h: string, w: number) => {
    const left = Math.ceil((w - h.length) / 2);
    return ' '.repeat(left) + h + ' '.repeat(w - h.length - left);
  };
  const head = `|${headers.map((h, i) => centre(h, widths[i])).join('|')}|`;
  const body = `|${row.map((c, i) => (i === 0 ? ` ${c.padEnd(widths[i] - 1)}` : `${c.padStart(widths[i] - 1)} `)).join('|')}|`;
  return `${line}\n${head}\n${line}\n${body}\n${line}\n`;
}
