import type { ParsedFlags } from '../flags.ts';
import { humanizeBytes } from '../goFormat.ts';
import { CommandError, EXIT, Session, unary } from '../session.ts';
import type { CallOutcome, EtcdctlCall } from '../types.ts';

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
