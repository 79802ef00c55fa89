// One node as the node lifecycle controller sees it. Documents the sequence the controller drives
// (and is checked against it by model-based tests): heartbeats stop -> after the grace period the
// node is Unknown with a NoSchedule taint -> on the next monitor pass it gets the NoExecute taint
// -> pods whose tolerations ran out are evicted; a heartbeat at any point brings it back.
import { setup } from 'xstate';

export type NodeHealthEvent =
  | { type: 'GRACE_PERIOD_EXPIRED' } // no status or lease renewal for node-monitor-grace-period
  | { type: 'MONITOR_PASS' } // the next node-monitor-period pass
  | { type: 'TOLERATION_EXPIRED' } // tolerationSeconds (300 s) of the pods ran out
  | { type: 'HEARTBEAT' }; // the kubelet posts status again

export const nodeHealthMachine = setup({ types: { events: {} as NodeHealthEvent } }).createMachine({
  id: 'nodeHealth',
  initial: 'ready',
  states: {
    /** Ready=True, no controller taints. */
    ready: { on: { GRACE_PERIOD_EXPIRED: 'unknown' } },
    /** Ready=Unknown (NodeStatusUnknown), unreachable:NoSchedule. */
    unknown: { on: { MONITOR_PASS: 'tainted', HEARTBEAT: 'ready' } },
    /** unreachable:NoExecute too; evictions are scheduled. */
    tainted: { on: { TOLERATION_EXPIRED: 'evicted', HEARTBEAT: 'ready' } },
    /** The pods that tolerated the taint for 300 s are gone. */
    evicted: { on: { HEARTBEAT: 'ready' } },
  },
});
