/**
 * The bordered tables etcdctl prints with olekukonko/tablewriter (`-w table`): headers upper-case
 * and centred, every cell right-aligned (etcdctl sets ALIGN_RIGHT), one space of padding.
 */
export function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = '+' + widths.map((w) => '-'.repeat(w + 2)).join('+') + '+';
  const centre = (text: string, w: number): string => {
    const pad = w - text.length;
    const left = Math.floor(pad / 2);
    return ' '.repeat(left) + text + ' '.repeat(pad - left);
  };
  const out = [line, '| ' + header.map((h, i) => centre(h.toUpperCase(), widths[i])).join(' | ') + ' |', line];
  for (const r of rows) out.push('| ' + r.map((c, i) => ' '.repeat(widths[i] - [...c].length) + c).join(' | ') + ' |');
  out.push(line);
  return out.join('\n') + '\n';
}
