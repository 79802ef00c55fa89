import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EndpointSlice, Endpoints, Pod, Service } from '../../../src/sim/api/types';
import { reconcileEndpoints } from '../../../src/sim/controllers/endpointsController';
import { reconcileEndpointSlices } from '../../../src/sim/controllers/endpointsliceController';
import { findPort } from '../../../src/sim/controllers/endpointsPodPorts';

const web: Service = {
  apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default', uid: 'svc-uid' },
  spec: { type: 'ClusterIP', clusterIP: '10.96.100.10', selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http-alt', protocol: 'TCP' }] },
};

function pod(name: string, ip: string | undefined, opts: { ready?: boolean; app?: string; ns?: string; phase?: Pod['status'] extends infer S ? S extends { phase?: infer P } ? P : never : never; deleting?: boolean; portName?: string } = {}): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: opts.ns ?? 'default', uid: `uid-${name}`, labels: { app: opts.app ?? 'web' }, deletionTimestamp: opts.deleting ? '2026-01-15T09:00:00Z' : undefined },
    spec: { nodeName: 'node01', containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: 8080, name: opts.portName ?? 'http-alt', protocol: 'TCP' }] }] },
    status: { phase: opts.phase ?? 'Running', podIP: ip, conditions: [{ type: 'Ready', status: opts.ready === false ? 'False' : 'True' }] },
  };
}

describe('findPort', () => {
  it('resolves named target ports through the container ports', () => {
    expect(findPort(pod('a', '1.1.1.1'), web.spec.ports![0])).toBe(8080);
    expect(findPort(pod('a', '1.1.1.1', { portName: 'other' }), web.spec.ports![0])).toBeUndefined();
    expect(findPort(pod('a', '1.1.1.1'), { port: 80, targetPort: 9000 })).toBe(9000);
    expect(findPort(pod('a', '1.1.1.1'), { port: 80 })).toBe(80);
  });
});

describe('Endpoints controller', () => {
  it('lists ready pods in addresses and the others in notReadyAddresses, sorted by IP', () => {
    const pods = [pod('b', '10.244.2.7'), pod('a', '10.244.10.5'), pod('c', '10.244.1.9', { ready: false }), pod('x', '10.244.1.1', { app: 'db' }),
      pod('d', undefined), pod('e', '10.244.3.3', { phase: 'Succeeded' }), pod('f', '10.244.3.4', { ns: 'dev' }), pod('g', '10.244.3.5', { portName: 'nope' })];
    const [action] = reconcileEndpoints(web, pods, undefined, 't');
    expect(action.type).toBe('create');
    const ep = (action as unknown as { object: Endpoints }).object;
    expect(ep.metadata.name).toBe('web');
    expect(ep.subsets).toEqual([{
      addresses: [
        { ip: '10.244.2.7', nodeName: 'node01', targetRef: { kind: 'Pod', name: 'b', namespace: 'default', uid: 'uid-b' } },
        { ip: '10.244.10.5', nodeName: 'node01', targetRef: { kind: 'Pod', name: 'a', namespace: 'default', uid: 'uid-a' } },
      ],
      notReadyAddresses: [{ ip: '10.244.1.9', nodeName: 'node01', targetRef: { kind: 'Pod', name: 'c', namespace: 'default', uid: 'uid-c' } }],
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
    }]);
  });

  it('truncates Endpoints at 1000 addresses and marks them', () => {
    const many = Array.from({ length: 1005 }, (_, i) => pod(`p${i}`, `10.${Math.floor(i / 250)}.${i % 250}.1`));
    const [action] = reconcileEndpoints(web, many, undefined, 't');
    const ep = (action as unknown as { object: Endpoints }).object;
    expect(ep.subsets![0].addresses).toHaveLength(1000);
    expect(ep.metadata.annotations!['endpoints.kubernetes.io/over-capacity']).toBe('truncated');
  });

  it('does nothing when up to date, and nothing for selector-less services', () => {
    const pods = [pod('a', '10.244.1.5')];
    const [first] = reconcileEndpoints(web, pods, undefined, 't');
    expect(reconcileEndpoints(web, pods, (first as unknown as { object: Endpoints }).object, 't2')).toEqual([]);
    expect(reconcileEndpoints({ ...web, spec: { ...web.spec, selector: undefined } }, pods, undefined, 't')).toEqual([]);
  });
});

