import { prefixRangeEnd } from '../../../etcd/mvcc/keyRange.ts';
import type { SortOrder, SortTarget } from '../../../etcd/mvcc/types.ts';
import type { ParsedFlags } from '../flags.ts';
import { deleteJson, putJson, rangeJson } from '../jsonPrinter.ts';
import { fieldsHeader, fieldsKv, simpleKv } from '../kvPrinter.ts';
import { CommandError, EXIT, Session, unary } from '../session.ts';
import type { CallOutcome, EtcdctlCall } from '../types.ts';

type Cmd = Generator<EtcdctlCall, number, CallOutcome>;

const TABLE_UNSUPPORTED = 'table not supported as output format';

/** `[key, range_end)` from the arguments and --prefix / --from-key, as etcdctl builds its ops. */
function keyRange(flags: ParsedFlags): { key: string; rangeEnd?: string } {
  const [key, rangeEnd] = flags.args;
  const prefix = flags.values.get('prefix') === true;
  const fromKey = flags.values.get('from-key') === true;
  if (prefix && fromKey) throw new CommandError('`--prefix` and `--from-key` cannot be set at the same time, choose one', EXIT.badArgs);
  if (flags.args.length > 1 && (prefix || fromKey)) {
    throw new CommandError(`too many arguments, only accept one argument when \`--${prefix ? 'prefix' : 'from-key'}\` is set.`, EXIT.badArgs);
  }
  if (prefix) return key.length === 0 ? { key: '\0', rangeEnd: '\0' } : { key, rangeEnd: prefixRangeEnd(key) };
  if (fromKey) return { key: key.length === 0 ? '\0' : key, rangeEnd: '\0' };
  return rangeEnd !== undefined ? { key, rangeEnd } : { key };
}

export function* getCommand(s: Session, flags: ParsedFlags): Cmd {
  if (flags.args.length === 0) throw new CommandError('get command needs one argument as key and an optional argument as range_end', EXIT.badArgs);
  const valueOnly = flags.values.get('print-value-only') === true;
  if (valueOnly && s.globals.writeOut !== 'simple') throw new CommandError('print-value-only is only for `--write-out=simple`', EXIT.badArgs);
  const consistency = flags.values.get('consistency') as string;
  if (consistency !== 'l' && consistency !== 's') throw new CommandError(`unknown consistency flag ${JSON.stringify(consistency)}`, EXIT.badFeature);
  const sortBy = (flags.values.get('sort-by') as string).toUpperCase();
  const targets: Record<string, SortTarget> = { CREATE: 'CREATE', KEY: 'KEY', MODIFY: 'MODIFY', VALUE: 'VALUE', VERSION: 'VERSION', '': 'KEY' };
  if (!(sortBy in targets)) throw new CommandError(`bad sort target ${flags.values.get('sort-by')}`, EXIT.badFeature);
  const orderFlag = (flags.values.get('order') as string).toUpperCase();
  const orders: Record<string, SortOrder> = { ASCEND: 'ASCEND', DESCEND: 'DESCEND', '': 'NONE' };
  if (!(orderFlag in orders)) throw new CommandError(`bad sort order ${flags.values.get('order')}`, EXIT.badFeature);
  const range = keyRange(flags);
  const r = yield* unary(s, {
    type: 'range',
    ...range,
    serializable: consistency === 's',
    limit: flags.values.get('limit') as number,
    revision: flags.values.get('rev') as number,
    keysOnly: flags.values.get('keys-only') === true,
    sortTarget: targets[sortBy],
    sortOrder: orders[orderFlag],
  });
  if (r.result.type !== 'range') return EXIT.error;
  const { kvs, more, count } = r.result;
  switch (s.globals.writeOut) {
    case 'json':
      s.out(rangeJson(r.header, kvs, more, count) + '\n');
      break;
    case 'fields':
      s.out(fieldsHeader(r.header) + kvs.map((kv) => fieldsKv(kv)).join('') + `"More" : ${more}\n"Count" : ${count}\n`);
      break;
    case 'table':
      throw new CommandError(TABLE_UNSUPPORTED, EXIT.badFeature);
    default:
      for (const kv of kvs) s.out(simpleKv(kv, s.globals.hex, valueOnly));
  }
  return EXIT.success;
}

