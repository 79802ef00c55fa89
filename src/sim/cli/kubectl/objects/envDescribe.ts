// How kubectl describe prints a container's environment (describe.go describeContainerEnvFrom and
// describeContainerEnvVars): envFrom sources, plain values, and references to ConfigMap and Secret
// keys (never their values). Returns the lines at the container's indentation + 1 level.
import type { Container } from '../../../api/types.ts';

interface KeyRef { name?: string; key?: string; optional?: boolean }
interface EnvVar { name: string; value?: string; valueFrom?: { configMapKeyRef?: KeyRef; secretKeyRef?: KeyRef; fieldRef?: { fieldPath?: string; apiVersion?: string }; resourceFieldRef?: { resource?: string; containerName?: string } } }
interface EnvFrom { prefix?: string; configMapRef?: { name?: string; optional?: boolean }; secretRef?: { name?: string; optional?: boolean } }

/** [indent level, text] pairs relative to the container (0 = the "Environment:" line). */
export function containerEnvLines(c: Container): [number, string][] {
  const lines: [number, string][] = [];
  const envFrom = (Array.isArray(c.envFrom) ? c.envFrom : []) as EnvFrom[];
  if (envFrom.length) {
    lines.push([0, 'Environment Variables from:\n']);
    for (const e of envFrom) {
      const [from, ref] = e.configMapRef ? ['ConfigMap', e.configMapRef] : ['Secret', e.secretRef];
      const source = e.prefix ? `${from} with prefix '${e.prefix}'` : from;
      lines.push([1, `${ref?.name ?? ''}\t${source}\tOptional: ${!!ref?.optional}\n`]);
    }
  }
  const env = (c.env ?? []) as EnvVar[];
  lines.push([0, `Environment:${env.length ? '' : '\t<none>'}\n`]);
  for (const e of env) {
    const vf = e.valueFrom;
    if (!vf) {
      (e.value ?? '').split('\n').forEach((part, i) => lines.push([1, i === 0 ? `${e.name}:\t${part}\n` : `\t${part}\n`]));
    } else if (vf.secretKeyRef) {
      lines.push([1, `${e.name}:\t<set to the key '${vf.secretKeyRef.key ?? ''}' in secret '${vf.secretKeyRef.name ?? ''}'>\tOptional: ${!!vf.secretKeyRef.optional}\n`]);
    } else if (vf.configMapKeyRef) {
      lines.push([1, `${e.name}:\t<set to the key '${vf.configMapKeyRef.key ?? ''}' of config map '${vf.configMapKeyRef.name ?? ''}'>\tOptional: ${!!vf.configMapKeyRef.optional}\n`]);
    } else if (vf.fieldRef) {
      lines.push([1, `${e.name}:\t (${vf.fieldRef.apiVersion ?? 'v1'}:${vf.fieldRef.fieldPath ?? ''})\n`]);
    } else {
      lines.push([1, `${e.name}:\t\n`]);
    }
  }
  return lines;
}
