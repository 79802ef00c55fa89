/**
 * A port of Go's text/tabwriter layout (column blocks, minwidth, padding, space padding, no flags):
 * cells are tab-terminated; a line's last cell is not part of any column. kubectl describe uses
 * (minwidth 0, padding 2) and flushes before the Events table.
 */
export function tabwrite(text: string, minwidth: number, padding: number): string {
  const lines = text.split('\n');
  // A trailing newline leaves an empty last element that is not a line.
  const trailing = lines.length > 0 && lines[lines.length - 1] === '';
  if (trailing) lines.pop();
  const cells = lines.map((l) => l.split('\t'));
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const line = cells[i];
      let s = '';
      for (let j = 0; j < line.length; j++) {
        const c = line[j];
        if (j < widths.length && j < line.length - 1) s += c + ' '.repeat(Math.max(0, widths[j] - runeLength(c)));
        else s += c;
      }
      out.push(s);
    }
  };

  const format = (line0: number, line1: number) => {
    const column = widths.length;
    let start = line0;
    for (let row = line0; row < line1; row++) {
      if (column >= cells[row].length - 1) continue;
      writeLines(start, row);
      start = row;
      let width = minwidth;
      let end = row;
      for (; end < line1; end++) {
        if (column >= cells[end].length - 1) break;
        width = Math.max(width, runeLength(cells[end][column]) + padding);
      }
      widths.push(width);
      format(start, end);
      widths.pop();
      start = end;
      row = end - 1;
    }
    writeLines(start, line1);
  };

  format(0, cells.length);
  return out.join('\n') + (trailing ? '\n' : '');
}

function runeLength(s: string): number {
  return [...s].length;
}