export function* putCommand(s: Session, flags: ParsedFlags): Cmd {
  if (flags.values.get('ignore-value') === true || flags.values.get('ignore-lease') === true) {
    throw new CommandError('--ignore-value and --ignore-lease are not available in this simulation', EXIT.badFeature);
  }
  // Without stdin, a value must be on the command line (the simulation has no stdin for etcdctl).
  if (flags.args.length < 2) throw new CommandError('put command needs 1 argument and input from stdin or 2 arguments', EXIT.badArgs);
  const [key, value] = flags.args;
  const leaseText = flags.values.get('lease') as string;
  if (!/^[+-]?[0-9a-fA-F]+$/.test(leaseText)) throw new CommandError(`bad lease ID (strconv.ParseInt: parsing ${JSON.stringify(leaseText)}: invalid syntax), expecting ID in Hex`, EXIT.badArgs);
  const lease = BigInt('0x' + leaseText.replace(/^[+]/, ''));
  const prevKv = flags.values.get('prev-kv') === true;
  const r = yield* unary(s, { type: 'put', key, value, lease, prevKv });
  if (r.result.type !== 'put') return EXIT.error;
  switch (s.globals.writeOut) {
    case 'json':
      s.out(putJson(r.header, r.result.prevKv) + '\n');
      break;
    case 'fields':
      s.out(fieldsHeader(r.header) + (r.result.prevKv ? fieldsKv(r.result.prevKv, 'Prev') : ''));
      break;
    case 'table':
      throw new CommandError(TABLE_UNSUPPORTED, EXIT.badFeature);
    default:
      s.out('OK\n' + (r.result.prevKv ? simpleKv(r.result.prevKv, s.globals.hex, false) : ''));
  }
  return EXIT.success;
}

export function* delCommand(s: Session, flags: ParsedFlags): Cmd {
  if (flags.args.length === 0) throw new CommandError('del command needs one argument as key and an optional argument as range_end', EXIT.badArgs);
  const range = keyRange(flags);
  const prevKv = flags.values.get('prev-kv') === true;
  const r = yield* unary(s, { type: 'deleteRange', ...range, prevKv });
  if (r.result.type !== 'deleteRange') return EXIT.error;
  switch (s.globals.writeOut) {
    case 'json':
      s.out(deleteJson(r.header, r.result.deleted, r.result.prevKvs) + '\n');
      break;
    case 'fields':
      s.out(fieldsHeader(r.header) + `"Deleted" : ${r.result.deleted}\n` + (r.result.prevKvs ?? []).map((kv) => fieldsKv(kv, 'Prev')).join(''));
      break;
    case 'table':
      throw new CommandError(TABLE_UNSUPPORTED, EXIT.badFeature);
    default:
      s.out(`${r.result.deleted}\n` + (r.result.prevKvs ?? []).map((kv) => simpleKv(kv, s.globals.hex, false)).join(''));
  }
  return EXIT.success;
}

export function* compactionCommand(s: Session, flags: ParsedFlags): Cmd {
  if (flags.args.length !== 1) throw new CommandError('compaction command needs 1 argument', EXIT.badArgs);
  const text = flags.args[0];
  if (!/^[+-]?\d+$/.test(text)) throw new CommandError(`strconv.ParseInt: parsing ${JSON.stringify(text)}: invalid syntax`, EXIT.error);
  const revision = Number(text);
  yield* unary(s, { type: 'compact', revision });
  s.out(`compacted revision ${revision}\n`);
  return EXIT.success;
}
