import { ERR_DUPLICATE_KEY, EtcdError, compactedError, futureRevError } from './errors.ts';
import { compareKeys, inRange } from './keyRange.ts';
import type {
  Compare,
  KeyRange,
  KeyValue,
  MvccEvent,
  RangeOptions,
  RangeResult,
  RequestOp,
  ResponseOp,
  TxnResult,
} from './types.ts';

/** One stored version of a key; `kv` undefined marks a tombstone (the key was deleted at `revision`). */
interface StoredVersion {
  revision: number;
  /** Order of the change inside its transaction (etcd's sub-revision). */
  sub: number;
  kv?: KeyValue;
}

/**
 * etcd's multi-version key-value store (etcd `mvcc/kvstore.go` + `key_index.go`), kept in memory.
 * One store revision counts modifying transactions; it starts at 1 for an empty store, as etcd
 * reports it. Old versions stay readable (`range` at a past revision, watch catch-up) until compacted.
 */
export class MvccStore {
  private currentRev = 1;
  private compactRev = 0;
  private readonly history = new Map<string, StoredVersion[]>();
  private sortedKeys: string[] = [];
  private sortedKeysDirty = false;
  /**
   * Keys created since sortedKeys was last brought up to date. Creating a key is frequent (every
   * object, every Event) and a range over many keys is rare, so new keys are merged in on the next
   * range instead of being spliced into the sorted array one by one.
   */
  private unsortedNewKeys: string[] = [];
  private storedBytes = 0;

  revision(): number {
    return this.currentRev;
  }

  compactRevision(): number {
    return this.compactRev;
  }

  /** Approximate bytes held (every stored version), used for the reported database size. */
  bytes(): number {
    return this.storedBytes;
  }

  /** Every live key at the current revision, sorted (for panels and snapshots). */
  entries(): KeyValue[] {
    return this.range({ key: '\0', rangeEnd: '\0' }).kvs;
  }

  range(keyRange: KeyRange, options: RangeOptions = {}): RangeResult {
    const rev = options.revision && options.revision > 0 ? options.revision : this.currentRev;
    if (rev > this.currentRev) throw futureRevError();
    if (rev < this.compactRev) throw compactedError();
    return this.rangeAt(keyRange, rev, options);
  }

  /** Runs a transaction: compares, then the success or failure branch, all at one new revision. */
  txn(compare: Compare[], success: RequestOp[], failure: RequestOp[]): TxnResult {
    const succeeded = compare.every((c) => this.compareHolds(c));
    const ops = succeeded ? success : failure;
    checkNoDuplicatePuts(ops);
    const writer = new TxnWriter(this);
    const responses = ops.map((op) => writer.apply(op));
    if (writer.events.length > 0) this.currentRev = writer.revision;
    return { succeeded, responses, revision: this.currentRev, events: writer.events };
  }

  put(key: string, value: string, lease = 0n): TxnResult {
    return this.txn([], [{ op: 'put', key, value, lease, prevKv: true }], []);
  }

  deleteRange(keyRange: KeyRange): TxnResult {
    return this.txn([], [{ op: 'deleteRange', ...keyRange, prevKv: true }], []);
  }

  /** Drops history older than `rev` (etcd keeps, per key, the newest version at or below rev unless it is a deletion). */
  compact(rev: number): void {
    if (rev <= this.compactRev) throw compactedError();
    if (rev > this.currentRev) throw futureRevError();
    for (const [key, versions] of this.history) {
      let keepFrom = versions.length;
      for (let i = versions.length - 1; i >= 0; i--) {
        if (versions[i].revision <= rev) {
          keepFrom = versions[i].kv ? i : i + 1;
          break;
        }
      }
      if (keepFrom === versions.length && versions.every((v) => v.revision > rev)) continue;
      const kept = versions.slice(keepFrom);
      for (const dropped of versions.slice(0, keepFrom)) this.storedBytes -= versionBytes(key, dropped);
      if (kept.length === 0) {
        this.history.delete(key);
        this.sortedKeysDirty = true;
      } else this.history.set(key, kept);
    }
    this.compactRev = rev;
  }

