/**
 * klog's text header, as the kubelet writes every log line (k8s.io/klog/v2, `formatHeader`):
 * `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg`, where L is I/W/E/F, the thread id is the process
 * id padded to 7 columns, and the message of structured logging (`klog.InfoS`) is the quoted message
 * followed by `key=value` pairs, strings quoted with Go's %q.
 */
export type Severity = 'I' | 'W' | 'E';

export function klogHeader(severity: Severity, epochMs: number, pid: number, source: string): string {
  const d = new Date(epochMs);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const micros = String((epochMs % 1000) * 1000).padStart(6, '0');
  return `${severity}${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${micros} ${String(pid).padStart(7, ' ')} ${source}]`;
}

/** A structured log message: `"msg" key="value" n=3 list=["a","b"]` (klog's text serialisation). */
export function structured(msg: string, pairs: Record<string, string | number | boolean | string[] | undefined> = {}): string {
  const parts = [JSON.stringify(msg)];
  for (const [k, v] of Object.entries(pairs)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) parts.push(`${k}=[${v.map((s) => JSON.stringify(s)).join(',')}]`);
    else parts.push(`${k}=${typeof v === 'string' ? JSON.stringify(v) : String(v)}`);
  }
  return parts.join(' ');
}
