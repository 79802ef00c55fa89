// kube-apiserver's own endpoint reconciler for the `default/kubernetes` Service (which has no
// selector, so no controller fills it): it publishes the API server's address as the Endpoints and
// the EndpointSlice named "kubernetes". In a real cluster this loop runs inside kube-apiserver; here
// it is a small client that writes both objects once the clock starts.
import { setup } from 'xstate';
import type { EndpointSlice, Endpoints } from '../api/types.ts';
import { Component, type SimContext } from '../cluster/component.ts';

export const APISERVER_SECURE_PORT = 6443;

export const apiserverEndpointsMachine = setup({}).createMachine({
  id: 'kubernetes-endpoints',
  initial: 'running',
  states: { running: { on: { STOP: 'stopped' } }, stopped: { on: { START: 'running' } } },
});

export function kubernetesEndpoints(apiserverIP: string): { endpoints: Endpoints; slice: EndpointSlice } {
  const port = { name: 'https', port: APISERVER_SECURE_PORT, protocol: 'TCP' };
  return {
    endpoints: {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
      subsets: [{ addresses: [{ ip: apiserverIP }], ports: [port] }],
    },
    slice: {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
      addressType: 'IPv4',
      endpoints: [{ addresses: [apiserverIP], conditions: { ready: true } }],
      ports: [port],
    },
  };
}

export class ApiserverEndpointReconciler extends Component {
  constructor(sim: SimContext, private readonly apiserverIP: string, node?: string) {
    // Kind 'client': it is kube-apiserver's loopback client, not a process of its own in the diagrams.
    super('kube-apiserver-endpoint-reconciler', 'client', sim, node);
    this.startActor(apiserverEndpointsMachine);
    this.publish();
  }

  private publish(): void {
    const { endpoints, slice } = kubernetesEndpoints(this.apiserverIP);
    const narration = { id: 'apiserver.own-endpoints', params: {} } as const;
    this.api.create('endpoints', endpoints, undefined, { narration });
    this.api.create('endpointslices', slice, undefined, { narration });
  }
}
