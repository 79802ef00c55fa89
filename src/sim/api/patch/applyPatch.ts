// The three patch types kubectl and the API server know, applied to an object's JSON: what the API
// server's patch handler does with the request body (and what kubectl does itself for --local or
// --dry-run=client). Failures are PatchErrors carrying the handler's reason and text.
import { applyMergePatch } from '../mergePatch.ts';
import { applyJsonPatch } from './jsonPatch.ts';
import { applyStrategicMergePatch, isMap, PatchError } from './strategicMerge.ts';

export type PatchType = 'strategic' | 'merge' | 'json';

/** Content-Type of each patch type (the request log shows it). */
export const PATCH_CONTENT_TYPES: Record<PatchType, string> = {
  json: 'application/json-patch+json',
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
};

export function applyPatchOfType<T extends object>(type: PatchType, current: T, patch: unknown, kind: string): T {
  if (patch instanceof UndecodedPatch) {
    // The merge patcher reports any syntax error as a bad patch; the others pass json's text on.
    throw new PatchError('BadRequest', type === 'merge' ? 'Invalid JSON Patch' : goJsonSyntaxError(patch.text));
  }
  switch (type) {
    case 'json':
      return applyJsonPatch(current, patch);
    case 'merge':
      // jsonpatch.MergePatch refuses a body that is not a JSON object.
      if (!isMap(patch)) throw new PatchError('BadRequest', 'Invalid JSON Patch');
      return applyMergePatch(current, patch);
    case 'strategic':
      return applyStrategicMergePatch(current as Record<string, unknown>, patch, kind) as T;
  }
}

export { PatchError } from './strategicMerge.ts';
export { JsonPatchApplyError, JSON_PATCH_REJECTED } from './jsonPatch.ts';

/**
 * A patch body that is not valid JSON. kubectl passes text that starts like JSON to the server as it
 * is (sigs.k8s.io/yaml leaves it alone); the handler's decoder refuses it.
 */
export class UndecodedPatch {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/**
 * encoding/json's syntax error for the text. Simplified: the end of input, or the offending
 * character "looking for beginning of value" (Go names the context more precisely).
 */
export function goJsonSyntaxError(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const at = m ? Number(m[1]) : text.length;
    if (at >= text.trimEnd().length) return 'unexpected end of JSON input';
    return `invalid character '${text[at]}' looking for beginning of value`;
  }
}
