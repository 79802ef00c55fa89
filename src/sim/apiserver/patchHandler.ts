// The API server's patch handler for the patches clients send (kubectl patch, set, apply): the body
// is applied to the current object's JSON with the request's patch type, failures become the
// handler's Status (400 for a malformed body, 422 for a JSON patch that does not apply, a 500
// without reason for strategic-merge errors it passes on). The main resource ignores status: the
// strategies' PrepareForUpdate keeps the old one.
import type { KubeObject } from '../api/types.ts';
import { applyPatchOfType, PatchError, type PatchType } from '../api/patch/applyPatch.ts';
import { failure, type ApiFailure } from './protocol.ts';
import { semanticEqual } from './semanticEqual.ts';

export function patchedByClient(kind: string, current: KubeObject, type: PatchType, body: unknown): { ok: true; object: KubeObject } | { ok: false; failure: ApiFailure } {
  try {
    const patched = applyPatchOfType(type, current, body, kind);
    if (patched === null || typeof patched !== 'object' || Array.isArray(patched)) return { ok: false, failure: failure('BadRequest', 'the body of the request was in an unknown format') };
    const next = { ...patched } as KubeObject;
    if (current.status === undefined) delete next.status;
    else next.status = current.status;
    return { ok: true, object: next };
  } catch (e) {
    if (!(e instanceof PatchError)) throw e;
    const f = failure(e.reason, e.message);
    return { ok: false, failure: e.reason === 'Invalid' ? { ...f, details: { kind: '', name: '', causes: [] } } : f };
  }
}

/** True when the patched object is the current one (resourceVersion and generation aside). */
export function unchangedByPatch(next: KubeObject, current: KubeObject): boolean {
  const bare = (o: KubeObject) => ({ ...o, metadata: { ...o.metadata, resourceVersion: undefined, generation: undefined } });
  return semanticEqual(bare(next), bare(current));
}
