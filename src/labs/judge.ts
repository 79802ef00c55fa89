// A small vocabulary for checkers: read objects through the engine's public API and collect what
// differs from the task, each as a finding in the reader's terms. Checkers never see the commands.
import type { Cluster, KubeObject } from '../sim/index.ts';
import type { Text } from './types.ts';
import { nounKo } from '../i18n/narration/korean.ts';
import { nounEn } from '../i18n/narration/english.ts';
import { countMismatch, missing, mismatch, note, stillThere, type Subject } from './findings.ts';

const CLUSTER_SCOPED = new Set(['nodes', 'namespaces', 'priorityclasses', 'clusterroles', 'clusterrolebindings']);

/** Korean and English names of a kind, from the narration's nouns (one source for both). */
export function kindNames(resource: string): { ko: string; en: string } {
  return { ko: nounKo(resource), en: nounEn(resource) };
}

export class Judge {
  readonly findings: Text[] = [];
  constructor(readonly cluster: Cluster) {}

  subject(resource: string, name: string, namespace?: string): Subject {
    const k = kindNames(resource);
    return { kindKo: k.ko, kindEn: k.en, name, namespace, clusterScoped: CLUSTER_SCOPED.has(resource) };
  }

  /** The object, or a finding that it is missing. */
  get(resource: string, name: string, namespace?: string): KubeObject | undefined {
    const obj = this.cluster.getObject(resource, namespace, name);
    if (!obj || obj.metadata.deletionTimestamp) this.findings.push(missing(this.subject(resource, name, namespace)));
    return obj && !obj.metadata.deletionTimestamp ? obj : undefined;
  }

  /** A finding unless the object is gone (or being deleted). */
  absent(resource: string, name: string, namespace?: string): void {
    const obj = this.cluster.getObject(resource, namespace, name);
    if (obj && !obj.metadata.deletionTimestamp) this.findings.push(stillThere(this.subject(resource, name, namespace)));
  }

  /** Compares one field; values are compared as JSON (so label maps compare by content). */
  field(obj: KubeObject, resource: string, label: Text, actual: unknown, expected: unknown): boolean {
    if (sameValue(actual, expected)) return true;
    this.findings.push(mismatch(this.subject(resource, obj.metadata.name ?? '', obj.metadata.namespace), label, actual, expected));
    return false;
  }

  /** Every expected label is on the object with its value (other labels may be there too). */
  labels(obj: KubeObject, resource: string, expected: Record<string, string>, where: 'metadata' | 'template' = 'metadata'): boolean {
    const labels = where === 'metadata' ? obj.metadata.labels ?? {} : templateLabels(obj);
    let ok = true;
    for (const [key, value] of Object.entries(expected)) {
      const label = where === 'metadata'
        // The Korean noun comes last so the particle attaches to it, not to the key.
        ? { ko: `\`${key}\` 레이블`, en: `label ${key}` }
        : { ko: `파드 템플릿의 \`${key}\` 레이블`, en: `pod template label ${key}` };
      ok = this.field(obj, resource, label, labels[key], value) && ok;
    }
    return ok;
  }

  fail(ko: string, en: string): void {
    this.findings.push(note(ko, en));
  }

  /** A finding unless there are `expected` of something (`what`: "pods with label `app=web`"). */
  count(what: Text, actual: number, expected: number): boolean {
    if (actual === expected) return true;
    this.findings.push(countMismatch(what, actual, expected));
    return false;
  }

  /** Pods of a namespace that carry every given label and are not being deleted. */
  pods(namespace: string, labels: Record<string, string>): KubeObject[] {
    return this.cluster.listObjects('pods', namespace).filter((p) =>
      !p.metadata.deletionTimestamp && Object.entries(labels).every(([k, v]) => p.metadata.labels?.[k] === v));
  }

  /** The pod runs (phase Running) on the given node. */
  runsOn(pod: KubeObject, node: string): boolean {
    return this.field(pod, 'pods', { ko: '노드', en: 'node' }, podNode(pod), node)
      && this.field(pod, 'pods', { ko: '단계(phase)', en: 'phase' }, podPhase(pod), 'Running');
  }
}

/** `app=web,tier=db` as a reader writes a selector. */
export function selectorText(labels: Record<string, string>): string {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(',');
}

function templateLabels(obj: KubeObject): Record<string, string> {
  const spec = obj.spec as { template?: { metadata?: { labels?: Record<string, string> } } } | undefined;
  return spec?.template?.metadata?.labels ?? {};
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  }
  return v;
}

