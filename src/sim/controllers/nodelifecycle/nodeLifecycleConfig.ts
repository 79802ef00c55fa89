// kube-controller-manager flags of the node lifecycle controller (k8s-facts 4.1-4.3).

export interface NodeLifecycleConfig {
  /** --node-monitor-period: how often node health is checked. */
  nodeMonitorPeriodMs: number;
  /** --node-monitor-grace-period: silence after which a node becomes Unknown. */
  nodeMonitorGracePeriodMs: number;
  /** --node-startup-grace-period: the same for a node that never posted status. */
  nodeStartupGracePeriodMs: number;
  /** --node-eviction-rate (nodes per second tainted NoExecute in a healthy zone). */
  evictionLimiterQps: number;
  /** --secondary-node-eviction-rate (partially disrupted zone in a large cluster). */
  secondaryEvictionLimiterQps: number;
  /** --large-cluster-size-threshold. */
  largeClusterThreshold: number;
  /** --unhealthy-zone-threshold. */
  unhealthyZoneThreshold: number;
  /** How often the NoExecute tainting queue is worked (nodeEvictionPeriod). */
  nodeEvictionPeriodMs: number;
}

/**
 * Defaults of a given minor version: the grace period went from 40 s to 50 s in v1.32
 * (kubernetes/kubernetes#126287) so that it exceeds the HTTP/2 ping and read-idle timeouts.
 */
export function nodeLifecycleDefaults(minorVersion = 33): NodeLifecycleConfig {
  return {
    nodeMonitorPeriodMs: 5_000,
    nodeMonitorGracePeriodMs: minorVersion >= 32 ? 50_000 : 40_000,
    nodeStartupGracePeriodMs: 60_000,
    evictionLimiterQps: 0.1,
    secondaryEvictionLimiterQps: 0.01,
    largeClusterThreshold: 50,
    unhealthyZoneThreshold: 0.55,
    nodeEvictionPeriodMs: 100,
  };
}
