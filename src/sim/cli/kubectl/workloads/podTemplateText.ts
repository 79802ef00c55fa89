// describe.DescribePodTemplate written through a plain PrefixWriter (no tabwriter), as
// `kubectl rollout history --revision=N` prints it: the tabs stay in the output.
import { containerEnvLines } from '../objects/envDescribe.ts';
import type { Container, PodTemplateSpec, Toleration } from '../../../api/types.ts';

function labelsMultiline(title: string, labels: Record<string, string> | undefined, indent: string): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (!keys.length) return `${indent}${title}:\t<none>\n`;
  // Continuation lines carry only the inner tab (printLabelsMultilineWithIndent with no initial indent).
  return keys.map((k, i) => `${i === 0 ? `${indent}${title}:\t` : '\t'}${k}=${labels![k]}\n`).join('');
}

function container(c: Container): string {
  let s = `   ${c.name}:\n    Image:\t${c.image ?? ''}\n`;
  const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ');
  const hostPorts = (c.ports ?? []).map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(', ');
  s += ports.includes(',') ? `    Ports:\t${ports}\n` : `    Port:\t${ports || '<none>'}\n`;
  s += hostPorts.includes(',') ? `    Host Ports:\t${hostPorts}\n` : `    Host Port:\t${hostPorts || '<none>'}\n`;
  if (c.command?.length) s += `    Command:\n${c.command.map((x) => `      ${x}\n`).join('')}`;
  if (c.args?.length) s += `    Args:\n${c.args.map((x) => `      ${x}\n`).join('')}`;
  for (const kind of ['limits', 'requests'] as const) {
    const list = c.resources?.[kind] ?? {};
    const names = Object.keys(list).sort();
    if (names.length) s += `    ${kind === 'limits' ? 'Limits' : 'Requests'}:\n${names.map((n) => `      ${n}:\t${list[n]}\n`).join('')}`;
  }
  for (const [level, text] of containerEnvLines(c)) s += `${'  '.repeat(2 + level)}${text}`;
  s += '    Mounts:\t<none>\n';
  return s;
}

function tolerations(list: Toleration[] | undefined): string {
  const sorted = [...(list ?? [])].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : 1));
  if (!sorted.length) return '  Tolerations:\t<none>\n';
  return sorted.map((t, i) => {
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
    return `${i === 0 ? '  Tolerations:\t' : '\t'}${s}\n`;
  }).join('');
}

function volumesText(volumes: Record<string, Record<string, unknown>>[] | undefined): string {
  if (!volumes?.length) return '  Volumes:\t<none>\n';
  let s = '  Volumes:\n';
  for (const v of volumes) {
    s += `   ${v.name}:\n`;
    if (v.emptyDir) s += `    Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${v.emptyDir.sizeLimit ?? '<unset>'}\n`;
    else if (v.configMap) s += `    Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name}\n    Optional:\t${!!v.configMap.optional}\n`;
    else if (v.secret) s += `    Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName}\n    Optional:\t${!!v.secret.optional}\n`;
    else if (v.hostPath) s += `    Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type || '<none>'}\n`;
    else s += '  <unknown>\n';
  }
  return s;
}

export function podTemplateText(t: PodTemplateSpec): string {
  let s = 'Pod Template:\n';
  s += labelsMultiline('Labels', t.metadata?.labels, '  ');
  const ann = t.metadata?.annotations ?? {};
  if (Object.keys(ann).length) {
    s += Object.keys(ann).sort().map((k, i) => `${i === 0 ? '  Annotations:\t' : '\t'}${k}: ${ann[k]}\n`).join('');
  }
  if (t.spec.serviceAccountName) s += `  Service Account:\t${t.spec.serviceAccountName}\n`;
  if (t.spec.initContainers?.length) s += `  Init Containers:\n${t.spec.initContainers.map(container).join('')}`;
  s += `  Containers:${t.spec.containers.length ? '' : ' <none>'}\n${t.spec.containers.map(container).join('')}`;
  s += volumesText(t.spec.volumes as Record<string, Record<string, unknown>>[] | undefined);
  if (t.spec.priorityClassName) s += `  Priority Class Name:\t${t.spec.priorityClassName}\n`;
  s += labelsMultiline('Node-Selectors', t.spec.nodeSelector, '  ');
  s += tolerations(t.spec.tolerations);
  return s;
}