describe('EndpointSlice controller', () => {
  it('builds a managed slice with conditions and resolved ports', () => {
    const pods = [pod('a', '10.244.1.5'), pod('b', '10.244.2.7', { ready: false }), pod('c', '10.244.3.9', { deleting: true })];
    const [action] = reconcileEndpointSlices(web, pods, [], 't');
    expect(action.type).toBe('create');
    const slice = (action as unknown as { object: EndpointSlice }).object;
    expect(slice.metadata.generateName).toBe('web-');
    expect(slice.metadata.labels).toEqual({ 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io', 'kubernetes.io/service-name': 'web' });
    expect(slice.metadata.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'Service', name: 'web', uid: 'svc-uid', controller: true, blockOwnerDeletion: true }]);
    expect(slice.ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
    expect(slice.endpoints.map((e) => [e.addresses[0], e.conditions])).toEqual([
      ['10.244.1.5', { ready: true, serving: true, terminating: false }],
      ['10.244.2.7', { ready: false, serving: false, terminating: false }],
      ['10.244.3.9', { ready: false, serving: true, terminating: true }],
    ]);
  });

  it('cuts endpoint sets into slices of at most 100', () => {
    const many = Array.from({ length: 230 }, (_, i) => pod(`p${i}`, `10.244.${Math.floor(i / 200)}.${(i % 200) + 1}`));
    const actions = reconcileEndpointSlices(web, many, [], 't');
    expect(actions.map((a) => (a as unknown as { object: EndpointSlice }).object.endpoints.length)).toEqual([100, 100, 30]);
  });

  it('keeps an empty placeholder slice when nothing matches', () => {
    const [action] = reconcileEndpointSlices(web, [], [], 't');
    expect((action as unknown as { object: EndpointSlice }).object.endpoints).toEqual([]);
  });

  it('converges: applying its own actions leads to no further actions', () => {
    fc.assert(fc.property(fc.array(fc.record({ ip: fc.integer({ min: 1, max: 250 }), ready: fc.boolean(), app: fc.constantFrom('web', 'db') }), { maxLength: 12 }), (specs) => {
      const pods = specs.map((s, i) => pod(`p${i}`, `10.244.0.${s.ip}`, { ready: s.ready, app: s.app }));
      let slices: EndpointSlice[] = [];
      const actions = reconcileEndpointSlices(web, pods, slices, 't');
      slices = actions.filter((a) => a.type === 'create').map((a, i) => {
        const o = (a as unknown as { object: EndpointSlice }).object;
        return { ...o, metadata: { ...o.metadata, name: `web-${i}` } };
      });
      expect(reconcileEndpointSlices(web, pods, slices, 't2')).toEqual([]);
      const readyIPs = new Set(pods.filter((p) => p.metadata.labels!.app === 'web' && p.status!.conditions![0].status === 'True').map((p) => p.status!.podIP));
      const sliceReady = new Set(slices.flatMap((s) => s.endpoints.filter((e) => e.conditions?.ready).map((e) => e.addresses[0])));
      expect(sliceReady).toEqual(readyIPs);
    }));
  });
});

describe('endpoints at bootstrap', () => {
  it('builds the kubernetes endpoints and the objects the controllers would create', async () => {
    const { bootEndpointObjects } = await import('../../../src/sim/controllers/endpointsBootstrap');
    const objs = bootEndpointObjects([web], [pod('a', '10.244.1.5')], '192.168.1.10', 't', () => 'abcde');
    expect(objs.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`)).toEqual([
      'Endpoints/default/kubernetes', 'EndpointSlice/default/kubernetes', 'Endpoints/default/web', 'EndpointSlice/default/web-abcde',
    ]);
  });
});
