// What a fault's target may be: a plain Kubernetes name, never a fragment of a command line (share
// links carry targets, and a link is input from anyone).
import type { FaultKind } from './session.ts';

/** A Kubernetes object name (DNS-1123 subdomain): what a node, etcd member or pod name may be. */
const NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
/** A namespace name (DNS-1123 label). */
const NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** True when a fault's target is a plain name (`namespace/name` for pods). */
export function isValidFaultTarget(fault: FaultKind, target: string): boolean {
  if (typeof target !== 'string') return false;
  if (fault !== 'deletePod') return NAME.test(target);
  const [ns, name, ...rest] = target.split('/');
  return rest.length === 0 && name !== undefined && NAMESPACE.test(ns) && NAME.test(name);
}
