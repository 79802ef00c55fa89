/**
 * text/tabwriter as kubectl configures it (minwidth 6, padding 3, spaces): every cell but the last
 * of a line is padded to its column's width; the last cell is written as is.
 */
const MIN_WIDTH = 6;
const PADDING = 3;

export function columnWidths(rows: string[][]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    for (let i = 0; i < row.length - 1; i++) widths[i] = Math.max(widths[i] ?? MIN_WIDTH, displayWidth(row[i]) + PADDING);
  }
  return widths;
}

export function formatTable(rows: string[][]): string {
  const widths = columnWidths(rows);
  let out = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      line += i < row.length - 1 ? cell + ' '.repeat(widths[i] - displayWidth(cell)) : cell;
    }
    out += `${line}\n`;
  }
  return out;
}

/** tabwriter counts UTF-8 runes; Korean or emoji in names are rare here, so code points suffice. */
function displayWidth(text: string): number {
  return [...text].length;
}
