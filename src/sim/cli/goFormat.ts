/**
 * Go standard-library formatting shared by more than one CLI (kubectl's last-applied annotation,
 * etcdctl's JSON output). It lives outside cli/etcdctl so that kubectl does not pull etcdctl, which
 * the browser loads lazily, into the engine bundle.
 */

/** A JSON string as encoding/json writes it (HTML-sensitive characters escaped). */
export function goJsonString(s: string): string {
  return JSON.stringify(s)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
