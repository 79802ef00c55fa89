// GNU `diff -u` of two texts: a longest-common-subsequence line diff, hunks with 3 lines of context
// (`@@ -a,b +c,d @@`, an empty side numbered `-0,0`), merged when their contexts touch. The texts
// kubectl diff compares are small (objects as YAML), so the quadratic table is fine.
export function unifiedHunks(a: string[], b: string[], context = 3): string[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the LCS of a[i..] and b[j..].
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  type Op = { kind: ' ' | '-' | '+'; line: string; ai: number; bi: number };
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ kind: ' ', line: a[i], ai: i++, bi: j++ });
    else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) ops.push({ kind: '+', line: b[j], ai: i, bi: j++ });
    else ops.push({ kind: '-', line: a[i], ai: i++, bi: j });
  }
  const changed = ops.map((o, k) => (o.kind === ' ' ? -1 : k)).filter((k) => k >= 0);
  if (changed.length === 0) return [];
  const out: string[] = [];
  let start = 0;
  while (start < changed.length) {
    let end = start;
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= 2 * context) end++;
    const from = Math.max(0, changed[start] - context);
    const to = Math.min(ops.length - 1, changed[end] + context);
    const slice = ops.slice(from, to + 1);
    const aLines = slice.filter((o) => o.kind !== '+').length;
    const bLines = slice.filter((o) => o.kind !== '-').length;
    const aStart = aLines ? slice.find((o) => o.kind !== '+')!.ai + 1 : slice[0].ai;
    const bStart = bLines ? slice.find((o) => o.kind !== '-')!.bi + 1 : slice[0].bi;
    const range = (s: number, len: number) => (len === 1 ? `${s}` : `${s},${len}`);
    out.push(`@@ -${range(aStart, aLines)} +${range(bStart, bLines)} @@`);
    for (const o of slice) out.push(`${o.kind}${o.line}`);
    start = end + 1;
  }
  return out;
}
