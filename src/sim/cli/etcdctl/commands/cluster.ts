import type { MemberInfo } from '../../../etcd/server/membership.ts';
import type { MemberStatus, ResponseHeader } from '../../../etcd/server/requests.ts';
import type { ParsedFlags } from '../flags.ts';
import { goDuration, humanizeBytes } from '../goFormat.ts';
import { healthJson, memberListJson, statusJson } from '../jsonPrinter.ts';
import { fieldsHeader } from '../kvPrinter.ts';
import { CommandError, EXIT, Session, unary } from '../session.ts';
import { renderTable } from '../tablePrinter.ts';
import type { CallOutcome, EtcdctlCall } from '../types.ts';

type Cmd = Generator<EtcdctlCall, number, CallOutcome>;

const idDecimal = (hexId: string): string => BigInt('0x' + hexId).toString();

function memberRow(m: MemberInfo): string[] {
  return [m.id, m.name ? 'started' : 'unstarted', m.name, m.peerURLs.join(','), m.clientURLs.join(','), String(m.isLearner)];
}

export function* memberListCommand(s: Session, _flags: ParsedFlags): Cmd {
  const r = yield* unary(s, { type: 'memberList' });
  if (r.result.type !== 'memberList') return EXIT.error;
  const members = r.result.members;
  switch (s.globals.writeOut) {
    case 'json':
      s.out(memberListJson(r.header, members) + '\n');
      break;
    case 'table':
      s.out(renderTable(['ID', 'Status', 'Name', 'Peer Addrs', 'Client Addrs', 'Is Learner'], members.map(memberRow)));
      break;
    case 'fields':
      s.out(fieldsHeader({ ...r.header, revision: 0 }));
      for (const m of members) {
        s.out(`"ID" : ${idDecimal(m.id)}\n"Name" : ${JSON.stringify(m.name)}\n`);
        for (const u of m.peerURLs) s.out(`"PeerURL" : ${JSON.stringify(u)}\n`);
        for (const u of m.clientURLs) s.out(`"ClientURL" : ${JSON.stringify(u)}\n`);
        s.out(`"IsLearner" : ${m.isLearner}\n\n`);
      }
      break;
    default:
      for (const m of members) s.out(memberRow(m).join(', ') + '\n');
  }
  return EXIT.success;
}

/** --cluster: ask the members for their client URLs and use those as the endpoints. */
function* endpointsFor(s: Session, flags: ParsedFlags): Generator<EtcdctlCall, string[], CallOutcome> {
  if (flags.values.get('cluster') !== true) return s.globals.endpoints;
  const r = yield* unary(s, { type: 'memberList' });
  if (r.result.type !== 'memberList') return [];
  return r.result.members.flatMap((m) => m.clientURLs);
}

export function* endpointHealthCommand(s: Session, flags: ParsedFlags): Cmd {
  const endpoints = yield* endpointsFor(s, flags);
  const results: { endpoint: string; health: boolean; took: string; error?: string }[] = [];
  for (const endpoint of endpoints) {
    // etcdctl checks health with a linearizable get of the key "health" on that endpoint alone.
    let elapsed = 0;
    try {
      const r = yield* unary(s, { type: 'range', key: 'health' }, [endpoint]);
      elapsed = r.elapsedMs;
      results.push({ endpoint, health: true, took: goDuration(elapsed) });
    } catch (err) {
      if (!(err instanceof CommandError)) throw err;
      results.push({ endpoint, health: false, took: goDuration(s.globals.commandTimeoutMs), error: `failed to commit proposal: ${err.message}` });
    }
  }
  switch (s.globals.writeOut) {
    case 'json':
      s.out(`[${results.map((h) => healthJson(h.endpoint, h.health, h.took, h.error)).join(',')}]\n`);
      break;
    case 'table':
      s.out(renderTable(['endpoint', 'health', 'took', 'error'], results.map((h) => [h.endpoint, String(h.health), h.took, h.error ?? ''])));
      break;
    case 'fields':
      for (const h of results) s.out(`"Endpoint" : ${JSON.stringify(h.endpoint)}\n"Health" : ${h.health}\n"Took" : ${h.took}\n"Error" : ${h.error ?? ''}\n\n`);
      break;
    default:
      for (const h of results) {
        s.err(h.health ? `${h.endpoint} is healthy: successfully committed proposal: took = ${h.took}\n` : `${h.endpoint} is unhealthy: ${h.error}\n`);
      }
  }
  if (results.some((h) => !h.health)) throw new CommandError('unhealthy cluster', EXIT.error);
  return EXIT.success;
}

export function* endpointStatusCommand(s: Session, flags: ParsedFlags): Cmd {
  const endpoints = yield* endpointsFor(s, flags);
  const statuses: { endpoint: string; header: ResponseHeader; status: MemberStatus }[] = [];
  let failed = false;
  for (const endpoint of endpoints) {
    const outcome = yield { kind: 'unary', endpoint, request: { type: 'status' }, timeoutMs: s.globals.commandTimeoutMs, credentials: s.globals.credentials };
    if (outcome.kind === 'response' && outcome.response.ok && outcome.response.result.type === 'status') {
      const { type: _type, ...status } = outcome.response.result;
      statuses.push({ endpoint, header: outcome.response.header, status });
      continue;
    }
    failed = true;
    const hostPort = endpoint.replace(/^[a-z]+:\/\//, '');
    s.warnRetry(
      `passthrough:///${endpoint}`,
      'DeadlineExceeded',
      `latest balancer error: connection error: desc = "transport: Error while dialing dial tcp ${hostPort}: connect: connection refused"`,
    );
    s.err(`Failed to get the status of endpoint ${endpoint} (context deadline exceeded)\n`);
  }
  const row = (x: (typeof statuses)[number]): string[] => [
    x.endpoint,
    x.header.memberId,
    x.status.version,
    humanizeBytes(x.status.dbSize),
    String(x.status.leader === x.header.memberId),
    String(x.status.isLearner),
    String(x.status.raftTerm),
    String(x.status.raftIndex),
    String(x.status.raftAppliedIndex),
    x.status.errors.join(', '),
  ];
  switch (s.globals.writeOut) {
    case 'json':
      s.out(`[${statuses.map((x) => statusJson(x.endpoint, x.header, x.status)).join(',')}]\n`);
      break;
    case 'table':
      if (statuses.length > 0) {
        s.out(
          renderTable(
            ['endpoint', 'ID', 'version', 'db size', 'is leader', 'is learner', 'raft term', 'raft index', 'raft applied index', 'errors'],
            statuses.map(row),
          ),
        );
      }
      break;
    case 'fields':
      for (const x of statuses) {
        s.out(
          fieldsHeader(x.header) +
            `"Version" : ${JSON.stringify(x.status.version)}\n"DBSize" : ${x.status.dbSize}\n"Leader" : ${x.status.leader === '0' ? 0 : idDecimal(x.status.leader)}\n` +
            `"IsLearner" : ${x.status.isLearner}\n"RaftIndex" : ${x.status.raftIndex}\n"RaftTerm" : ${x.status.raftTerm}\n` +
            `"RaftAppliedIndex" : ${x.status.raftAppliedIndex}\n"Errors" : [${x.status.errors.join(' ')}]\n"Endpoint" : ${JSON.stringify(x.endpoint)}\n\n`,
        );
      }
      break;
    default:
      for (const x of statuses) s.out(row(x).join(', ') + '\n');
  }
  return failed ? EXIT.error : EXIT.success;
}
