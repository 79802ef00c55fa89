/**
 * Go's time.ParseDuration and Duration.String() for kubectl's duration flags (--timeout of drain
 * and wait): "30s", "1m30s", "500ms", "1.5h", "0". Undefined when Go would refuse the text.
 */
const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function parseDurationMs(text: string): number | undefined {
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') return undefined;
  let total = 0;
  while (rest) {
    const m = /^(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/.exec(rest);
    if (!m) return undefined;
    total += Number(m[1]) * UNIT_MS[m[2]];
    rest = rest.slice(m[0].length);
  }
  return sign * total;
}

/** The flag's error as pflag words it. */
export function invalidDuration(flag: string, text: string, verb: string): string {
  return `error: invalid argument "${text}" for "--${flag}" flag: time: invalid duration "${text}"\nSee 'kubectl ${verb} --help' for usage.`;
}

/** time.Duration.String() for whole milliseconds: 0s, 500ms, 10s, 1m30s, 1h0m0s. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  const neg = ms < 0;
  let rest = Math.abs(ms);
  if (rest < 1000) return `${neg ? '-' : ''}${rest}ms`;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = `${(rest / 1000).toFixed(3).replace(/\.?0+$/, '')}s`;
  return `${neg ? '-' : ''}${h ? `${h}h${m}m${s}` : m ? `${m}m${s}` : s}`;
}
