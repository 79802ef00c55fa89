import type { KeyValue } from '../../etcd/mvcc/types.ts';
import type { ResponseHeader } from '../../etcd/server/requests.ts';
import { hex } from './goFormat.ts';

/** `--hex`: every byte as \xNN (etcdctl addHexPrefix). */
function hexBytes(s: string): string {
  return hex(s).replace(/(..)/g, '\\x$1');
}

/** The simple printer's key and value lines (etcdctl printer_simple.go printKV). */
export function simpleKv(kv: KeyValue, isHex: boolean, valueOnly: boolean): string {
  const k = isHex ? hexBytes(kv.key) : kv.key;
  const v = isHex ? hexBytes(kv.value) : kv.value;
  return (valueOnly ? '' : `${k}\n`) + `${v}\n`;
}

/** Go's %q for the fields printer. */
const q = (s: string): string => JSON.stringify(s);

export function fieldsHeader(h: ResponseHeader): string {
  return (
    `"ClusterID" : ${BigInt('0x' + h.clusterId)}\n` +
    `"MemberID" : ${BigInt('0x' + h.memberId)}\n` +
    `"Revision" : ${h.revision}\n` +
    `"RaftTerm" : ${h.raftTerm}\n`
  );
}

export function fieldsKv(kv: KeyValue, prefix = ''): string {
  return (
    `"${prefix}Key" : ${q(kv.key)}\n` +
    `"${prefix}CreateRevision" : ${kv.createRevision}\n` +
    `"${prefix}ModRevision" : ${kv.modRevision}\n` +
    `"${prefix}Version" : ${kv.version}\n` +
    `"${prefix}Value" : ${q(kv.value)}\n` +
    `"${prefix}Lease" : ${kv.lease}\n`
  );
}
