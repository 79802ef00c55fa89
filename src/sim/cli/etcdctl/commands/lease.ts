import type { ParsedFlags } from '../flags.ts';
import { base64 } from '../goFormat.ts';
import { CommandError, EXIT, Session, unary } from '../session.ts';
import type { ResponseHeader } from '../../../etcd/server/requests.ts';
import type { CallOutcome, EtcdctlCall } from '../types.ts';

type Cmd = Generator<EtcdctlCall, number, CallOutcome>;

const leaseHex = (id: bigint): string => BigInt.asUintN(64, id).toString(16).padStart(16, '0');

/** Lease responses print their header flattened into the object (etcdctl's JSON printer for leases). */
function flatHeader(h: ResponseHeader): string {
  return `"cluster_id":${BigInt('0x' + h.clusterId)},"member_id":${BigInt('0x' + h.memberId)},"revision":${h.revision},"raft_term":${h.raftTerm}`;
}

function parseLeaseId(text: string): bigint {
  if (!/^[+-]?[0-9a-fA-F]+$/.test(text)) {
    throw new CommandError(`bad lease ID arg (strconv.ParseInt: parsing ${JSON.stringify(text)}: invalid syntax), expecting ID in Hex`, EXIT.badArgs);
  }
  return BigInt('0x' + text.replace(/^\+/, ''));
}

export function* leaseGrantCommand(s: Session, flags: ParsedFlags): Cmd {
  if (flags.args.length !== 1) throw new CommandError('lease grant command needs TTL argument', EXIT.badArgs);
  const text = flags.args[0];
  if (!/^[+-]?\d+$/.test(text)) throw new CommandError(`bad TTL (strconv.ParseInt: parsing ${JSON.stringify(text)}: invalid syntax)`, EXIT.badArgs);
  const r = yield* unary(s, { type: 'leaseGrant', ttl: Number(text) });
  if (r.result.type !== 'leaseGrant') return EXIT.error;
  if (s.globals.writeOut === 'json') s.out(`{${flatHeader(r.header)},"ID":${r.result.id},"TTL":${r.result.ttl},"Error":""}\n`);
  else s.out(`lease ${leaseHex(r.result.id)} granted with TTL(${r.result.ttl}s)\n`);
  return EXIT.success;
}

export function* leaseRevokeCommand(s: Session, flags: ParsedFlags): Cmd {
  if (flags.args.length !== 1) throw new CommandError('lease revoke command needs 1 argument', EXIT.badArgs);
  const id = parseLeaseId(flags.args[0]);
  try {
    yield* unary(s, { type: 'leaseRevoke', id });
  } catch (err) {
    if (err instanceof CommandError && err.exitCode === EXIT.error) throw new CommandError(`failed to revoke lease (${err.message})`, EXIT.error);
    throw err;
  }
  s.out(`lease ${leaseHex(id)} revoked\n`);
  return EXIT.success;
}

export function* leaseTimeToLiveCommand(s: Session, flags: ParsedFlags): Cmd {
  if (flags.args.length !== 1) throw new CommandError('lease timetolive command needs lease ID as argument', EXIT.badArgs);
  const id = parseLeaseId(flags.args[0]);
  const withKeys = flags.values.get('keys') === true;
  const r = yield* unary(s, { type: 'leaseTimeToLive', id, keys: withKeys });
  if (r.result.type !== 'leaseTimeToLive') return EXIT.error;
  const { ttl, grantedTtl, keys } = r.result;
  if (s.globals.writeOut === 'json') {
    const keysJson = keys.length ? `[${keys.map((k) => JSON.stringify(base64(k))).join(',')}]` : 'null';
    s.out(`{${flatHeader(r.header)},"id":${id},"ttl":${ttl},"granted-ttl":${grantedTtl},"keys":${keysJson}}\n`);
  } else if (ttl === -1) {
    s.out(`lease ${leaseHex(id)} already expired\n`);
  } else {
    s.out(`lease ${leaseHex(id)} granted with TTL(${grantedTtl}s), remaining(${ttl}s)${withKeys ? `, attached keys([${keys.join(' ')}])` : ''}\n`);
  }
  return EXIT.success;
}

export function* leaseListCommand(s: Session): Cmd {
  const r = yield* unary(s, { type: 'leaseList' });
  if (r.result.type !== 'leaseList') return EXIT.error;
  const ids = r.result.ids;
  if (s.globals.writeOut === 'json') s.out(`{${flatHeader(r.header)},"leases":[${ids.map((id) => `{"id":${id}}`).join(',')}]}\n`);
  else s.out(`found ${ids.length} leases\n` + ids.map((id) => `${leaseHex(id)}\n`).join(''));
  return EXIT.success;
}

/**
 * `lease keep-alive`: with --once, one renewal. Without it etcdctl renews until interrupted; the
 * simulation renews once, prints it and ends like the Ctrl-C of a bounded watch (exit 130).
 */
export function* leaseKeepAliveCommand(s: Session, flags: ParsedFlags): Cmd {
  if (flags.args.length !== 1) throw new CommandError('lease keep-alive command needs lease ID as argument', EXIT.badArgs);
  const id = parseLeaseId(flags.args[0]);
  const outcome = yield { kind: 'unary', endpoint: s.globals.endpoints[0], request: { type: 'leaseKeepAlive', id }, timeoutMs: s.globals.commandTimeoutMs, credentials: s.globals.credentials };
  if (outcome.kind !== 'response') throw new CommandError('context deadline exceeded', EXIT.badConnection);
  // Keep-alives travel on a stream: a failure is reported without the unary retry log line.
  if (!outcome.response.ok) throw new CommandError(outcome.response.error, EXIT.badConnection);
  if (outcome.response.result.type !== 'leaseKeepAlive') return EXIT.error;
  s.out(`lease ${leaseHex(id)} keepalived with TTL(${outcome.response.result.ttl})\n`);
  return flags.values.get('once') === true ? EXIT.success : 130;
}
