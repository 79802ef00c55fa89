import { apiVersionOf, type ResourceKind } from '../../api/resources.ts';
import { kubectlErrorText, type ApiFailure } from '../../apiserver/protocol.ts';

/**
 * kubectl's resource builder (cli-runtime resource/selector.go) rewrites a BadRequest or NotFound
 * answer to a selector list, keeping it an API error: `Error from server (BadRequest): Unable to find
 * "/v1, Resource=pods" that match label selector "", field selector "x=y": field label not supported: x`.
 */
export function listErrorText(rk: ResourceKind, labelSelector: string | undefined, fieldSelector: string | undefined, f: ApiFailure): string {
  if (f.reason !== 'BadRequest' && f.reason !== 'NotFound') return kubectlErrorText(f);
  const gvr = `${rk.group ? apiVersionOf(rk) : `/${rk.version}`}, Resource=${rk.plural}`;
  return kubectlErrorText({ ...f, message: `Unable to find "${gvr}" that match label selector "${labelSelector ?? ''}", field selector "${fieldSelector ?? ''}": ${f.message}` });
}
