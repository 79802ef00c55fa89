// A small vocabulary for checkers: read objects through the engine's public API and collect what
// differs from the task, each as a finding in the reader's terms. Checkers never see the commands.
import type { Cluster, KubeObject } from '../sim/index.ts';
import type { Text } from './types.ts';
import { missing, mismatch, note, stillThere, type Subject } from './findings.ts';

/** Korean and English names of the kinds tasks talk about. */
const KIND_NAMES: Record<string, { ko: string; en: string }> = {
  pods: { ko: '파드', en: 'pod' },
  deployments: { ko: '디플로이먼트', en: 'Deployment' },
  replicasets: { ko: '레플리카셋', en: 'ReplicaSet' },
  services: { ko: '서비스', en: 'Service' },
  namespaces: { ko: '네임스페이스', en: 'Namespace' },
  nodes: { ko: '노드', en: 'node' },
  resourcequotas: { ko: '리소스쿼터', en: 'ResourceQuota' },
  daemonsets: { ko: '데몬셋', en: 'DaemonSet' },
  configmaps: { ko: '컨피그맵', en: 'ConfigMap' },
};

export function kindNames(resource: string): { ko: string; en: string } {
  return KIND_NAMES[resource] ?? { ko: resource, en: resource };
}

export class Judge {
  readonly findings: Text[] = [];
  constructor(readonly cluster: Cluster) {}

  subject(resource: string, name: string, namespace?: string): Subject {
    const k = kindNames(resource);
    return { kindKo: k.ko, kindEn: k.en, name, namespace };
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
        ? { ko: `레이블 ${key}`, en: `label ${key}` }
        : { ko: `파드 템플릿의 레이블 ${key}`, en: `pod template label ${key}` };
      ok = this.field(obj, resource, label, labels[key], value) && ok;
    }
    return ok;
  }

  fail(ko: string, en: string): void {
    this.findings.push(note(ko, en));
  }
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
