import { ERR_COMPACTED } from '../../../etcd/mvcc/errors.ts';
import { prefixRangeEnd } from '../../../etcd/mvcc/keyRange.ts';
import type { MvccEvent } from '../../../etcd/mvcc/types.ts';
import type { ParsedFlags } from '../flags.ts';
import { watchJson } from '../jsonPrinter.ts';
import { fieldsHeader, fieldsKv, simpleKv } from '../kvPrinter.ts';
import { CommandError, EXIT, Session } from '../session.ts';
import type { CallOutcome, EtcdctlCall } from '../types.ts';

/** Exit status of a command ended by Ctrl-C in an interactive shell (128 + SIGINT). */
export const INTERRUPTED_EXIT = 130;

function simpleEvent(e: MvccEvent, isHex: boolean): string {
  return `${e.type}\n` + (e.prevKv ? simpleKv(e.prevKv, isHex, false) : '') + simpleKv(e.kv, isHex, false);
}

function fieldsEvent(e: MvccEvent): string {
  return `"Type" : ${e.type}\n` + (e.prevKv ? fieldsKv(e.prevKv, 'Prev') : '') + fieldsKv(e.kv);
}

/**
 * `etcdctl watch` streams until interrupted. The simulation bounds it: the host delivers what
 * arrives while the cluster runs, then interrupts the command like Ctrl-C (exit 130), unless the
 * server cancels the watch first (exit 5, as etcdctl does).
 */
export function* watchCommand(s: Session, flags: ParsedFlags): Generator<EtcdctlCall, number, CallOutcome> {
  if (flags.values.get('interactive') === true) throw new CommandError('interactive watch is not available in this simulation', EXIT.badFeature);
  const args = flags.args;
  if (args.length === 0 || args.length > 2) throw new CommandError('bad number of arguments', EXIT.badArgs);
  const prefix = flags.values.get('prefix') === true;
  if (prefix && args.length === 2) throw new CommandError('too many arguments', EXIT.badArgs);
  if (s.globals.writeOut === 'table') throw new CommandError('table not supported as output format', EXIT.badFeature);
  const key = args[0];
  const rangeEnd = prefix ? prefixRangeEnd(key) : args[1];
  const outcome = yield {
    kind: 'watch',
    endpoint: s.globals.endpoints[0],
    request: { type: 'watch', key, rangeEnd, startRevision: flags.values.get('rev') as number, prevKv: flags.values.get('prev-kv') === true },
    credentials: s.globals.credentials,
  };
  if (outcome.kind !== 'watch') {
    // A watch that cannot reach the server waits forever in etcdctl; the interrupt ends it silently.
    return INTERRUPTED_EXIT;
  }
  for (const w of outcome.stream) {
    const canceled = w.canceled === true;
    if (!canceled && w.events.length > 0) {
      if (s.globals.writeOut === 'json') s.out(watchJson(w.header, w.events, w.compactRevision ?? 0, false, false) + '\n');
      else if (s.globals.writeOut === 'fields') s.out(fieldsHeader(w.header) + w.events.map(fieldsEvent).join(''));
      else for (const e of w.events) s.out(simpleEvent(e, s.globals.hex));
    }
    if (canceled) {
      const reason = w.compactRevision !== undefined ? ERR_COMPACTED : (w.cancelReason ?? '');
      s.err(`watch was canceled (${reason})\n`);
      throw new CommandError('watch is canceled by the server', EXIT.interrupted);
    }
  }
  return INTERRUPTED_EXIT;
}
