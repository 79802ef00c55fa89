import { allResources, apiVersionOf, resolveResource, type ResourceKind } from '../../api/resources.ts';
import type { ApiRequest } from '../../apiserver/protocol.ts';

/** Where kubectl finds the API server: kubeadm's admin.conf points at the advertise address. */
export const API_SERVER_URL = 'https://192.168.1.10:6443';

/** The REST path of a request: /api/v1/namespaces/default/pods/nginx, /apis/apps/v1/..., with subresources. */
export function requestPath(req: ApiRequest): string {
  const rk = resolveResource(req.resource);
  const group = rk ? (rk.group ? `/apis/${apiVersionOf(rk)}` : `/api/${rk.version}`) : '/api/v1';
  const ns = rk?.namespaced !== false && req.namespace ? `/namespaces/${req.namespace}` : '';
  const name = req.name ?? (req.verb === 'create' || req.verb === 'list' ? undefined : req.body?.metadata?.name);
  const sub = req.verb === 'updateStatus' || req.verb === 'patchStatus' ? '/status' : req.verb === 'bind' ? '/binding' : req.verb === 'evict' ? '/eviction' : req.verb === 'logs' ? '/log' : '';
  return `${group}${ns}/${req.resource}${name ? `/${name}` : ''}${sub}`;
}

/** What a raw GET path names: a collection or one object of a resource kind (optionally a subresource). */
export interface RawTarget {
  rk: ResourceKind;
  namespace?: string;
  name?: string;
  subresource?: string;
}

export function parseResourcePath(path: string): RawTarget | undefined {
  const parts = path.split('/').filter((p, i) => i > 0 || p !== '');
  if (parts[parts.length - 1] === '') parts.pop();
  let group = '';
  let version: string | undefined;
  let rest: string[];
  if (parts[0] === 'api') {
    version = parts[1];
    rest = parts.slice(2);
  } else if (parts[0] === 'apis') {
    group = parts[1];
    version = parts[2];
    rest = parts.slice(3);
  } else return undefined;
  if (!version) return undefined;
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [plural, name, subresource, ...extra] = rest;
  if (!plural || extra.length) return undefined;
  const rk = allResources().find((r) => r.plural === plural && r.group === group && r.version === version);
  if (!rk || (namespace !== undefined && !rk.namespaced)) return undefined;
  return { rk, namespace, name, subresource };
}