/** Typed reads of the fields tasks ask about most. */
export function podContainers(obj: KubeObject): { name: string; image: string; ports?: { containerPort: number }[]; command?: string[]; args?: string[] }[] {
  const spec = obj.spec as { containers?: unknown } | undefined;
  return Array.isArray(spec?.containers) ? (spec.containers as never[]) : [];
}

export function templateContainers(obj: KubeObject): ReturnType<typeof podContainers> {
  const spec = obj.spec as { template?: { spec?: { containers?: unknown } } } | undefined;
  const containers = spec?.template?.spec?.containers;
  return Array.isArray(containers) ? (containers as never[]) : [];
}

export function specReplicas(obj: KubeObject): number | undefined {
  return (obj.spec as { replicas?: number } | undefined)?.replicas;
}

export function podPhase(obj: KubeObject): string | undefined {
  return (obj.status as { phase?: string } | undefined)?.phase;
}

export function podNode(obj: KubeObject): string | undefined {
  return (obj.spec as { nodeName?: string } | undefined)?.nodeName;
}

/** The value of `--flag=value` in the first container's command (control plane static pods keep their options there). */
export function containerFlag(pod: KubeObject | undefined, flag: string): string | undefined {
  const container = pod ? podContainers(pod)[0] : undefined;
  const prefix = `--${flag}=`;
  return [...(container?.command ?? []), ...(container?.args ?? [])].find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

/** A mirror pod of a static pod: the kubelet that runs it is its owner (kind Node). */
export function isStaticPod(pod: KubeObject): boolean {
  return (pod.metadata.ownerReferences ?? []).some((o) => o.kind === 'Node');
}

/** The control plane pod of a component (`kube-apiserver`, `etcd`...), found by its `component` label. */
export function controlPlanePod(cluster: Cluster, component: string): KubeObject | undefined {
  return cluster.listObjects('pods', 'kube-system').find((p) => p.metadata.labels?.component === component && isStaticPod(p));
}

export function nodeTaints(node: KubeObject): { key: string; value?: string; effect: string }[] {
  return (node.spec as { taints?: { key: string; value?: string; effect: string }[] } | undefined)?.taints ?? [];
}

export function nodeInfo(node: KubeObject | undefined): Record<string, string> {
  return (node?.status as { nodeInfo?: Record<string, string> } | undefined)?.nodeInfo ?? {};
}

export function podSpecField<T>(pod: KubeObject, name: string): T | undefined {
  return (pod.spec as Record<string, unknown> | undefined)?.[name] as T | undefined;
}

/** The value etcd holds under a key, read as kube-apiserver reads it (its --etcd-servers, its client certificate), or undefined. */
export function etcdValue(cluster: Cluster, key: string): string | undefined {
  const endpoints = containerFlag(controlPlanePod(cluster, 'kube-apiserver'), 'etcd-servers') ?? 'https://127.0.0.1:2379';
  // Explicit flags: the check must not depend on what the reader exported or unset in the shell.
  const r = cluster.exec(`ETCDCTL_API=3 etcdctl --endpoints=${endpoints} --cacert=/etc/kubernetes/pki/etcd/ca.crt ` +
    `--cert=/etc/kubernetes/pki/apiserver-etcd-client.crt --key=/etc/kubernetes/pki/apiserver-etcd-client.key get '${key}' --print-value-only`);
  return r.exitCode === 0 && r.stdout !== '' ? r.stdout.replace(/\n$/, '') : undefined;
}

/** The JSON in a text (a saved API answer, a snapshot file), or undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A file the terminal session wrote (a redirection, `etcdctl snapshot save`), or undefined. */
export function sessionFile(cluster: Cluster, path: string): string | undefined {
  const r = cluster.exec(`cat '${path}'`);
  return r.exitCode === 0 ? r.stdout : undefined;
}

export function containerStatuses(pod: KubeObject): { name: string; ready: boolean; restartCount: number }[] {
  return (pod.status as { containerStatuses?: { name: string; ready: boolean; restartCount: number }[] } | undefined)?.containerStatuses ?? [];
}

/** kubectl's READY column: `ready/total`. */
export function readyText(pod: KubeObject): string {
  const statuses = containerStatuses(pod);
  return `${statuses.filter((s) => s.ready).length}/${podContainers(pod).length}`;
}