  /**
   * Changes to keys in `keyRange` with revision >= fromRev, in revision order (watch catch-up).
   * Throws the compacted error when fromRev is older than the compaction point.
   */
  eventsSince(keyRange: KeyRange, fromRev: number): MvccEvent[] {
    if (fromRev < this.compactRev) throw compactedError();
    const found: { ev: MvccEvent; rev: number; sub: number }[] = [];
    for (const key of this.keysInRange(keyRange)) {
      const versions = this.history.get(key)!;
      versions.forEach((v, i) => {
        if (v.revision < fromRev) return;
        const prev = i > 0 ? versions[i - 1].kv : undefined;
        const ev: MvccEvent = v.kv
          ? { type: 'PUT', kv: v.kv, prevKv: prev }
          : { type: 'DELETE', kv: tombstone(key, v.revision), prevKv: prev };
        found.push({ ev, rev: v.revision, sub: v.sub });
      });
    }
    found.sort((a, b) => a.rev - b.rev || a.sub - b.sub);
    return found.map((f) => f.ev);
  }

  /** Keys currently attached to a lease (used when a lease is revoked or expires). */
  keysWithLease(lease: bigint): string[] {
    return this.rangeAt({ key: '\0', rangeEnd: '\0' }, this.currentRev, {}).kvs.filter((kv) => kv.lease === lease).map((kv) => kv.key);
  }

  // ---- internals shared with TxnWriter ----

  /** @internal */
  latest(key: string, rev: number): KeyValue | undefined {
    const versions = this.history.get(key);
    if (!versions) return undefined;
    for (let i = versions.length - 1; i >= 0; i--) {
      if (versions[i].revision <= rev) return versions[i].kv;
    }
    return undefined;
  }

  /** @internal */
  record(key: string, version: StoredVersion): void {
    let versions = this.history.get(key);
    if (!versions) {
      versions = [];
      this.history.set(key, versions);
      if (!this.sortedKeysDirty) this.unsortedNewKeys.push(key);
    }
    const last = versions[versions.length - 1];
    if (last && last.revision === version.revision) {
      // A second change to the key inside one transaction replaces the first.
      this.storedBytes -= versionBytes(key, last);
      versions[versions.length - 1] = version;
    } else versions.push(version);
    this.storedBytes += versionBytes(key, version);
  }

  /** @internal */
  rangeAt(keyRange: KeyRange, rev: number, options: RangeOptions): RangeResult {
    let kvs: KeyValue[] = [];
    for (const key of this.keysInRange(keyRange)) {
      const kv = this.latest(key, rev);
      if (kv) kvs.push(kv);
    }
    const count = kvs.length;
    kvs = sortKvs(kvs, options);
    const limit = options.limit ?? 0;
    const more = limit > 0 && kvs.length > limit;
    if (more) kvs = kvs.slice(0, limit);
    if (options.countOnly) kvs = [];
    if (options.keysOnly) kvs = kvs.map((kv) => ({ ...kv, value: '' }));
    return { kvs, count, more };
  }

  private keysInRange(keyRange: KeyRange): string[] {
    if (keyRange.rangeEnd === undefined || keyRange.rangeEnd === '') {
      return this.history.has(keyRange.key) ? [keyRange.key] : [];
    }
    if (this.sortedKeysDirty) {
      this.sortedKeys = [...this.history.keys()].sort(compareKeys);
      this.sortedKeysDirty = false;
      this.unsortedNewKeys = [];
    } else if (this.unsortedNewKeys.length > 0) {
      this.sortedKeys = mergeSorted(this.sortedKeys, this.unsortedNewKeys.sort(compareKeys));
      this.unsortedNewKeys = [];
    }
    const start = lowerBound(this.sortedKeys, keyRange.key);
    const out: string[] = [];
    for (let i = start; i < this.sortedKeys.length; i++) {
      const key = this.sortedKeys[i];
      if (!inRange(keyRange, key)) break;
      out.push(key);
    }
    return out;
  }

