// Links from the player to the notes, under the site's base path (GitHub Pages serves a project
// site under /<repository>/, so a root-relative '/kubelet/' would break there).
import type { Lang } from '../../src/sim/scenarios/types.ts';

/** Component kinds that have a note of the same slug. */
const NOTE_FOR_KIND = new Set(['etcd', 'kube-apiserver', 'kube-scheduler', 'kube-controller-manager', 'kubelet', 'kube-proxy', 'container-runtime']);

export function withBase(base: string, path: string): string {
  return (base.endsWith('/') ? base : base + '/') + path.replace(/^\/+/, '');
}

export function noteHref(kind: string, lang: Lang, base: string = import.meta.env.BASE_URL ?? '/'): string | undefined {
  if (!NOTE_FOR_KIND.has(kind)) return undefined;
  return withBase(base, `${lang === 'en' ? 'en/' : ''}${kind}/`);
}
