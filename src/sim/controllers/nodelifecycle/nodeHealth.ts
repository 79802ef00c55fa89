// tryUpdateNodeHealth (node_lifecycle_controller.go): the controller remembers when it last saw
// a node's Ready heartbeat or Lease renewal change, on ITS clock, and marks the node's conditions
// Unknown once that is older than the grace period.
import type { Condition, Lease, Node } from '../../api/types.ts';
import { parseTime, formatTime } from '../util/time.ts';
import { semanticEqual } from '../util/semanticEqual.ts';

export interface NodeHealthData {
  /** The Ready condition as last observed. */
  readyCondition: Condition | undefined;
  probeTimestamp: number;
  readyTransitionTimestamp: number;
  leaseRenewTime: number | undefined;
}

export interface NodeHealthResult {
  /** Ready condition as it was before this pass. */
  observedReady: Condition;
  /** Ready condition after this pass (Unknown if the grace period ran out). */
  currentReady: Condition | undefined;
  /** Node with updated conditions to send (UpdateStatus), if any. */
  statusUpdate: Node | undefined;
}

const CONDITIONS_SET_UNKNOWN = ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'];

export function tryUpdateNodeHealth(
  healthMap: Map<string, NodeHealthData>,
  node: Node,
  lease: Lease | undefined,
  nowMs: number,
  gracePeriodMs: number,
  startupGracePeriodMs: number,
): NodeHealthResult {
  const name = node.metadata.name ?? '';
  let health = healthMap.get(name);
  const created = parseTime(node.metadata.creationTimestamp) ?? nowMs;
  const currentReady = node.status?.conditions?.find((c) => c.type === 'Ready');
  let observedReady: Condition;
  let grace: number;
  if (!currentReady) {
    // Never reported: a fake Unknown condition dated at creation, with the startup grace period.
    observedReady = { type: 'Ready', status: 'Unknown', lastHeartbeatTime: node.metadata.creationTimestamp, lastTransitionTime: node.metadata.creationTimestamp };
    grace = startupGracePeriodMs;
    if (health) health = { ...health, readyCondition: undefined };
    else health = { readyCondition: undefined, probeTimestamp: created, readyTransitionTimestamp: created, leaseRenewTime: undefined };
  } else {
    observedReady = { ...currentReady };
    grace = gracePeriodMs;
  }
  const saved = health?.readyCondition;
  if (!health) {
    health = { readyCondition: currentReady, probeTimestamp: nowMs, readyTransitionTimestamp: nowMs, leaseRenewTime: undefined };
  } else if (!saved && currentReady) {
    health = { ...health, readyCondition: currentReady, probeTimestamp: nowMs, readyTransitionTimestamp: nowMs };
  } else if (saved && !currentReady) {
    health = { ...health, readyCondition: undefined, probeTimestamp: nowMs, readyTransitionTimestamp: nowMs };
  } else if (saved && currentReady && saved.lastHeartbeatTime !== currentReady.lastHeartbeatTime) {
    const transition = saved.lastTransitionTime !== currentReady.lastTransitionTime ? nowMs : health.readyTransitionTimestamp;
    health = { ...health, readyCondition: currentReady, probeTimestamp: nowMs, readyTransitionTimestamp: transition };
  }
  // A renewed Lease counts as a heartbeat too.
  const renew = parseTime(lease?.spec.renewTime);
  if (renew !== undefined && (health.leaseRenewTime === undefined || health.leaseRenewTime < renew)) {
    health = { ...health, leaseRenewTime: renew, probeTimestamp: nowMs };
  }

  let statusUpdate: Node | undefined;
  let after: Condition | undefined = currentReady;
  if (nowMs > health.probeTimestamp + grace) {
    const copy: Node = JSON.parse(JSON.stringify(node));
    const conditions = (copy.status ??= {}).conditions ??= [];
    const now = formatTime(nowMs);
    for (const type of CONDITIONS_SET_UNKNOWN) {
      const c = conditions.find((x) => x.type === type);
      if (!c) {
        conditions.push({
          type, status: 'Unknown', lastHeartbeatTime: node.metadata.creationTimestamp, lastTransitionTime: now,
          reason: 'NodeStatusNeverUpdated', message: 'Kubelet never posted node status.',
        });
      } else if (c.status !== 'Unknown') {
        c.status = 'Unknown';
        c.reason = 'NodeStatusUnknown';
        c.message = 'Kubelet stopped posting node status.';
        c.lastTransitionTime = now;
      }
    }
    after = conditions.find((c) => c.type === 'Ready');
    if (!semanticEqual(after, observedReady)) {
      statusUpdate = copy;
      health = { ...health, readyCondition: after, readyTransitionTimestamp: nowMs };
    }
  }
  healthMap.set(name, health);
  return { observedReady, currentReady: after, statusUpdate };
}
