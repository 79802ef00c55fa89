/**
 * pflag-style flag parsing as kubectl (cobra) does it: long and short forms, `=` or separate values,
 * combined short booleans (-it), flags interspersed with arguments, `--` ending flags, and the
 * exact error texts for unknown flags and missing or malformed values.
 */
export type FlagType = 'bool' | 'string' | 'int' | 'stringArray' | 'duration';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  default?: string | boolean | number | string[];
  /** For bool flags written without a value. */
  noOptDefault?: string;
}

export type FlagValues = Record<string, string | boolean | number | string[] | undefined>;

export interface ParsedArgs {
  flags: FlagValues;
  /** Which flags the user set explicitly. */
  changed: Set<string>;
  args: string[];
  /** Arguments after `--` (kubectl run ... -- cmd, kubectl exec ... -- cmd). */
  afterDash: string[] | undefined;
}

export class FlagError extends Error {}

export function parseFlags(argv: string[], specs: FlagSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const flags: FlagValues = {};
  for (const s of specs) flags[s.name] = Array.isArray(s.default) ? [...s.default] : s.default;
  const changed = new Set<string>();
  const touchedArrays = new Set<string>();
  const args: string[] = [];
  let afterDash: string[] | undefined;

  const set = (spec: FlagSpec, raw: string, display: string) => {
    changed.add(spec.name);
    switch (spec.type) {
      case 'bool': {
        const v = parseBool(raw);
        if (v === undefined) throw new FlagError(`invalid argument "${raw}" for "${display}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
        flags[spec.name] = v;
        return;
      }
      case 'int': {
        if (!/^[+-]?\d+$/.test(raw)) throw new FlagError(`invalid argument "${raw}" for "${display}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
        flags[spec.name] = Number(raw);
        return;
      }
      case 'stringArray': {
        const cur = touchedArrays.has(spec.name) ? (flags[spec.name] as string[]) : [];
        touchedArrays.add(spec.name);
        cur.push(raw);
        flags[spec.name] = cur;
        return;
      }
      default:
        flags[spec.name] = raw;
    }
  };

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      afterDash = argv.slice(i + 1);
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const spec = byName.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) set(spec, a.slice(eq + 1), spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`);
      else if (spec.type === 'bool') set(spec, spec.noOptDefault ?? 'true', spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`);
      else if (spec.noOptDefault !== undefined) set(spec, spec.noOptDefault, spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`);
      else {
        if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: --${name}`);
        set(spec, argv[++i], spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`);
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      let j = 1;
      while (j < a.length) {
        const ch = a[j];
        const spec = byShort.get(ch);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${ch}' in -${a.slice(j)}`);
        if (spec.type === 'bool') {
          if (a[j + 1] === '=') {
            set(spec, a.slice(j + 2), `-${ch}, --${spec.name}`);
            j = a.length;
          } else {
            set(spec, 'true', `-${ch}, --${spec.name}`);
            j++;
          }
          continue;
        }
        let value = a.slice(j + 1);
        if (value.startsWith('=')) value = value.slice(1);
        else if (value === '') {
          if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: '${ch}' in -${ch}`);
          value = argv[++i];
        }
        set(spec, value, `-${ch}, --${spec.name}`);
        j = a.length;
      }
      continue;
    }
    args.push(a);
  }
  return { flags, changed, args, afterDash };
}

function parseBool(raw: string): boolean | undefined {
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(raw)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(raw)) return false;
  return undefined;
}

/** Flags every kubectl command accepts (kubectl options). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'kubeconfig', type: 'string' },
  { name: 'context', type: 'string' },
  { name: 'cluster', type: 'string' },
  { name: 'user', type: 'string' },
  { name: 'server', short: 's', type: 'string' },
  { name: 'token', type: 'string' },
  { name: 'as', type: 'string' },
  { name: 'as-group', type: 'stringArray', default: [] },
  { name: 'request-timeout', type: 'string', default: '0' },
  { name: 'insecure-skip-tls-verify', type: 'bool', default: false },
  { name: 'certificate-authority', type: 'string' },
  { name: 'client-certificate', type: 'string' },
  { name: 'client-key', type: 'string' },
  { name: 'v', short: 'v', type: 'int', default: 0 },
  { name: 'warnings-as-errors', type: 'bool', default: false },
  { name: 'help', short: 'h', type: 'bool', default: false },
];
