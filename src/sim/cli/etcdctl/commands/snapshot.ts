import type { ParsedFlags } from '../flags.ts';
import { humanizeBytes } from '../goFormat.ts';
import { CommandError, EXIT, Session, unary } from '../session.ts';
import type { CallOutcome, EtcdctlCall } from '../types.ts';
import { readSnapshot, restoredFiles, snapshotStatus, statusTable } from '../../etcdSnapshotFile.ts';

/**
 * `snapshot save <file>`: streams the backend from one member and writes it to the file. The file
 * written here holds the keys as JSON (a stand-in for the bbolt database a real snapshot contains).
 */
export function* snapshotSaveCommand(s: Session, flags: ParsedFlags): Generator<EtcdctlCall, number, CallOutcome> {
  if (flags.args.length !== 1) throw new CommandError('snapshot save expects one argument', EXIT.badArgs);
  const endpoints = s.globals.endpoints;
  if (endpoints.length !== 1) throw new CommandError(`snapshot must be requested to one selected node, not multiple [${endpoints.join(' ')}]`, EXIT.badArgs);
  const path = flags.args[0];
  const partPath = `${path}.part`;
  const info = (fields: string): void => s.err(`{"level":"info",${fields}}\n`);
  info(`"ts":${s.epochSeconds()},"caller":"snapshot/v3_snapshot.go:119","msg":"created temporary db file","path":${JSON.stringify(partPath)}`);
  info(`"ts":"${s.isoTime()}","caller":"clientv3/maintenance.go:200","msg":"opened snapshot stream; downloading"`);
  info(`"ts":${s.epochSeconds()},"caller":"snapshot/v3_snapshot.go:127","msg":"fetching snapshot","endpoint":${JSON.stringify(endpoints[0])}`);
  const r = yield* unary(s, { type: 'snapshot' });
  if (r.result.type !== 'snapshot') return EXIT.error;
  info(`"ts":"${s.isoTime()}","caller":"clientv3/maintenance.go:208","msg":"completed snapshot read; closing"`);
  info(
    `"ts":${s.epochSeconds()},"caller":"snapshot/v3_snapshot.go:142","msg":"fetched snapshot","endpoint":${JSON.stringify(endpoints[0])},` +
      `"size":${JSON.stringify(humanizeBytes(r.result.size))},"took":${r.elapsedMs / 1000}`,
  );
  s.files[path] = JSON.stringify({ revision: r.result.revision, kvs: r.result.kvs.map((kv) => ({ ...kv, lease: kv.lease.toString() })) });
  info(`"ts":${s.epochSeconds()},"caller":"snapshot/v3_snapshot.go:152","msg":"saved","path":${JSON.stringify(path)}`);
  s.out(`Snapshot saved at ${path}\n`);
  return EXIT.success;
}

/**
 * `snapshot status <file>` (etcdctl 3.4; etcdutl's in 3.5, where this form prints a deprecation
 * warning first, and gone in 3.6): reads the file, talks to no member. Output recorded from etcdctl
 * 3.4.23: simple `hash, revision, total keys, total size`, a table, or JSON.
 */
export function* snapshotStatusCommand(s: Session, flags: ParsedFlags): Generator<EtcdctlCall, number, CallOutcome> {
  if (flags.args.length !== 1) throw new CommandError('snapshot status requires exactly one argument', EXIT.badArgs);
  const path = flags.args[0];
  const text = s.ctx.readFile?.(path);
  if (text === undefined) throw new CommandError(`stat ${path}: no such file or directory`, EXIT.error);
  const data = readSnapshot(text);
  if (!data) throw new CommandError(`snapshot file integrity check failed. file: ${path}`, EXIT.error);
  const st = snapshotStatus(text, data);
  const hash = st.hash.toString(16);
  switch (s.globals.writeOut) {
    case 'table':
      s.out(statusTable(['HASH', 'REVISION', 'TOTAL KEYS', 'TOTAL SIZE'], [hash, String(st.revision), String(st.totalKey), humanizeBytes(st.totalSize)]));
      break;
    case 'json':
      s.out(`{"hash":${st.hash},"revision":${st.revision},"totalKey":${st.totalKey},"totalSize":${st.totalSize}}\n`);
      break;
    case 'fields':
      s.out(`"Hash" : ${st.hash}\n"Revision" : ${st.revision}\n"Keys" : ${st.totalKey}\n"Size" : ${st.totalSize}\n`);
      break;
    default:
      s.out(`${hash}, ${st.revision}, ${st.totalKey}, ${humanizeBytes(st.totalSize)}\n`);
  }
  return EXIT.success;
}

/**
 * `snapshot restore <file> --data-dir DIR` (etcdctl 3.4): writes a new data directory from the
 * snapshot, offline. Without --data-dir it is `<name>.etcd` (default.etcd). Refuses an existing
 * directory. The log lines are etcdctl 3.4's (zap JSON on stderr).
 */
export function* snapshotRestoreCommand(s: Session, flags: ParsedFlags): Generator<EtcdctlCall, number, CallOutcome> {
  if (flags.args.length !== 1) throw new CommandError('snapshot restore requires exactly one argument', EXIT.badArgs);
  const path = flags.args[0];
  const name = String(flags.values.get('name') ?? 'default');
  const dataDir = String(flags.values.get('data-dir') || `${name}.etcd`);
  const walDir = String(flags.values.get('wal-dir') || `${dataDir}/member/wal`);
  const snapDir = `${dataDir}/member/snap`;
  if (s.ctx.pathExists?.(dataDir)) throw new CommandError(`data-dir "${dataDir}" exists`, EXIT.error);
  const info = (caller: string, msg: string, extra: string): void => s.err(`{"level":"info","ts":${s.epochSeconds()},"caller":"${caller}","msg":"${msg}",${extra}}\n`);
  const where = `"path":${JSON.stringify(path)},"wal-dir":${JSON.stringify(walDir)},"data-dir":${JSON.stringify(dataDir)},"snap-dir":${JSON.stringify(snapDir)}`;
  info('snapshot/v3_snapshot.go:296', 'restoring snapshot', where);
  const text = s.ctx.readFile?.(path);
  if (text === undefined) throw new CommandError(`open ${path}: no such file or directory`, EXIT.error);
  if (!readSnapshot(text) && !flags.values.get('skip-hash-check')) throw new CommandError('expected sha256 [ ... ], got [ ... ]', EXIT.error);
  const peerUrls = String(flags.values.get('initial-advertise-peer-urls') ?? 'http://localhost:2380');
  info('membership/cluster.go:392', 'added member', `"cluster-id":"cdf818194e3a8c32","local-member-id":"0","added-peer-id":"8e9e05c52164694d","added-peer-peer-urls":${JSON.stringify(peerUrls.split(','))}`);
  Object.assign(s.files, restoredFiles(dataDir, text, flags.values.get('wal-dir') ? walDir : undefined));
  info('snapshot/v3_snapshot.go:309', 'restored snapshot', where);
  return EXIT.success;
}