  /** @internal */
  compareHolds(c: Compare): boolean {
    const keys = c.rangeEnd ? this.rangeAt(c, this.currentRev, {}).kvs : [this.latest(c.key, this.currentRev)];
    return keys.every((kv) => {
      let actual: number | string | bigint;
      switch (c.target) {
        case 'version':
          actual = kv?.version ?? 0;
          break;
        case 'create':
          actual = kv?.createRevision ?? 0;
          break;
        case 'mod':
          actual = kv?.modRevision ?? 0;
          break;
        case 'lease':
          actual = kv?.lease ?? 0n;
          break;
        case 'value':
          // etcd: a value compare against a missing key is false.
          if (!kv) return false;
          actual = kv.value;
          break;
      }
      switch (c.result) {
        case '=':
          return actual === c.value;
        case '!=':
          return actual !== c.value;
        case '<':
          return actual < c.value;
        case '>':
          return actual > c.value;
      }
    });
  }
}

/** Applies the ops of one transaction at revision currentRev + 1. */
class TxnWriter {
  readonly revision: number;
  readonly events: MvccEvent[] = [];

  constructor(private readonly store: MvccStore) {
    this.revision = store.revision() + 1;
  }

  /** Reads inside a transaction see its own earlier writes, as in etcd. */
  private readRev(): number {
    return this.events.length > 0 ? this.revision : this.revision - 1;
  }

  apply(op: RequestOp): ResponseOp {
    switch (op.op) {
      case 'range':
        return { op: 'range', ...this.store.rangeAt(op, this.readRev(), op) };
      case 'put': {
        const prev = this.store.latest(op.key, this.readRev());
        const kv: KeyValue = {
          key: op.key,
          value: op.value,
          createRevision: prev ? prev.createRevision : this.revision,
          modRevision: this.revision,
          version: prev ? prev.version + 1 : 1,
          lease: op.lease ?? 0n,
        };
        this.store.record(op.key, { revision: this.revision, sub: this.events.length, kv });
        this.events.push({ type: 'PUT', kv, prevKv: prev });
        return { op: 'put', prevKv: op.prevKv ? prev : undefined };
      }
      case 'deleteRange': {
        const prevKvs = this.store.rangeAt(op, this.readRev(), {}).kvs;
        for (const prev of prevKvs) {
          this.store.record(prev.key, { revision: this.revision, sub: this.events.length });
          this.events.push({ type: 'DELETE', kv: tombstone(prev.key, this.revision), prevKv: prev });
        }
        return { op: 'deleteRange', deleted: prevKvs.length, prevKvs: op.prevKv ? prevKvs : undefined };
      }
      case 'txn': {
        const inner = op.compare.every((c) => this.store.compareHolds(c));
        const branch = inner ? op.success : op.failure;
        return { op: 'txn', succeeded: inner, responses: branch.map((o) => this.apply(o)) };
      }
    }
  }
}

function tombstone(key: string, revision: number): KeyValue {
  return { key, value: '', createRevision: 0, modRevision: revision, version: 0, lease: 0n };
}

function versionBytes(key: string, v: StoredVersion): number {
  // Roughly what bbolt stores per revision: key, value and the fixed revision/metadata fields.
  return key.length + (v.kv?.value.length ?? 0) + 40;
}

function checkNoDuplicatePuts(ops: RequestOp[]): void {
  if (ops.length < 2) return; // the API server's transactions have one op
  const seen = new Set<string>();
  for (const op of ops) {
    if (op.op !== 'put') continue;
    if (seen.has(op.key)) throw new EtcdError(ERR_DUPLICATE_KEY, 'InvalidArgument');
    seen.add(op.key);
  }
}

/** Merges two sorted key lists (without common keys) into one sorted list. */
function mergeSorted(a: string[], b: string[]): string[] {
  const out = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i] < b[j] ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sortKvs(kvs: KeyValue[], options: RangeOptions): KeyValue[] {
  const target = options.sortTarget ?? 'KEY';
  let order = options.sortOrder ?? 'NONE';
  // etcd: a sort target other than KEY with no order means ascending.
  if (order === 'NONE' && target !== 'KEY') order = 'ASCEND';
  if (order === 'NONE') return kvs; // already in key order
  const field = (kv: KeyValue): number | string =>
    target === 'KEY' ? kv.key : target === 'VERSION' ? kv.version : target === 'CREATE' ? kv.createRevision : target === 'MODIFY' ? kv.modRevision : kv.value;
  const sorted = [...kvs].sort((a, b) => {
    const fa = field(a);
    const fb = field(b);
    return fa < fb ? -1 : fa > fb ? 1 : 0;
  });
  return order === 'DESCEND' ? sorted.reverse() : sorted;
}
