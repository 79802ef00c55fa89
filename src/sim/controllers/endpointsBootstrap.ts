// The Endpoints and EndpointSlices a fresh kubeadm cluster already has (for `kubernetes` and
// `kube-dns`), computed by the same reconcile functions the controllers run, so the bootstrap can
// write them with back-dated timestamps like every other initial object. Without this the
// controllers create them when the clock starts, which works but shows them a few seconds old.
import type { KubeObject, Pod, Service } from '../api/types.ts';
import { reconcileEndpoints } from './endpointsController.ts';
import { reconcileEndpointSlices } from './endpointsliceController.ts';
import { kubernetesEndpoints } from './endpointsApiserverReconciler.ts';

/**
 * Objects to store at bootstrap. `nameSuffix` draws the 5-character suffix of generated slice
 * names; uid and creationTimestamp are left to the bootstrap's own metadata helper.
 */
export function bootEndpointObjects(services: Service[], pods: Pod[], apiserverIP: string, changeTime: string, nameSuffix: () => string): KubeObject[] {
  const out: KubeObject[] = [];
  const apiserver = kubernetesEndpoints(apiserverIP);
  out.push(apiserver.endpoints, apiserver.slice);
  for (const svc of services) {
    for (const action of [...reconcileEndpoints(svc, pods, undefined, changeTime), ...reconcileEndpointSlices(svc, pods, [], changeTime)]) {
      if (action.type !== 'create') continue;
      const obj = JSON.parse(JSON.stringify(action.object)) as KubeObject;
      if (!obj.metadata.name && obj.metadata.generateName) obj.metadata.name = obj.metadata.generateName + nameSuffix();
      out.push(obj);
    }
  }
  return out;
}
