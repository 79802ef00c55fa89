import { parseGoDuration } from './goFormat.ts';
import type { FlagDef } from './helpData.ts';

export type FlagValue = string | boolean | number | string[];

export interface ParsedFlags {
  values: Map<string, FlagValue>;
  /** Flags the user set explicitly. */
  changed: Set<string>;
  args: string[];
}

export class FlagError extends Error {}

/**
 * spf13/pflag's parsing as cobra drives it: flags and arguments may interleave, `--name=value`,
 * `--name value`, `-s value`, `-svalue`, booleans without a value, `--` ends the flags.
 */
export function parseFlags(argv: string[], defs: FlagDef[]): ParsedFlags {
  const byName = new Map(defs.map((d) => [d.name, d]));
  const byShort = new Map(defs.filter((d) => d.short).map((d) => [d.short!, d]));
  const values = new Map<string, FlagValue>();
  const changed = new Set<string>();
  for (const d of defs) values.set(d.name, defaultValue(d));
  const args: string[] = [];

  const set = (d: FlagDef, raw: string, shown: string): void => {
    values.set(d.name, convert(d, raw, shown, changed.has(d.name) ? values.get(d.name) : undefined));
    changed.add(d.name);
  };

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const d = byName.get(name);
      if (!d) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) set(d, a.slice(eq + 1), `--${name}`);
      else if (d.kind === 'bool') set(d, 'true', `--${name}`);
      else if (i + 1 < argv.length) set(d, argv[++i], `--${name}`);
      else throw new FlagError(`flag needs an argument: --${name}`);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      // A group of shorthands: -abc, or -wjson / -w=json for one taking a value.
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const d = byShort.get(c);
        if (!d) throw new FlagError(`unknown shorthand flag: '${c}' in ${a}`);
        const shown = `-${c}, --${d.name}`;
        const rest = a.slice(j + 1);
        if (rest.startsWith('=')) {
          set(d, rest.slice(1), shown);
          break;
        }
        if (d.kind === 'bool') {
          set(d, 'true', shown);
          continue;
        }
        if (rest.length > 0) set(d, rest, shown);
        else if (i + 1 < argv.length) set(d, argv[++i], shown);
        else throw new FlagError(`flag needs an argument: '${c}' in -${c}`);
        break;
      }
      continue;
    }
    args.push(a);
  }
  return { values, changed, args };
}

function defaultValue(d: FlagDef): FlagValue {
  switch (d.kind) {
    case 'bool':
      return d.def === 'true';
    case 'string':
      return JSON.parse(d.def) as string;
    case 'int':
      return Number(d.def);
    case 'duration':
      return parseGoDuration(d.def) ?? 0;
    case 'stringSlice':
      return d.def.slice(1, -1).split(',').filter((s) => s !== '');
  }
}

function convert(d: FlagDef, raw: string, shown: string, previous: FlagValue | undefined): FlagValue {
  const invalid = (why: string): FlagError => new FlagError(`invalid argument ${JSON.stringify(raw)} for "${shown}" flag: ${why}`);
  switch (d.kind) {
    case 'bool': {
      const v = parseGoBool(raw);
      if (v === undefined) throw invalid(`strconv.ParseBool: parsing ${JSON.stringify(raw)}: invalid syntax`);
      return v;
    }
    case 'string':
      return raw;
    case 'int': {
      if (!/^[+-]?\d+$/.test(raw)) throw invalid(`strconv.ParseInt: parsing ${JSON.stringify(raw)}: invalid syntax`);
      return Number(raw);
    }
    case 'duration': {
      const v = parseGoDuration(raw);
      if (v === undefined) throw invalid(`time: invalid duration ${JSON.stringify(raw)}`);
      return v;
    }
    case 'stringSlice': {
      // pflag: the first explicit use replaces the default, later uses append.
      const items = raw.split(',');
      return previous !== undefined ? [...(previous as string[]), ...items] : items;
    }
  }
}

function parseGoBool(raw: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(raw)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(raw)) return false;
  return undefined;
}
