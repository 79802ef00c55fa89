// The data sources of `kubectl create configmap` and `kubectl create secret generic`
// (--from-literal, --from-file with a file, KEY=file or a directory, --from-env-file), as kubectl
// 1.33's create_configmap.go / create_secret.go and cmdutil's env-file reader turn them into keys.
import { configKeyErrors } from '../../../api/configKeys.ts';
import type { CommandIO } from '../../command.ts';

export class DataSourceError extends Error {}

/** What the data is for: error texts name the kind. */
export type DataKind = 'ConfigMap' | 'Secret';

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

function envNameErrors(key: string): string[] {
  const errors: string[] = [];
  if (!ENV_NAME.test(key)) {
    errors.push("a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')");
  }
  return errors;
}

/** Keys in the order they were added, with their text values. */
export type DataEntries = [key: string, value: string][];

function add(entries: DataEntries, kind: DataKind, name: string, key: string, value: string): void {
  const problems = configKeyErrors(key);
  if (problems.length) {
    // kubectl words the two kinds' errors differently (create_configmap.go vs create_secret.go).
    throw new DataSourceError(kind === 'ConfigMap'
      ? `${JSON.stringify(key)} is not a valid key name for a ConfigMap: ${problems.join(';')}`
      : `${JSON.stringify(key)} is not valid key name for a Secret ${problems.join(';')}`);
  }
  if (entries.some(([k]) => k === key)) {
    throw new DataSourceError(kind === 'ConfigMap'
      ? `cannot add key ${JSON.stringify(key)}, another key by that name already exists in Data for ConfigMap ${JSON.stringify(name)}`
      : `cannot add key ${key}, another key by that name already exists`);
  }
  entries.push([key, value]);
}

function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** The session's files directly inside a directory (the terminal's files are a flat map of paths). */
function directoryFiles(io: CommandIO, dir: string): string[] | undefined {
  const prefix = `${dir.replace(/^\.\//, '').replace(/\/+$/, '')}/`;
  const inside = Object.keys(io.files).filter((p) => p.startsWith(prefix));
  if (!inside.length) return undefined;
  return inside.filter((p) => !p.slice(prefix.length).includes('/')).sort();
}

function readFile(io: CommandIO, path: string): string | undefined {
  return io.files[path] ?? io.files[path.replace(/^\.\//, '')];
}

export interface DataSourceFlags {
  literals: string[];
  files: string[];
  envFiles: string[];
}

/** The keys and values of all sources, in kubectl's order: files, then literals, then env files. */
export function readDataSources(io: CommandIO, kind: DataKind, name: string, flags: DataSourceFlags): DataEntries {
  if (flags.envFiles.length && (flags.files.length || flags.literals.length)) {
    throw new DataSourceError('from-env-file cannot be combined with from-file or from-literal');
  }
  const entries: DataEntries = [];
  for (const source of flags.files) {
    const eq = source.indexOf('=');
    const key = eq < 0 ? undefined : source.slice(0, eq);
    const path = eq < 0 ? source : source.slice(eq + 1);
    if (key !== undefined && (key === '' || path === '')) {
      throw new DataSourceError(`key names or file paths cannot be empty`);
    }
    const text = readFile(io, path);
    if (text !== undefined) {
      add(entries, kind, name, key ?? basename(path), text);
      continue;
    }
    const inside = directoryFiles(io, path);
    if (!inside) throw new DataSourceError(`error reading ${path}: no such file or directory`);
    if (key !== undefined) throw new DataSourceError(`cannot give a key name for a directory path`);
    for (const file of inside) {
      const fileKey = basename(file);
      // kubectl skips files in a directory whose names are not valid keys.
      if (configKeyErrors(fileKey).length) continue;
      add(entries, kind, name, fileKey, io.files[file]);
    }
  }
  for (const literal of flags.literals) {
    const eq = literal.indexOf('=');
    if (eq < 0) throw new DataSourceError(`invalid literal source ${literal}, expected key=value`);
    add(entries, kind, name, literal.slice(0, eq), literal.slice(eq + 1));
  }
  for (const path of flags.envFiles) {
    const text = readFile(io, path);
    if (text === undefined) throw new DataSourceError(`error reading ${path}: no such file or directory`);
    text.replace(/^\uFEFF/, '').split('\n').forEach((raw, i) => {
      const line = raw.replace(/\r$/, '').replace(/^\s+/, '');
      if (!line || line.startsWith('#')) return;
      const eq = line.indexOf('=');
      const key = eq < 0 ? line : line.slice(0, eq);
      const problems = envNameErrors(key);
      if (problems.length) throw new DataSourceError(`${JSON.stringify(key)} is not a valid key name: ${problems.join(';')}`);
      // A line without '=' takes the variable from kubectl's own environment, which has none of them.
      if (eq < 0) return;
      void i;
      add(entries, kind, name, key, line.slice(eq + 1));
    });
  }
  return entries;
}
