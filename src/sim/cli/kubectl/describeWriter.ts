import { parseTimestamp, EPOCH_MS } from '../../api/meta.ts';
import type { KubeEvent } from '../../api/types.ts';
import { age } from './age.ts';
import { tabwrite } from './tabwriter.ts';

/**
 * kubectl describe's PrefixWriter over a tabwriter (minwidth 0, padding 2). flush() ends a
 * tabwriter section (DescribeEvents flushes before its table).
 */
export class DescribeWriter {
  private sections: string[] = [];
  private buffer = '';

  write(level: number, text: string): void {
    this.buffer += '  '.repeat(level) + text;
  }

  /** WriteLine: text then newline, no indentation. */
  line(text: string): void {
    this.buffer += `${text}\n`;
  }

  flush(): void {
    this.sections.push(tabwrite(this.buffer, 0, 2));
    this.buffer = '';
  }

  toString(): string {
    this.flush();
    return this.sections.join('');
  }
}

/** time.RFC1123Z in UTC: "Thu, 15 Jan 2026 09:00:05 +0000". */
export function rfc1123z(ts: string | undefined): string {
  const t = parseTimestamp(ts);
  if (t === undefined) return '<unset>';
  const d = new Date(EPOCH_MS + t);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export function printLabelsMultiline(w: DescribeWriter, title: string, labels: Record<string, string> | undefined, initialIndent = ''): void {
  w.write(0, `${initialIndent}${title}:\t`);
  const keys = Object.keys(labels ?? {}).sort();
  if (!keys.length) return w.line('<none>');
  keys.forEach((k, i) => {
    if (i) w.write(0, `${initialIndent}\t`);
    w.write(0, `${k}=${labels![k]}\n`);
  });
}

const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

export function printAnnotationsMultiline(w: DescribeWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {}).filter((k) => !SKIP_ANNOTATIONS.has(k)).sort();
  if (!keys.length) return w.line('<none>');
  keys.forEach((k, i) => {
    if (i) w.write(0, '\t');
    const value = annotations![k].replace(/\n$/, '');
    if (value.length + k.length + 2 > 140 || value.includes('\n')) {
      w.write(0, `${k}:\n`);
      for (const s of value.split('\n')) w.write(0, `\t  ${s.length > 138 ? `${s.slice(0, 138)}...` : s}\n`);
    } else w.write(0, `${k}: ${value}\n`);
  });
}

export function describeEvents(w: DescribeWriter, events: KubeEvent[] | undefined, now: number): void {
  if (!events) return;
  if (events.length === 0) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  const sorted = [...events].sort((a, b) => (parseTimestamp(a.lastTimestamp) ?? 0) - (parseTimestamp(b.lastTimestamp) ?? 0));
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const interval = (e.count ?? 1) > 1
      ? `${age(e.lastTimestamp, now)} (x${e.count} over ${age(e.firstTimestamp, now)})`
      : age(e.firstTimestamp, now);
    const source = e.source?.component || (e.reportingComponent as string | undefined) || '';
    w.write(1, `${e.type}\t${e.reason}\t${interval}\t${source}\t${e.message.trim()}\n`);
  }
}
