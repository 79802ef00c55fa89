import type { Node, Pod } from '../../api/types.ts';

/**
 * kubectl's STATUS/READY/RESTARTS columns for pods (printers.go printPod) and STATUS for nodes
 * (printNode). These are display reasons, not phases (k8s-facts 5.4).
 */
export function podStatusText(pod: Pod): string {
  let reason: string = pod.status?.reason || pod.status?.phase || 'Pending';
  const statuses = pod.status?.containerStatuses ?? [];
  let hasRunning = false;
  for (let i = statuses.length - 1; i >= 0; i--) {
    const c = statuses[i];
    if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state?.terminated?.reason) reason = c.state.terminated.reason;
    else if (c.state?.terminated) reason = c.state.terminated.signal ? `Signal:${c.state.terminated.signal}` : `ExitCode:${c.state.terminated.exitCode}`;
    else if (c.ready && c.state?.running) hasRunning = true;
  }
  if (reason === 'Completed' && hasRunning) {
    reason = (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
  }
  if (pod.metadata.deletionTimestamp && pod.status?.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed') reason = 'Terminating';
  return reason;
}

export function podReadyText(pod: Pod): string {
  const total = (pod.spec.containers ?? []).length;
  const ready = (pod.status?.containerStatuses ?? []).filter((c) => c.ready && c.state?.running).length;
  return `${ready}/${total}`;
}

export function podRestarts(pod: Pod): { count: number; lastRestart?: string } {
  let count = 0;
  let last: string | undefined;
  for (const c of pod.status?.containerStatuses ?? []) {
    count += c.restartCount ?? 0;
    const finished = c.lastState?.terminated?.finishedAt;
    if (finished && (!last || finished > last)) last = finished;
  }
  return { count, lastRestart: last };
}

export function nodeStatusText(node: Node): string {
  const conditions = node.status?.conditions ?? [];
  const ready = conditions.find((c) => c.type === 'Ready');
  const parts: string[] = [];
  if (!ready) parts.push('Unknown');
  else if (ready.status === 'True') parts.push('Ready');
  else parts.push('NotReady');
  if (node.spec?.unschedulable) parts.push('SchedulingDisabled');
  return parts.join(',');
}

export function nodeRoles(node: Node): string {
  const roles: string[] = [];
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) roles.push(k.slice('node-role.kubernetes.io/'.length));
    else if (k === 'kubernetes.io/role' && v) roles.push(v);
  }
  roles.sort();
  return roles.length ? roles.join(',') : '<none>';
}
