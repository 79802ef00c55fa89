// Service defaulting (k/k pkg/apis/core/v1/defaults.go SetDefaults_Service, k8s-facts 7.4) plus the
// fields the service REST storage fills on create (IP families, status.loadBalancer).
import { registerDefaulter } from '../../api/defaults.ts';
import type { Service } from '../../api/types.ts';

export function defaultService(svc: Service): void {
  const spec = (svc.spec ??= {});
  spec.type ??= 'ClusterIP';
  spec.sessionAffinity ??= 'None';
  for (const p of spec.ports ?? []) {
    p.protocol ??= 'TCP';
    // targetPort defaults to port when unset, 0 or "".
    if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
  }
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') spec.externalTrafficPolicy ??= 'Cluster';
  if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
  if (spec.type !== 'ExternalName') {
    spec.internalTrafficPolicy ??= 'Cluster';
    spec.ipFamilies ??= ['IPv4'];
    spec.ipFamilyPolicy ??= 'SingleStack';
  }
  svc.status ??= { loadBalancer: {} };
}

registerDefaulter('Service', (obj) => defaultService(obj as Service));
