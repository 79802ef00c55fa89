// What a container takes from ConfigMaps and Secrets for its environment (env[].valueFrom
// configMapKeyRef / secretKeyRef, envFrom), and the kubelet's error when one is missing
// (kubelet_pods.go makeEnvironmentVariables): the container then waits with reason
// CreateContainerConfigError and that message until the object appears.
import type { Container, KubeObject } from '../../api/types.ts';

export interface ConfigRef {
  resource: 'configmaps' | 'secrets';
  name: string;
  /** A single key (valueFrom); undefined for envFrom. */
  key?: string;
  optional: boolean;
  /** envFrom's prefix. */
  prefix?: string;
  /** The variable a valueFrom sets. */
  envName?: string;
}

interface KeyRef { name?: string; key?: string; optional?: boolean }
interface EnvFromSource { prefix?: string; configMapRef?: { name?: string; optional?: boolean }; secretRef?: { name?: string; optional?: boolean } }

export function configRefs(c: Container): ConfigRef[] {
  const refs: ConfigRef[] = [];
  for (const from of (Array.isArray(c.envFrom) ? c.envFrom : []) as EnvFromSource[]) {
    if (from?.configMapRef?.name) refs.push({ resource: 'configmaps', name: from.configMapRef.name, optional: !!from.configMapRef.optional, prefix: from.prefix });
    if (from?.secretRef?.name) refs.push({ resource: 'secrets', name: from.secretRef.name, optional: !!from.secretRef.optional, prefix: from.prefix });
  }
  for (const e of c.env ?? []) {
    const vf = (e as { valueFrom?: { configMapKeyRef?: KeyRef; secretKeyRef?: KeyRef } }).valueFrom;
    const cm = vf?.configMapKeyRef;
    const sec = vf?.secretKeyRef;
    if (cm?.name) refs.push({ resource: 'configmaps', name: cm.name, key: cm.key ?? '', optional: !!cm.optional, envName: e.name });
    if (sec?.name) refs.push({ resource: 'secrets', name: sec.name, key: sec.key ?? '', optional: !!sec.optional, envName: e.name });
  }
  return refs;
}

/** The kubelet's error for the first reference it cannot satisfy, or undefined. */
export function configError(refs: ConfigRef[], objects: Map<string, KubeObject | undefined>, namespace: string): string | undefined {
  for (const ref of refs) {
    const obj = objects.get(`${ref.resource}/${ref.name}`);
    const kind = ref.resource === 'configmaps' ? 'ConfigMap' : 'Secret';
    if (!obj) {
      if (ref.optional) continue;
      return `${ref.resource === 'configmaps' ? 'configmap' : 'secret'} "${ref.name}" not found`;
    }
    if (ref.key === undefined) continue;
    const data = { ...((obj.data as Record<string, string> | undefined) ?? {}), ...((obj.binaryData as Record<string, string> | undefined) ?? {}) };
    if (!Object.hasOwn(data, ref.key) && !ref.optional) return `couldn't find key ${ref.key} in ${kind} ${namespace}/${ref.name}`;
  }
  return undefined;
}
