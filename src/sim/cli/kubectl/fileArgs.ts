import type { KubeObject } from '../../api/types.ts';
import type { CommandIO } from '../command.ts';
import { ManifestError, parseManifests } from './manifests.ts';

/** Reads every -f argument (files given to exec, or '-' for stdin) into objects with their source. */
export interface SourcedObject {
  obj: KubeObject;
  source: string;
}

export function readFileArgs(io: CommandIO, files: string[]): { objects: SourcedObject[]; error?: string } {
  const objects: SourcedObject[] = [];
  for (const f of files) {
    let text: string | undefined;
    let source = f;
    if (f === '-') {
      text = io.stdin ?? '';
      source = 'STDIN';
    } else {
      text = io.files[f] ?? io.files[f.replace(/^\.\//, '')];
    }
    if (text === undefined) return { objects, error: `error: the path "${f}" does not exist` };
    try {
      for (const obj of parseManifests(text, source)) objects.push({ obj, source });
    } catch (e) {
      if (e instanceof ManifestError) return { objects, error: `error: ${e.message}` };
      throw e;
    }
  }
  if (objects.length === 0) return { objects, error: 'error: no objects passed to create' };
  return { objects };
}

/** Client-side checks kubectl runs before sending (apiVersion/kind set, known kind). */
export function validateClientSide(obj: KubeObject, source: string, validate = true): string | undefined {
  if (!validate) {
    // Without validation the decoder still needs the kind (sigs.k8s.io/yaml gives sorted-key JSON).
    if (!obj.kind) return `error: unable to decode "${source}": Object 'Kind' is missing in '${sortedJson(obj)}'`;
    if (!obj.apiVersion) return `error: unable to decode "${source}": Object 'apiVersion' is missing in '${sortedJson(obj)}'`;
    return undefined;
  }
  const missing: string[] = [];
  if (!obj.apiVersion) missing.push('apiVersion not set');
  if (!obj.kind) missing.push('kind not set');
  if (missing.length) {
    const detail = missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`;
    return `error: error validating "${source}": error validating data: ${detail}; if you choose to ignore these errors, turn validation off with --validate=false`;
  }
  return undefined;
}

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}
