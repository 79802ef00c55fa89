import { formatBytes, formatMilli, intValue, milliValue } from '../../../api/quantity.ts';
import type { Container, ContainerState, KubeEvent, KubeObject, Lease, Node, Pod } from '../../../api/types.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, out, type CommandGenerator } from '../../command.ts';
import { age } from '../age.ts';
import { describeEvents, DescribeWriter, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from '../describeWriter.ts';
import { nodeRoles } from '../podStatus.ts';
import { containerEnvLines } from '../objects/envDescribe.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { parseTargets, TargetError } from '../targets.ts';

/** Describers per resource; other modules add theirs (deployments, services, ...). */
export type Describer = (ctx: KubectlContext, obj: KubeObject, events: KubeEvent[]) => Generator<import('../../command.ts').Effect, string, unknown>;
const describers = new Map<string, Describer>();

export function registerDescriber(resource: string, d: Describer): void {
  describers.set(resource, d);
}

function* describe(ctx: KubectlContext): CommandGenerator {
  const { io } = ctx;
  if (ctx.args.length === 0) {
    err(io, 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
    return 1;
  }
  let targets;
  try {
    targets = parseTargets(ctx.args);
  } catch (e) {
    if (e instanceof TargetError) {
      err(io, `error: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const outputs: string[] = [];
  let exit = 0;
  for (const t of targets) {
    const namespace = t.rk.namespaced ? (ctx.flags['all-namespaces'] ? undefined : ctx.namespace) : undefined;
    let objects: KubeObject[] = [];
    if (t.names.length) {
      for (const name of t.names) {
        // describe matches by prefix when the exact name is missing (describe pods nginx -> nginx-abc).
        const r = yield* api({ verb: 'get', resource: t.rk.plural, namespace, name });
        if (r.ok && r.object) objects.push(r.object);
        else {
          const l = yield* api({ verb: 'list', resource: t.rk.plural, namespace });
          const prefixed = l.ok ? (l.items ?? []).filter((o) => o.metadata.name!.startsWith(name)) : [];
          if (prefixed.length) objects.push(...prefixed);
          else if (!r.ok) {
            err(io, kubectlErrorText(r));
            exit = 1;
          }
        }
      }
    } else {
      const l = yield* api({ verb: 'list', resource: t.rk.plural, namespace, labelSelector: ctx.flags.selector as string | undefined });
      if (!l.ok) {
        err(io, kubectlErrorText(l));
        return 1;
      }
      objects = l.items ?? [];
      if (!objects.length) {
        err(io, t.rk.namespaced ? `No resources found in ${ctx.namespace} namespace.` : 'No resources found');
      }
    }
    for (const obj of objects) {
      let events: KubeEvent[] = [];
      if (ctx.flags['show-events'] !== false) {
        const ev = yield* api({
          verb: 'list', resource: 'events', namespace: obj.metadata.namespace ?? (t.rk.plural === 'nodes' ? undefined : 'default'),
          fieldSelector: `involvedObject.name=${obj.metadata.name},involvedObject.kind=${obj.kind}`,
        });
        if (ev.ok) events = (ev.items ?? []) as KubeEvent[];
      }
      const d = describers.get(t.rk.plural) ?? describeGeneric;
      outputs.push(yield* d(ctx, obj, events));
    }
  }
  if (outputs.length) out(io, outputs.join('\n\n'));
  return exit;
}

function* describeGeneric(ctx: KubectlContext, obj: KubeObject, events: KubeEvent[]): Generator<never, string, unknown> {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  if (obj.metadata.namespace) w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  printLabelsMultiline(w, 'Labels', obj.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  if (obj.kind === 'Namespace') {
    w.write(0, `Status:\t${(obj.status as { phase?: string })?.phase ?? ''}\n`);
    w.write(0, '\nNo resource quota.\n\nNo LimitRange resource.\n');
    return w.toString();
  }
  describeEvents(w, events, ctx.io.now());
  return w.toString();
}

// ---- pods ----

function describeStatus(w: DescribeWriter, title: string, state: ContainerState | undefined): void {
  if (state?.running) {
    w.write(2, `${title}:\tRunning\n`);
    w.write(3, `Started:\t${rfc1123z(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    w.write(2, `${title}:\tWaiting\n`);
    if (state.waiting.reason) w.write(3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(2, `${title}:\tTerminated\n`);
    if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(3, `Message:\t${t.message}\n`);
    w.write(3, `Exit Code:\t${t.exitCode}\n`);
    if (t.signal) w.write(3, `Signal:\t${t.signal}\n`);
    w.write(3, `Started:\t${rfc1123z(t.startedAt)}\n`);
    w.write(3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
  } else w.write(2, `${title}:\tWaiting\n`);
}

export function describeContainers(w: DescribeWriter, label: string, containers: Container[], pod: Pod | undefined, space = ''): void {
  w.write(0, `${space}${label}:${containers.length ? '' : ' <none>'}\n`);
  for (const c of containers) {
    const status = pod?.status?.containerStatuses?.find((s) => s.name === c.name);
    w.write(1, `${space ? ' ' : ''}${c.name}:\n`);
    if (status) w.write(2, `Container ID:\t${status.containerID ?? ''}\n`);
    w.write(2, `Image:\t${c.image ?? ''}\n`);
    if (status) w.write(2, `Image ID:\t${status.imageID ?? ''}\n`);
    const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ');
    const hostPorts = (c.ports ?? []).map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(', ');
    w.write(2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${ports || '<none>'}\n`);
    w.write(2, hostPorts.includes(',') ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${hostPorts || '<none>'}\n`);
    if (c.command?.length) {
      w.write(2, 'Command:\n');
      for (const s of c.command) for (const l of s.split('\n')) w.write(3, `${l}\n`);
    }
    if (c.args?.length) {
      w.write(2, 'Args:\n');
      for (const s of c.args) for (const l of s.split('\n')) w.write(3, `${l}\n`);
    }
    if (status) {
      describeStatus(w, 'State', status.state);
      if (status.lastState?.terminated) describeStatus(w, 'Last State', status.lastState);
      w.write(2, `Ready:\t${status.ready ? 'True' : 'False'}\n`);
      w.write(2, `Restart Count:\t${status.restartCount}\n`);
    }
    const res = c.resources ?? {};
    for (const kind of ['limits', 'requests'] as const) {
      const list = res[kind] ?? {};
      const names = Object.keys(list).sort();
      if (names.length) w.write(2, `${kind === 'limits' ? 'Limits' : 'Requests'}:\n`);
      for (const n of names) w.write(3, `${n}:\t${list[n]}\n`);
    }
    for (const [level, text] of containerEnvLines(c)) w.write(2 + level, text);
    const mounts = ((c.volumeMounts as { mountPath: string; name: string; readOnly?: boolean; subPath?: string }[]) ?? []).slice().sort((a, b) => (a.mountPath < b.mountPath ? -1 : 1));
    w.write(2, `Mounts:${mounts.length ? '' : '\t<none>'}\n`);
    for (const m of mounts) w.write(3, `${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'}${m.subPath ? `,path="${m.subPath}"` : ''})\n`);
  }
}

function describeVolumes(w: DescribeWriter, volumes: Record<string, unknown>[] | undefined, space = ''): void {
  if (!volumes || !volumes.length) {
    w.write(0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(1, `${space ? ' ' : ''}${v.name}:\n`);
    const projected = v.projected as { sources?: Record<string, Record<string, unknown>>[] } | undefined;
    const hostPath = v.hostPath as { path: string; type?: string } | undefined;
    if (projected) {
      w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
      for (const s of projected.sources ?? []) {
        if (s.secret) w.write(2, `SecretName:\t${s.secret.name}\n    Optional:\t${!!s.secret.optional}\n`);
        else if (s.downwardAPI) w.write(2, 'DownwardAPI:\ttrue\n');
        else if (s.configMap) w.write(2, `ConfigMapName:\t${s.configMap.name}\n    Optional:\t${!!s.configMap.optional}\n`);
        else if (s.serviceAccountToken) w.write(2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds}\n`);
      }
    } else if (hostPath) {
      w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${hostPath.path}\n    HostPathType:\t${hostPath.type || '<none>'}\n`);
    } else if (v.emptyDir) {
      const ed = v.emptyDir as { medium?: string; sizeLimit?: string };
      w.write(2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${ed.medium ?? ''}\n    SizeLimit:\t${ed.sizeLimit ?? '<unset>'}\n`);
    } else if (v.configMap) {
      const cm = v.configMap as { name: string; optional?: boolean };
      w.write(2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${cm.name}\n    Optional:\t${!!cm.optional}\n`);
    } else w.write(1, '<unknown>\n');
  }
}

function printTolerations(w: DescribeWriter, title: string, tolerations: Pod['spec']['tolerations'], initialIndent = ''): void {
  w.write(0, `${initialIndent}${title}:\t`);
  const list = [...(tolerations ?? [])].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0));
  if (!list.length) return w.line('<none>');
  list.forEach((t, i) => {
    if (i) w.write(0, `${initialIndent}\t`);
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${s}\n`);
  });
}

function* describePod(ctx: KubectlContext, obj: KubeObject, events: KubeEvent[]): Generator<never, string, unknown> {
  const pod = obj as Pod;
  const now = ctx.io.now();
  const w = new DescribeWriter();
  w.write(0, `Name:\t${pod.metadata.name}\n`);
  w.write(0, `Namespace:\t${pod.metadata.namespace}\n`);
  if (pod.spec.priority !== undefined) w.write(0, `Priority:\t${pod.spec.priority}\n`);
  if (pod.spec.priorityClassName) w.write(0, `Priority Class Name:\t${pod.spec.priorityClassName}\n`);
  if (pod.spec.serviceAccountName) w.write(0, `Service Account:\t${pod.spec.serviceAccountName}\n`);
  w.write(0, pod.spec.nodeName ? `Node:\t${pod.spec.nodeName}/${pod.status?.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (pod.status?.startTime) w.write(0, `Start Time:\t${rfc1123z(pod.status.startTime)}\n`);
  printLabelsMultiline(w, 'Labels', pod.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', pod.metadata.annotations);
  const phase = pod.status?.phase ?? '';
  if (pod.metadata.deletionTimestamp && phase !== 'Failed' && phase !== 'Succeeded') {
    w.write(0, `Status:\tTerminating (lasts ${age(pod.metadata.deletionTimestamp, now)})\n`);
    w.write(0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 0}s\n`);
  } else w.write(0, `Status:\t${phase}\n`);
  if (pod.status?.reason) w.write(0, `Reason:\t${pod.status.reason}\n`);
  if (pod.status?.message) w.write(0, `Message:\t${pod.status.message}\n`);
  w.write(0, `IP:\t${pod.status?.podIP ?? ''}\n`);
  const ips = pod.status?.podIPs ?? [];
  if (!ips.length) w.write(0, 'IPs:\t<none>\n');
  else {
    w.write(0, 'IPs:\n');
    for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`);
  }
  const controller = pod.metadata.ownerReferences?.find((o) => o.controller);
  if (controller) w.write(0, `Controlled By:\t${controller.kind}/${controller.name}\n`);
  if (pod.status?.nominatedNodeName) w.write(0, `NominatedNodeName:\t${pod.status.nominatedNodeName}\n`);
  if (pod.spec.initContainers?.length) describeContainers(w, 'Init Containers', pod.spec.initContainers, pod);
  describeContainers(w, 'Containers', pod.spec.containers, pod);
  const conditions = pod.status?.conditions ?? [];
  if (conditions.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of conditions) w.write(1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(w, pod.spec.volumes as Record<string, unknown>[] | undefined);
  w.write(0, `QoS Class:\t${pod.status?.qosClass ?? 'BestEffort'}\n`);
  printLabelsMultiline(w, 'Node-Selectors', pod.spec.nodeSelector);
  printTolerations(w, 'Tolerations', pod.spec.tolerations);
  describeEvents(w, events, now);
  return w.toString();
}

// ---- nodes ----

function* describeNode(ctx: KubectlContext, obj: KubeObject, events: KubeEvent[]): Generator<import('../../command.ts').Effect, string, unknown> {
  const node = obj as Node;
  const now = ctx.io.now();
  const podsResp = (yield { type: 'api', request: { verb: 'list', resource: 'pods', fieldSelector: `spec.nodeName=${node.metadata.name},status.phase!=Succeeded,status.phase!=Failed` } }) as { ok: boolean; items?: Pod[] };
  const leaseResp = (yield { type: 'api', request: { verb: 'get', resource: 'leases', namespace: 'kube-node-lease', name: node.metadata.name } }) as { ok: boolean; object?: Lease };
  const w = new DescribeWriter();
  w.write(0, `Name:\t${node.metadata.name}\n`);
  w.write(0, `Roles:\t${nodeRoles(node)}\n`);
  printLabelsMultiline(w, 'Labels', node.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', node.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}\n`);
  const taints = [...(node.spec.taints ?? [])].sort((a, b) => (`${a.effect},${a.key}` < `${b.effect},${b.key}` ? -1 : 1));
  w.write(0, 'Taints:\t');
  if (!taints.length) w.line('<none>');
  taints.forEach((t, i) => {
    if (i) w.write(0, '\t');
    w.write(0, `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}\n`);
  });
  w.write(0, `Unschedulable:\t${!!node.spec.unschedulable}\n`);
  if (leaseResp.ok && leaseResp.object) {
    const spec = leaseResp.object.spec;
    w.write(0, 'Lease:\n');
    w.write(1, `HolderIdentity:\t${spec.holderIdentity ?? '<unset>'}\n`);
    w.write(1, `AcquireTime:\t${spec.acquireTime ? rfc1123z(spec.acquireTime) : '<unset>'}\n`);
    w.write(1, `RenewTime:\t${spec.renewTime ? rfc1123z(spec.renewTime.replace(/\.\d+Z$/, 'Z')) : '<unset>'}\n`);
  } else w.write(0, `Lease:\tFailed to get lease: leases.coordination.k8s.io "${node.metadata.name}" not found\n`);
  const conditions = node.status?.conditions ?? [];
  if (conditions.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conditions) {
      w.write(1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
  }
  w.write(0, 'Addresses:\n');
  for (const a of node.status?.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
  const printList = (list: Record<string, string>) => {
    for (const k of Object.keys(list).sort()) w.write(0, `  ${k}:\t${list[k]}\n`);
  };
  if (node.status?.capacity) {
    w.write(0, 'Capacity:\n');
    printList(node.status.capacity);
  }
  if (node.status?.allocatable) {
    w.write(0, 'Allocatable:\n');
    printList(node.status.allocatable);
  }
  const info = node.status?.nodeInfo;
  w.write(0, 'System Info:\n');
  w.write(0, `  Machine ID:\t${info?.machineID ?? ''}\n`);
  w.write(0, `  System UUID:\t${info?.systemUUID ?? ''}\n`);
  w.write(0, `  Boot ID:\t${info?.bootID ?? ''}\n`);
  w.write(0, `  Kernel Version:\t${info?.kernelVersion ?? ''}\n`);
  w.write(0, `  OS Image:\t${info?.osImage ?? ''}\n`);
  w.write(0, `  Operating System:\t${info?.operatingSystem ?? ''}\n`);
  w.write(0, `  Architecture:\t${info?.architecture ?? ''}\n`);
  w.write(0, `  Container Runtime Version:\t${info?.containerRuntimeVersion ?? ''}\n`);
  w.write(0, `  Kubelet Version:\t${info?.kubeletVersion ?? ''}\n`);
  w.write(0, `  Kube-Proxy Version:\t${info?.kubeProxyVersion ?? ''}\n`);
  if (node.spec.podCIDR) w.write(0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if (node.spec.podCIDRs?.length) w.write(0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
  const pods = podsResp.ok ? podsResp.items ?? [] : [];
  const alloc = node.status?.allocatable ?? node.status?.capacity ?? {};
  const allocCpu = milliValue(alloc.cpu);
  const allocMem = intValue(alloc.memory);
  const pct = (v: number, total: number) => (total > 0 ? Math.trunc((v / total) * 100) : 0);
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  let tCpuReq = 0;
  let tCpuLim = 0;
  let tMemReq = 0;
  let tMemLim = 0;
  for (const p of pods) {
    let cpuReq = 0;
    let cpuLim = 0;
    let memReq = 0;
    let memLim = 0;
    for (const c of p.spec.containers) {
      const r = c.resources ?? {};
      cpuReq += milliValue(r.requests?.cpu ?? r.limits?.cpu);
      cpuLim += milliValue(r.limits?.cpu);
      memReq += intValue(r.requests?.memory ?? r.limits?.memory);
      memLim += intValue(r.limits?.memory);
    }
    tCpuReq += cpuReq;
    tCpuLim += cpuLim;
    tMemReq += memReq;
    tMemLim += memLim;
    w.write(1, `${p.metadata.namespace}\t${p.metadata.name}\t\t${formatMilli(cpuReq)} (${pct(cpuReq, allocCpu)}%)\t${formatMilli(cpuLim)} (${pct(cpuLim, allocCpu)}%)\t${formatBytes(memReq)} (${pct(memReq, allocMem)}%)\t${formatBytes(memLim)} (${pct(memLim, allocMem)}%)\t${age(p.metadata.creationTimestamp, now)}\n`);
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  w.write(1, `cpu\t${formatMilli(tCpuReq)} (${pct(tCpuReq, allocCpu)}%)\t${formatMilli(tCpuLim)} (${pct(tCpuLim, allocCpu)}%)\n`);
  w.write(1, `memory\t${formatBytes(tMemReq)} (${pct(tMemReq, allocMem)}%)\t${formatBytes(tMemLim)} (${pct(tMemLim, allocMem)}%)\n`);
  w.write(1, 'ephemeral-storage\t0 (0%)\t0 (0%)\n');
  for (const h of Object.keys(alloc).filter((k) => k.startsWith('hugepages-')).sort()) w.write(1, `${h}\t0 (0%)\t0 (0%)\n`);
  describeEvents(w, events, now);
  return w.toString();
}

registerDescriber('pods', describePod);
registerDescriber('nodes', describeNode);

registerVerb({
  name: 'describe',
  flags: [
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all-namespaces', short: 'A', type: 'bool', default: false },
    { name: 'show-events', type: 'bool', default: true },
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
  ],
  run: describe,
});
