import { SelectorError, parseFieldTerms } from './selectors.ts';

// The fields each kind can be selected by (the registries' GetAttrs / ToSelectableFields and the
// field label conversion functions of pkg/apis/*/v1/conversion.go). Every kind accepts
// metadata.name and metadata.namespace. A field outside the list is refused before the list or
// watch runs: core kinds with their own conversion function say "field label not supported: X",
// the others use apimachinery's default conversion text.

const META = ['metadata.name', 'metadata.namespace'];

const FIELDS: Record<string, readonly string[]> = {
  pods: [...META, 'spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.podIPs', 'status.nominatedNodeName'],
  nodes: [...META, 'spec.unschedulable'],
  namespaces: [...META, 'status.phase'],
  secrets: [...META, 'type'],
  services: [...META, 'spec.clusterIP', 'spec.type'],
  events: [...META, 'involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type'],
  replicationcontrollers: [...META, 'status.replicas'],
  replicasets: [...META, 'status.replicas'],
  jobs: [...META, 'status.successful'],
};

/** Kinds whose conversion function words the refusal "field label not supported". */
const OWN_CONVERSION = new Set(['pods', 'nodes', 'namespaces', 'secrets', 'events', 'replicationcontrollers']);


/** Throws the API server's error when the selector names a field the kind cannot be selected by. */
export function checkFieldSelector(resource: string, text: string | undefined): void {
  const allowed = FIELDS[resource] ?? META;
  for (const term of parseFieldTerms(text)) {
    const field = term.path.join('.');
    if (allowed.includes(field)) continue;
    if (OWN_CONVERSION.has(resource)) throw new SelectorError(`field label not supported: ${field}`);
    throw new SelectorError(`"${field}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
  }
}
